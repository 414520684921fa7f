package org.dyad.store;

import java.time.LocalDate;
import java.util.Locale;

import org.dyad.factuality.Factuality;

/**
 * Filters on stored events; null means no filter. Build with {@link #builder()}.
 *
 * @param actor      an actor code prefix or country: matches source or target ("PRK", "PRKGOV")
 * @param dyadSource with dyadTarget: events between two actors (codes or countries)
 * @param dyadTarget the other actor of the dyad
 * @param directed   whether the dyad is only source → target, not either way
 * @param code       a CAMEO code; its sub-codes match too ("04" or "042")
 * @param root       a CAMEO root ("04")
 * @param quadClass  1 to 4
 * @param factuality combined factuality
 * @param from       first day (on the day an event is counted on)
 * @param to         last day
 * @param place      place name or country code
 * @param text       words in a mention's sentence or its article's title
 * @param offset     results to skip
 * @param limit      results at most
 */
public record EventQuery(String actor, String dyadSource, String dyadTarget, boolean directed, String code,
                         String root, Integer quadClass, Factuality factuality, LocalDate from, LocalDate to,
                         String place, String text, int offset, int limit) {

    /** The largest page a query may ask. */
    public static final int MAX_LIMIT = 100_000;

    public EventQuery {
        if ((dyadSource == null) != (dyadTarget == null)) {
            throw new IllegalArgumentException("a dyad needs two actors");
        }
        if (code != null && !code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("code must be a CAMEO code of 2 to 4 digits, not '" + code + "'");
        }
        if (root != null && !root.matches("\\d{2}")) {
            throw new IllegalArgumentException("root must be a CAMEO root of 2 digits, not '" + root + "'");
        }
        if (quadClass != null && (quadClass < 1 || quadClass > 4)) {
            throw new IllegalArgumentException("quad class must be 1 to 4, not " + quadClass);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
        actor = upper(actor);
        dyadSource = upper(dyadSource);
        dyadTarget = upper(dyadTarget);
        place = blankToNull(place);
        text = blankToNull(text);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** This query on another page. */
    public EventQuery page(int newOffset, int newLimit) {
        return new EventQuery(actor, dyadSource, dyadTarget, directed, code, root, quadClass, factuality, from, to,
                place, text, newOffset, newLimit);
    }

    /**
     * Parses a quad class given as a number (1–4) or a name (verbal-cooperation, material-cooperation,
     * verbal-conflict, material-conflict).
     */
    public static int quadClass(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (t) {
            case "1", "verbal-cooperation", "verbal-coop" -> 1;
            case "2", "material-cooperation", "material-coop" -> 2;
            case "3", "verbal-conflict" -> 3;
            case "4", "material-conflict" -> 4;
            default -> throw new IllegalArgumentException("quad class must be 1-4 or verbal-cooperation, "
                    + "material-cooperation, verbal-conflict, material-conflict, not '" + s + "'");
        };
    }

    private static String upper(String s) {
        s = blankToNull(s);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Sets filters one by one. */
    public static final class Builder {
        private String actor;
        private String dyadSource;
        private String dyadTarget;
        private boolean directed;
        private String code;
        private String root;
        private Integer quadClass;
        private Factuality factuality;
        private LocalDate from;
        private LocalDate to;
        private String place;
        private String text;
        private int offset;
        private int limit = 100;

        public Builder actor(String v) {
            actor = v;
            return this;
        }

        /** Events between a and b; "A:B" style pairs are split by the caller. */
        public Builder dyad(String a, String b, boolean isDirected) {
            dyadSource = a;
            dyadTarget = b;
            directed = isDirected;
            return this;
        }

        public Builder code(String v) {
            code = v;
            return this;
        }

        public Builder root(String v) {
            root = v;
            return this;
        }

        public Builder quadClass(Integer v) {
            quadClass = v;
            return this;
        }

        public Builder factuality(Factuality v) {
            factuality = v;
            return this;
        }

        public Builder from(LocalDate v) {
            from = v;
            return this;
        }

        public Builder to(LocalDate v) {
            to = v;
            return this;
        }

        public Builder place(String v) {
            place = v;
            return this;
        }

        public Builder text(String v) {
            text = v;
            return this;
        }

        public Builder offset(int v) {
            offset = v;
            return this;
        }

        public Builder limit(int v) {
            limit = v;
            return this;
        }

        public EventQuery build() {
            return new EventQuery(actor, dyadSource, dyadTarget, directed, code, root, quadClass, factuality, from,
                    to, place, text, offset, limit);
        }
    }
}
