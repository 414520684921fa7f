package org.dyad.store;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article with its mentions and the events they belong to.
 *
 * @param id          article id
 * @param url         address, or null
 * @param source      outlet, or null
 * @param date        the date its relative dates were resolved against
 * @param lang        language
 * @param title       headline
 * @param body        the text the offsets point into
 * @param contentHash SHA-256 of title and body
 * @param mentions    its mentions, in text order
 * @param events      the events they mention, by first mention
 */
public record StoredArticle(String id, String url, String source, LocalDate date, String lang, String title,
                            String body, String contentHash, List<StoredMention> mentions,
                            List<StoredEvent> events) {
    public StoredArticle {
        mentions = List.copyOf(mentions);
        events = List.copyOf(events);
    }
}
