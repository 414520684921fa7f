package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dyad.ingest.Article;
import org.dyad.output.EventJson;
import org.junit.jupiter.api.Test;

/**
 * One shared extractor on several threads gives each article exactly the events it gives alone: CoreNLP, SUTime,
 * the lexicon and Dyad's stages keep no state between articles or threads.
 */
class BatchExtractorIT {
    private static final LocalDate DAY = LocalDate.of(2024, 6, 13);

    private static List<String> events(Extraction x) {
        return x.events().stream().map(e -> EventJson.line(e, true)).toList();
    }

    @Test
    void articlesExtractedConcurrentlyGiveWhatTheyGiveAlone() throws IOException, ExtractionException,
            InterruptedException {
        String sample;
        try (InputStream in = BatchExtractorIT.class.getResourceAsStream("/samples/kim-putin.es.txt")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> texts = List.of(sample,
                "Rusia condenó a Ucrania por el ataque del lunes.",
                "El presidente de Francia visitará China la próxima semana, según fuentes oficiales.",
                "Venezuela expulsó al embajador de Colombia tras las declaraciones del presidente colombiano.",
                "Estados Unidos negó haber enviado armas a Israel en marzo de 2023.");
        Extractor extractor = SharedModels.extractor();
        List<List<String>> alone = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            alone.add(events(extractor.extract(new Article("t" + i, "", texts.get(i), DAY, null, null, null, null),
                    null)));
        }
        assertThat(alone.get(0)).hasSizeGreaterThan(10);

        List<Article> batch = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.size(); i++) {
                batch.add(new Article("t" + i, "", texts.get(i), DAY, null, null, null, "r" + round));
            }
        }
        List<List<String>> together = new ArrayList<>();
        List<String> order = new ArrayList<>();
        BatchExtractor.of(extractor, null, 2).run(sink -> batch.forEach(sink::article), r -> {
            Extraction x = ((BatchExtractor.Extracted) r).extraction();
            order.add(x.article().id());
            together.add(events(x));
        });
        assertThat(order).isEqualTo(batch.stream().map(Article::id).toList());
        for (int k = 0; k < batch.size(); k++) {
            assertThat(together.get(k)).as("article %s, round %d", order.get(k), k / texts.size())
                    .isEqualTo(alone.get(k % texts.size()));
        }
    }
}
