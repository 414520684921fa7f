package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteConjunctTest {

    private static Token t(int i, String word, String morph, int head, String rel) {
        String upos = morph.startsWith("V") ? "VERB" : morph.isEmpty() ? "X" : "NOUN";
        return new Token(i, word, word, upos, morph, i * 10, i * 10 + word.length(), head, rel);
    }

    /** "Maduro acusó a Colombia de conspirar y le exigió respeto", as the parser attaches it. */
    private static List<Token> accusation(String secondMorph) {
        return new ArrayList<>(List.of(
                t(0, "Maduro", "NP00000", 1, "nsubj"),
                t(1, "acusó", "VMIS3S0", -1, "root"),
                t(2, "a", "", 3, "case"),
                t(3, "Colombia", "NP00000", 1, "iobj"),
                t(4, "de", "", 5, "mark"),
                t(5, "conspirar", "VMN0000", 1, "xcomp"),
                t(6, "y", "", 8, "cc"),
                t(7, "le", "", 8, "obj"),
                t(8, "exigió", secondMorph, 5, "conj"),
                t(9, "respeto", "NCMS000", 8, "obj")));
    }

    @Test
    void aFiniteConjunctOfAnInfinitiveMovesUpToTheFiniteVerbAboveIt() {
        List<Token> tokens = accusation("VMIS3S0");
        CoreNlpParser.reattachFiniteConjuncts(tokens);
        assertThat(tokens.get(8).head()).isEqualTo(1);
        assertThat(tokens.get(8).deprel()).isEqualTo("conj");
    }

    @Test
    void anInfinitiveConjunctStaysWhereItIs() {
        // "de conspirar y exigir": two infinitives are coordinated.
        List<Token> tokens = accusation("VMN0000");
        CoreNlpParser.reattachFiniteConjuncts(tokens);
        assertThat(tokens.get(8).head()).isEqualTo(5);
    }
}
