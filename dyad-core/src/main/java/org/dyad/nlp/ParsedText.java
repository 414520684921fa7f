package org.dyad.nlp;

import java.util.List;

/** An article's text with its parsed sentences and the time expressions of the parser's temporal tagger. */
public record ParsedText(String text, List<Sentence> sentences, List<TimeMention> times) {
    public ParsedText {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
    }

    /** Number of tokens in all sentences. */
    public int tokenCount() {
        return sentences.stream().mapToInt(Sentence::size).sum();
    }
}
