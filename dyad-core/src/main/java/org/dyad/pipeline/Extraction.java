package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;

import org.dyad.coding.Event;
import org.dyad.ingest.Article;

/**
 * The result of extracting one article.
 *
 * @param article    the article as read
 * @param lang       the language used
 * @param date       the article date used to resolve relative dates
 * @param dateSource where that date came from: "input", "dateline" or "today"
 * @param tokens     number of tokens parsed
 * @param events     the coded events, in text order
 */
public record Extraction(Article article, String lang, LocalDate date, String dateSource, int tokens,
                         List<Event> events) {
    public Extraction {
        events = List.copyOf(events);
    }
}
