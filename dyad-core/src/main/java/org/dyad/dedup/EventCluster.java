package org.dyad.dedup;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * One distinct event as its mentions accumulate: the state the deduplication rule keeps,
 * small enough to store in a row and to rebuild from it.
 *
 * <p>The rule (the same in the store and in the Spark job):
 * <ol>
 *   <li>Mentions are the same event only if source, target and CAMEO root are equal.</li>
 *   <li>Each mention has a time window: its date's period (a day, an ISO week, a month);
 *       an undated mention that is expected or hypothetical spans the article date and the
 *       {@value #FUTURE_DAYS} days after it; any other undated mention spans the
 *       {@value #PAST_DAYS} days up to its article date. A mention dated only to a year
 *       joins only mentions dated to the same year: a year is too coarse to identify an act.</li>
 *   <li>A mention joins an event when its window overlaps the event's window, and their
 *       places are in the same country or one of them has no place. The event's window
 *       narrows to the overlap, its date becomes the most precise of its mentions', and its
 *       place the first one given.</li>
 *   <li>Factuality across mentions: asserted if any mention asserts it (a report confirmed
 *       after it was expected is asserted); otherwise that of the mention in the latest
 *       article (an allegation later denied is denied).</li>
 *   <li>Mentions are taken in order of article date, then article id, then position; a
 *       mention joins the earliest-created compatible event.</li>
 * </ol>
 * Not thread-safe; one cluster belongs to one writer.
 */
public final class EventCluster {

    /** Days after its article that an undated expected or hypothetical act may happen. */
    public static final int FUTURE_DAYS = 30;
    /** Days before its article that an undated past act may have happened. */
    public static final int PAST_DAYS = 7;

    private final String key;
    private LocalDate from;
    private LocalDate to;
    private boolean yearOnly;
    private TimeValue date;
    private String placeCountry;
    private Factuality factuality;
    private LocalDate latestArticle;
    private int mentions;

    private EventCluster(String key) {
        this.key = key;
    }

    /** A new event from its first mention. */
    public static EventCluster of(MentionSignature m) {
        EventCluster c = new EventCluster(m.key());
        LocalDate[] w = window(m);
        c.from = w[0];
        c.to = w[1];
        c.yearOnly = isYearOnly(m);
        c.date = m.date();
        c.placeCountry = m.placeCountry();
        c.factuality = m.factuality();
        c.latestArticle = m.articleDate();
        c.mentions = 1;
        return c;
    }

    /** Rebuilds a cluster from stored state. */
    public static EventCluster restore(String key, LocalDate from, LocalDate to, boolean yearOnly, TimeValue date,
                                       String placeCountry, Factuality factuality, LocalDate latestArticle,
                                       int mentions) {
        EventCluster c = new EventCluster(Objects.requireNonNull(key, "key"));
        c.from = Objects.requireNonNull(from, "from");
        c.to = Objects.requireNonNull(to, "to");
        c.yearOnly = yearOnly;
        c.date = date;
        c.placeCountry = placeCountry;
        c.factuality = Objects.requireNonNull(factuality, "factuality");
        c.latestArticle = Objects.requireNonNull(latestArticle, "latestArticle");
        c.mentions = mentions;
        return c;
    }

    /** Whether a mention is this event, by the rule above. */
    public boolean accepts(MentionSignature m) {
        if (!key.equals(m.key()) || yearOnly != isYearOnly(m)) {
            return false;
        }
        LocalDate[] w = window(m);
        if (w[1].isBefore(from) || w[0].isAfter(to)) {
            return false;
        }
        return placeCountry == null || m.placeCountry() == null || placeCountry.equals(m.placeCountry());
    }

    /** Adds a mention this cluster {@link #accepts}. */
    public void add(MentionSignature m) {
        if (!accepts(m)) {
            throw new IllegalArgumentException("mention is not this event: " + m);
        }
        LocalDate[] w = window(m);
        from = w[0].isAfter(from) ? w[0] : from;
        to = w[1].isBefore(to) ? w[1] : to;
        if (m.date() != null && (date == null || m.date().precision().compareTo(date.precision()) < 0)) {
            date = m.date();
        }
        if (placeCountry == null) {
            placeCountry = m.placeCountry();
        }
        if (factuality != Factuality.ASSERTED) {
            if (m.factuality() == Factuality.ASSERTED || !m.articleDate().isBefore(latestArticle)) {
                factuality = m.factuality();
            }
        }
        if (m.articleDate().isAfter(latestArticle)) {
            latestArticle = m.articleDate();
        }
        mentions++;
    }

    private static boolean isYearOnly(MentionSignature m) {
        return m.date() != null && m.date().precision() == TimeValue.Precision.YEAR;
    }

    /** The time window of one mention, first and last day included. */
    static LocalDate[] window(MentionSignature m) {
        if (m.date() != null) {
            return new LocalDate[] {m.date().start(), m.date().end()};
        }
        LocalDate a = m.articleDate();
        if (m.factuality() == Factuality.EXPECTED || m.factuality() == Factuality.HYPOTHETICAL) {
            return new LocalDate[] {a, a.plus(FUTURE_DAYS, ChronoUnit.DAYS)};
        }
        return new LocalDate[] {a.minus(PAST_DAYS, ChronoUnit.DAYS), a};
    }

    public String key() {
        return key;
    }

    /** First day of the window the event's mentions share. */
    public LocalDate from() {
        return from;
    }

    /** Last day of that window. */
    public LocalDate to() {
        return to;
    }

    /** Whether the event is dated only to a year. */
    public boolean yearOnly() {
        return yearOnly;
    }

    /** The most precise date any mention gives, or null. */
    public TimeValue date() {
        return date;
    }

    /** Country of the event's place, or null. */
    public String placeCountry() {
        return placeCountry;
    }

    /** Factuality combined over the mentions. */
    public Factuality factuality() {
        return factuality;
    }

    /** Date of the latest article that mentions it. */
    public LocalDate latestArticle() {
        return latestArticle;
    }

    /** Number of mentions. */
    public int mentions() {
        return mentions;
    }
}
