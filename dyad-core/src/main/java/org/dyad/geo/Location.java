package org.dyad.geo;

import java.util.Objects;

/**
 * A place named in the text and resolved in the gazetteer.
 *
 * @param text  the name as written
 * @param begin start char offset in the article text
 * @param end   end char offset in the article text
 * @param place the resolved place
 * @param via   why this place: "locative", "dateline"
 */
public record Location(String text, int begin, int end, Place place, String via) {
    public Location {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(place, "place");
    }
}
