package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.dyad.pipeline.SharedModels;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter: sentences, offsets, real Spanish lemmas and morphology, and SUTime with Dyad's rules. */
class CoreNlpParserIT {
    private static final String TEXT = "El ministro elogió el acuerdo en abril de 2019.\n"
            + "La delegación regresó en septiembre pasado y volverá la próxima semana.";

    @Test
    void sentencesTokensLemmasAndOffsets() {
        ParsedText p = SharedModels.extractor().parser().parse(TEXT, LocalDate.of(2024, 6, 13));
        assertThat(p.sentences()).hasSize(2);
        Token verb = p.sentences().get(0).tokens().stream().filter(t -> t.word().equals("elogió")).findFirst()
                .orElseThrow();
        assertThat(verb.lemma()).isEqualTo("elogiar");
        assertThat(verb.upos()).isEqualTo("VERB");
        assertThat(TEXT.substring(verb.begin(), verb.end())).isEqualTo("elogió");
        Token future = p.sentences().get(1).tokens().stream().filter(t -> t.word().equals("volverá")).findFirst()
                .orElseThrow();
        assertThat(future.isFuture()).isTrue();
        assertThat(p.sentences().get(1).begin()).isEqualTo(TEXT.indexOf("La delegación"));
    }

    @Test
    void sutimeWithDyadsRulesGetsWhatTheStockRulesGetWrong() {
        ParsedText p = SharedModels.extractor().parser().parse(TEXT, LocalDate.of(2024, 6, 13));
        Map<String, String> values = p.times().stream()
                .collect(Collectors.toMap(TimeMention::text, TimeMention::value, (a, b) -> a));
        assertThat(values).containsEntry("abril de 2019", "2019-04")
                .containsEntry("septiembre pasado", "2023-09")
                .containsEntry("la próxima semana", "2024-W25");
    }
}
