package org.dyad.actor;

import java.util.List;
import java.util.Objects;

/**
 * An actor as resolved in a text.
 *
 * @param text    the words as written
 * @param code    CAMEO-style code ("PRKGOV", "RUS", "NAT"), never empty
 * @param country ISO3 state or organisation code, or null where only the sector is known
 * @param sector  CAMEO sector, or null
 * @param begin   start char offset in the article text
 * @param end     end char offset in the article text
 * @param via     the dictionary entries and rules that produced it, for explanations
 */
public record Actor(String text, String code, String country, String sector, int begin, int end, List<String> via) {
    public Actor {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(code, "code");
        via = List.copyOf(via);
    }

    /** The same actor with one more step in its explanation. */
    public Actor because(String step) {
        return new Actor(text, code, country, sector, begin, end, appended(via, step));
    }

    /** An explanation (of an actor or an event) with one more step. */
    public static List<String> appended(List<String> via, String step) {
        List<String> out = new java.util.ArrayList<>(via);
        out.add(step);
        return out;
    }
}
