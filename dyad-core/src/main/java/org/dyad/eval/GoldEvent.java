package org.dyad.eval;

import java.util.List;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * One annotated event of a gold file (see {@code gold/FORMAT.md}).
 *
 * @param source     actor code, "---" for unresolved
 * @param target     actor code, "---" for unresolved, or null for no recipient
 * @param codes      CAMEO code alternatives ("18/19/20" gives three)
 * @param factuality accepted labels, or null where not annotated
 * @param date       when, at the gold's precision, or null
 * @param symmetric  whether either direction is right
 * @param evidence   the words of the text
 */
public record GoldEvent(String source, String target, List<String> codes, List<Factuality> factuality,
                        TimeValue date, boolean symmetric, String evidence) {
    /** The code that means "any actor". */
    public static final String ANY = "---";

    public GoldEvent {
        codes = List.copyOf(codes);
        factuality = factuality == null ? null : List.copyOf(factuality);
    }

    /** The two-digit roots of the code alternatives. */
    public List<String> roots() {
        return codes.stream().map(c -> c.substring(0, 2)).distinct().toList();
    }
}
