package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrailingAppositionTest {

    private static Token t(int i, String word, String upos, int head, String rel) {
        return new Token(i, word, word, upos, "", i * 10, i * 10 + word.length(), head, rel);
    }

    /** "el presidente Bush y el premier ruso, Gorbachov, acordaron", as the parser attaches it. */
    private static List<Token> coordination() {
        return new ArrayList<>(List.of(
                t(0, "el", "DET", 1, "det"),
                t(1, "presidente", "NOUN", 8, "nsubj"),
                t(2, "Bush", "PROPN", 1, "appos"),
                t(3, "y", "CCONJ", 5, "cc"),
                t(4, "el", "DET", 5, "det"),
                t(5, "premier", "NOUN", 1, "conj"),
                t(6, ",", "PUNCT", 7, "punct"),
                t(7, "Gorbachov", "PROPN", 1, "appos"),
                t(8, "acordaron", "VERB", -1, "root")));
    }

    @Test
    void anAppositionAfterACoordinationNamesTheNearestConjunct() {
        List<Token> tokens = coordination();
        CoreNlpParser.reattachTrailingAppositions(tokens);
        assertThat(tokens.get(7).head()).isEqualTo(5);
        assertThat(tokens.get(7).deprel()).isEqualTo("appos");
    }

    @Test
    void anAppositionBeforeTheCoordinationStaysOnItsHead() {
        List<Token> tokens = coordination();
        CoreNlpParser.reattachTrailingAppositions(tokens);
        assertThat(tokens.get(2).head()).isEqualTo(1);
    }
}
