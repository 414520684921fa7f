package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GerundSubjectTest {

    private static Token t(int i, String word, String upos, String morph, int head, String rel) {
        return new Token(i, word, word, upos, morph, i * 10, i * 10 + word.length(), head, rel);
    }

    /** "Los jubilados iniciaron una huelga reclamando aumentos", as the parser attaches it. */
    private static List<Token> strike(String objectRel) {
        return new ArrayList<>(List.of(
                t(0, "Los", "DET", "", 1, "det"),
                t(1, "jubilados", "NOUN", "NCMP000", 2, "nsubj"),
                t(2, "iniciaron", "VERB", "VMIS3P0", -1, "root"),
                t(3, "una", "DET", "", 4, "det"),
                t(4, "huelga", "NOUN", "NCFS000", objectRel.equals("nsubj") ? 5 : 2, objectRel),
                t(5, "reclamando", "VERB", "VMG0000", 2, "advcl"),
                t(6, "aumentos", "NOUN", "NCMP000", 5, "obj")));
    }

    @Test
    void theGerundsSubjectBetweenVerbAndGerundIsTheVerbsObject() {
        List<Token> tokens = strike("nsubj");
        CoreNlpParser.reattachGerundSubjects(tokens);
        assertThat(tokens.get(4).head()).isEqualTo(2);
        assertThat(tokens.get(4).deprel()).isEqualTo("obj");
    }

    @Test
    void aVerbWithAnObjectKeepsItsParse() {
        List<Token> tokens = strike("obj");
        CoreNlpParser.reattachGerundSubjects(tokens);
        assertThat(tokens.get(4).head()).isEqualTo(2);
        assertThat(tokens.get(5).head()).isEqualTo(2);
    }
}
