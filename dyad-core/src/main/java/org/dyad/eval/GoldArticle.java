package org.dyad.eval;

import java.util.List;

import org.dyad.ingest.Article;

/** An article of a gold file with its annotated events. */
public record GoldArticle(Article article, List<GoldEvent> events) {
    public GoldArticle {
        events = List.copyOf(events);
    }
}
