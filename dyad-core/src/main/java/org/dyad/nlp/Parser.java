package org.dyad.nlp;

/** Splits, tags and parses text into sentences with dependency trees. Implementations state their thread-safety. */
public interface Parser {
    /**
     * Parses a text.
     *
     * @param text the article text
     * @param date the article date, against which relative time expressions resolve (null: none resolved)
     */
    ParsedText parse(String text, java.time.LocalDate date);
}
