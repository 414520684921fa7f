package org.dyad.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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

    private static java.util.List<String> words(String text) {
        return SharedModels.extractor().parser().parse(text, LocalDate.of(2024, 6, 13)).sentences().stream()
                .flatMap(s -> s.tokens().stream()).map(Token::word).toList();
    }

    @Test
    void namesAreNotSplitLikeVerbsWithClitics() {
        // CoreNLP's table splits "Carlos" into "car" + "los"; the table Dyad gives it keeps only verb + clitic splits.
        assertThat(words("Juan Carlos y Carla llegaron a la charla.")).contains("Carlos", "Carla", "charla")
                .doesNotContain("car", "Car", "char");
        assertThat(words("Quiso verlo y decidió retirarse.")).contains("ver", "lo", "retirar", "se");
    }

    @Test
    void aSentenceInitialBarePluralNounIsANounAndAnAdjectiveBeforeItsNounStaysOne() {
        LocalDate date = LocalDate.of(2024, 6, 13);
        Token first = SharedModels.extractor().parser().parse("Paramilitares de las AUC, ejecutaron a dos campesinos.",
                date).sentences().get(0).tokens().get(0);
        assertThat(first.upos()).isEqualTo("NOUN");
        Token adjective = SharedModels.extractor().parser().parse("Nuevos enfrentamientos sacudieron la ciudad.",
                date).sentences().get(0).tokens().get(0);
        assertThat(adjective.upos()).isEqualTo("ADJ");
    }

    @Test
    void aParticipleAfterAnArticleIsANounAndAVerbAfterAnAuxiliaryStaysOne() {
        LocalDate date = LocalDate.of(2024, 6, 13);
        List<Token> tokens = SharedModels.extractor().parser().parse(
                "Venezuela expulsó del país al agregado militar estadounidense.", date).sentences().get(0).tokens();
        Token attache = tokens.stream().filter(t -> t.word().equals("agregado")).findFirst().orElseThrow();
        assertThat(attache.upos()).isEqualTo("NOUN");
        List<Token> verb = SharedModels.extractor().parser().parse("El gobierno ha agregado dos ministros.", date)
                .sentences().get(0).tokens();
        assertThat(verb.stream().filter(t -> t.word().equals("agregado")).findFirst().orElseThrow().upos())
                .isEqualTo("VERB");
    }

    @Test
    void objectPronounsAreNoArticles() {
        ParsedText p = SharedModels.extractor().parser().parse("Trump la acusó de mentir, acusándola de nuevo.",
                LocalDate.of(2024, 6, 13));
        assertThat(p.sentences().get(0).tokens().stream().filter(t -> t.lower().equals("la")).map(Token::upos))
                .containsExactly("PRON", "PRON");
        // An article before a noun stays one.
        ParsedText q = SharedModels.extractor().parser().parse("La ministra visitó la capital.",
                LocalDate.of(2024, 6, 13));
        assertThat(q.sentences().get(0).tokens().stream().filter(t -> t.lower().equals("la")).map(Token::upos))
                .containsOnly("DET");
    }

    @Test
    void aWireHeadClosedByADashOrItsAgencyIsASentenceOfItsOwn() {
        String text = "SEATTLE, EEUU, Dic 1 (AFP) - México rechazó la propuesta.\n"
                + "(AFP) PERU-PROTESTA LIMA - Los maestros marcharon.\n"
                + "El portavoz (AFP) - según la agencia - habló.";
        List<Sentence> sentences = SharedModels.extractor().parser().parse(text, LocalDate.of(1999, 12, 1))
                .sentences();
        assertThat(sentences).extracting(Sentence::text).containsExactly("SEATTLE, EEUU, Dic 1 (AFP) -",
                "México rechazó la propuesta.", "(AFP) PERU-PROTESTA LIMA -", "Los maestros marcharon.",
                "El portavoz (AFP) - según la agencia - habló.");
        Sentence story = sentences.get(1);
        Token subject = story.tokens().stream().filter(t -> t.deprel().equals("nsubj")).findFirst().orElseThrow();
        assertThat(subject.word()).isEqualTo("México");
        assertThat(story.tokens().get(0).index()).isZero();
        assertThat(story.begin()).isEqualTo(text.indexOf("México"));
    }
}
