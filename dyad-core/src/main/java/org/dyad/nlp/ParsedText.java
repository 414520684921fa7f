package org.dyad.nlp;

import java.util.List;

/** An article's text with its parsed sentences. */
public record ParsedText(String text, List<Sentence> sentences) {
    public ParsedText {
        sentences = List.copyOf(sentences);
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
