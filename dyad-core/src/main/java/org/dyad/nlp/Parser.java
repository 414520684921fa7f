package org.dyad.nlp;

/** Splits, tags and parses text into sentences with dependency trees. Implementations state their thread-safety. */
public interface Parser {
    ParsedText parse(String text);
}
