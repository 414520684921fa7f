package org.dyad.dedup;

import java.time.LocalDate;
import java.util.Objects;

import org.dyad.coding.Event;
import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * What the deduplication rule reads of one event mention.
 *
 * @param source       source actor code
 * @param target       target actor code, or "" for none
 * @param root         CAMEO root ("04")
 * @param date         the mention's date at its precision, or null
 * @param articleDate  the date of the article that mentions it
 * @param placeCountry ISO alpha-3 country of its place, or null
 * @param factuality   how that mention presents it
 */
public record MentionSignature(String source, String target, String root, TimeValue date, LocalDate articleDate,
                               String placeCountry, Factuality factuality) {
    public MentionSignature {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(articleDate, "articleDate");
        Objects.requireNonNull(factuality, "factuality");
        target = target == null ? "" : target;
    }

    /** The signature of a coded event in an article of the given date. */
    public static MentionSignature of(Event e, LocalDate articleDate) {
        return new MentionSignature(e.source().code(), e.target() == null ? "" : e.target().code(),
                e.type().code().root(), e.date(), articleDate,
                e.place() == null ? null : e.place().place().country(), e.factuality());
    }

    /** The grouping key: mentions with different keys are never the same event. */
    public String key() {
        return source + "|" + target + "|" + root;
    }
}
