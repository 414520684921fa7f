package org.dyad.store;

import java.util.Locale;

/** A timeline's bucket size. */
public enum Period {
    DAY, WEEK, MONTH, YEAR;

    /** The SQL {@code date_trunc} unit. */
    String unit() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses "day", "week", "month" or "year". */
    public static Period of(String s) {
        try {
            return valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("period must be day, week, month or year, not '" + s + "'");
        }
    }
}
