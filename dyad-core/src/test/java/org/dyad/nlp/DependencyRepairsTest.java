package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each repair of {@link DependencyRepairs} on a parse as the Spanish parser gives it, and where it must not act. */
class DependencyRepairsTest {

    private static Token t(int i, String word, String upos, String morph, int head, String rel) {
        return new Token(i, word, word, upos, morph, i * 10, i * 10 + word.length(), head, rel);
    }

    /** "Maduro acusó a Colombia de conspirar y le exigió respeto", as the parser attaches it. */
    private static List<Token> accusation(String secondMorph) {
        return new ArrayList<>(List.of(
                t(0, "Maduro", "PROPN", "NP00000", 1, "nsubj"),
                t(1, "acusó", "VERB", "VMIS3S0", -1, "root"),
                t(2, "a", "ADP", "", 3, "case"),
                t(3, "Colombia", "PROPN", "NP00000", 1, "iobj"),
                t(4, "de", "ADP", "", 5, "mark"),
                t(5, "conspirar", "VERB", "VMN0000", 1, "xcomp"),
                t(6, "y", "CCONJ", "", 8, "cc"),
                t(7, "le", "PRON", "", 8, "obj"),
                t(8, "exigió", "VERB", secondMorph, 5, "conj"),
                t(9, "respeto", "NOUN", "NCMS000", 8, "obj")));
    }

    @Test
    void aFiniteConjunctOfAnInfinitiveMovesUpToTheFiniteVerbAboveIt() {
        List<Token> tokens = accusation("VMIS3S0");
        DependencyRepairs.reattachFiniteConjuncts(tokens);
        assertThat(tokens.get(8).head()).isEqualTo(1);
        assertThat(tokens.get(8).deprel()).isEqualTo("conj");
    }

    @Test
    void anInfinitiveConjunctStaysWhereItIs() {
        // "de conspirar y exigir": two infinitives are coordinated.
        List<Token> tokens = accusation("VMN0000");
        DependencyRepairs.reattachFiniteConjuncts(tokens);
        assertThat(tokens.get(8).head()).isEqualTo(5);
    }

    /** "el presidente Bush y el premier ruso, Gorbachov, acordaron", as the parser attaches it. */
    private static List<Token> coordination() {
        return new ArrayList<>(List.of(
                t(0, "el", "DET", "", 1, "det"),
                t(1, "presidente", "NOUN", "NCMS000", 8, "nsubj"),
                t(2, "Bush", "PROPN", "NP00000", 1, "appos"),
                t(3, "y", "CCONJ", "", 5, "cc"),
                t(4, "el", "DET", "", 5, "det"),
                t(5, "premier", "NOUN", "NCMS000", 1, "conj"),
                t(6, ",", "PUNCT", "", 7, "punct"),
                t(7, "Gorbachov", "PROPN", "NP00000", 1, "appos"),
                t(8, "acordaron", "VERB", "VMIS3P0", -1, "root")));
    }

    @Test
    void anAppositionAfterACoordinationNamesTheNearestConjunct() {
        List<Token> tokens = coordination();
        DependencyRepairs.reattachTrailingAppositions(tokens);
        assertThat(tokens.get(7).head()).isEqualTo(5);
        assertThat(tokens.get(7).deprel()).isEqualTo("appos");
    }

    @Test
    void anAppositionBeforeTheCoordinationStaysOnItsHead() {
        List<Token> tokens = coordination();
        DependencyRepairs.reattachTrailingAppositions(tokens);
        assertThat(tokens.get(2).head()).isEqualTo(1);
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
        DependencyRepairs.reattachGerundSubjects(tokens);
        assertThat(tokens.get(4).head()).isEqualTo(2);
        assertThat(tokens.get(4).deprel()).isEqualTo("obj");
    }

    @Test
    void aVerbWithAnObjectKeepsItsParse() {
        List<Token> tokens = strike("obj");
        DependencyRepairs.reattachGerundSubjects(tokens);
        assertThat(tokens.get(4).head()).isEqualTo(2);
        assertThat(tokens.get(5).head()).isEqualTo(2);
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
        DependencyRepairs.reattachFrontedSubjects(tokens);
        assertThat(tokens.get(3).head()).isEqualTo(4);
        assertThat(tokens.get(3).deprel()).isEqualTo("nsubj");
    }

    @Test
    void aConjunctWithoutTheCommaStaysCoordinated() {
        // "Con fotografías y familiares exigieron…": coordinated, the parse may be right.
        List<Token> tokens = fronted("y");
        DependencyRepairs.reattachFrontedSubjects(tokens);
        assertThat(tokens.get(3).head()).isEqualTo(1);
    }

    @Test
    void aConjunctDeepInAFrontedAdjunctIsTheSubjectButATrueConjunctStays() {
        // "Durante el gobierno de Bush y Obama, la Guardia brindó apoyo", with "Guardia" a conjunct of "Bush".
        List<Token> tokens = new ArrayList<>(List.of(
                t(0, "Durante", "ADP", "", 2, "case"),
                t(1, "el", "DET", "", 2, "det"),
                t(2, "gobierno", "NOUN", "NCMS000", 10, "obl"),
                t(3, "de", "ADP", "", 4, "case"),
                t(4, "Bush", "PROPN", "NP00000", 2, "nmod"),
                t(5, "y", "CCONJ", "", 6, "cc"),
                t(6, "Obama", "PROPN", "NP00000", 4, "conj"),
                t(7, ",", "PUNCT", "", 9, "punct"),
                t(8, "la", "DET", "", 9, "det"),
                t(9, "Guardia", "PROPN", "NP00000", 4, "conj"),
                t(10, "brindó", "VERB", "VMIS3S0", -1, "root"),
                t(11, "apoyo", "NOUN", "NCMS000", 10, "obj")));
        DependencyRepairs.reattachFrontedSubjects(tokens);
        assertThat(tokens.get(9).head()).isEqualTo(10);
        assertThat(tokens.get(9).deprel()).isEqualTo("nsubj");
        assertThat(tokens.get(6).head()).isEqualTo(4);
    }
}
