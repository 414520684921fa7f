package org.dyad.time;

import java.util.Objects;

/**
 * A time expression found in a sentence, resolved against the article date.
 *
 * @param text  the words as written
 * @param begin start char offset in the article text
 * @param end   end char offset in the article text
 * @param value the resolved date at its precision
 * @param rule  the name of the rule that found it
 */
public record TimeExpression(String text, int begin, int end, TimeValue value, String rule) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
    }
}
