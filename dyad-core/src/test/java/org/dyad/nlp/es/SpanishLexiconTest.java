package org.dyad.nlp.es;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpanishLexiconTest {
    private static final SpanishLexicon LEXICON = new SpanishLexicon();

    @Test
    void aWordWrittenInCapitalsRegainsTheOneAccentThatMakesItAWord() {
        assertThat(LEXICON.restoreAccent("motin")).isEqualTo("motín");
        assertThat(LEXICON.restoreAccent("carcel")).isEqualTo("cárcel");
        assertThat(LEXICON.restoreAccent("pidio")).isEqualTo("pidió");
    }

    @Test
    void aFirstPersonPresentIsReadAsThePreteriteUnlessItCouldBeANoun() {
        assertThat(LEXICON.restoreAccent("condeno")).isEqualTo("condenó");
        // "ejército" or "ejercitó": left as written.
        assertThat(LEXICON.restoreAccent("ejercito")).isEqualTo("ejercito");
    }

    @Test
    void knownWordsAndWordsWithAnAccentStayAsTheyAre() {
        assertThat(LEXICON.restoreAccent("huelga")).isEqualTo("huelga");
        assertThat(LEXICON.restoreAccent("elogió")).isEqualTo("elogió");
        assertThat(LEXICON.restoreAccent("ee.uu.")).isEqualTo("ee.uu.");
    }
}
