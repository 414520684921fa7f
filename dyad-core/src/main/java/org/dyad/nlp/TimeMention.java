package org.dyad.nlp;

import java.util.Objects;

/**
 * A time expression the parser's temporal tagger (SUTime) found, with its TIMEX3 value as given
 * ("2019-04", "2024-W25", "XXXX-09", "PRESENT_REF").
 *
 * @param text  the words as written
 * @param begin start char offset in the article text
 * @param end   end char offset in the article text
 * @param value TIMEX3 value
 */
public record TimeMention(String text, int begin, int end, String value) {
    public TimeMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
