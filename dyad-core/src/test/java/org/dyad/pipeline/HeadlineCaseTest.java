package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.dyad.actor.ActorDictionary;
import org.junit.jupiter.api.Test;

class HeadlineCaseTest {
    private static final ActorDictionary DICT = ActorDictionary.load();

    @Test
    void headlineInCapitalsKeepsOnlyItsNamesCapitalised() {
        assertThat(Extractor.headlineCase("HUELGAS DE MAESTROS EN ECUADOR CONTRA LA ONU", DICT))
                .isEqualTo("Huelgas de maestros en Ecuador contra la ONU");
    }

    @Test
    void ordinaryLinesAndOffsetsAreUntouched() {
        String text = "CARACAS, Abr 9 (AFP) - El presidente habló.\nLOS CAMPESINOS BLOQUEAN CARRETERAS EN PERÚ\nFin.";
        String recased = Extractor.headlineCase(text, DICT);
        assertThat(recased).hasSameSizeAs(text);
        assertThat(recased).startsWith("CARACAS, Abr 9 (AFP) - El presidente habló.\n");
        assertThat(recased).contains("\nLos campesinos bloquean carreteras en Perú\n");
        assertThat(recased).endsWith("Fin.");
    }

    @Test
    void wordsInCapitalsRegainTheirAccentsAndKeepTheirOffsets() {
        String text = "MOTIN EN CARCEL DE ECUADOR";
        String recased = Extractor.headlineCase(text, DICT, new org.dyad.nlp.es.SpanishLexicon()::restoreAccent);
        assertThat(recased).isEqualTo("Motín en cárcel de Ecuador").hasSameSizeAs(text);
    }
}
