package org.dyad.factuality;

import java.util.Locale;

/** How the text presents an event (the labels of the gold format). */
public enum Factuality {
    ASSERTED, REPORTED, ALLEGED, DENIED, EXPECTED, NEGATED, HYPOTHETICAL;

    /** The lower-case label ("expected"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a lower-case label. */
    public static Factuality ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }
}
