package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontedSubjectTest {

    private static Token t(int i, String word, String upos, String morph, int head, String rel) {
        return new Token(i, word, word, upos, morph, i * 10, i * 10 + word.length(), head, rel);
    }

    /** "Con fotografías, familiares exigieron respuestas", as the parser attaches it. */
    private static List<Token> fronted(String comma) {
        return new ArrayList<>(List.of(
                t(0, "Con", "ADP", "", 1, "case"),
                t(1, "fotografías", "NOUN", "NCFP000", 4, "obl"),
                t(2, comma, "PUNCT", "", 3, "punct"),
                t(3, "familiares", "NOUN", "NCMP000", 1, "conj"),
                t(4, "exigieron", "VERB", "VMIS3P0", -1, "root"),
                t(5, "respuestas", "NOUN", "NCFP000", 4, "obj")));
    }

    @Test
    void aConjunctAfterTheCommaOfAFrontedAdjunctIsTheSubject() {
        List<Token> tokens = fronted(",");
        CoreNlpParser.reattachFrontedSubjects(tokens);
        assertThat(tokens.get(3).head()).isEqualTo(4);
        assertThat(tokens.get(3).deprel()).isEqualTo("nsubj");
    }

    @Test
    void aConjunctWithoutTheCommaStaysCoordinated() {
        // "Con fotografías y familiares exigieron…": coordinated, the parse may be right.
        List<Token> tokens = fronted("y");
        CoreNlpParser.reattachFrontedSubjects(tokens);
        assertThat(tokens.get(3).head()).isEqualTo(1);
    }
}
