package org.dyad.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dyad.ingest.Article;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;
import org.dyad.pipeline.SharedModels;
import org.junit.jupiter.api.Test;

/** Feeds the example sentence of every predicate dictionary entry through the coder and checks its code. */
class PredicateExamplesIT {
    private static final double MIN_SHARE = 0.95;

    @Test
    void everyEntryCodesItsOwnExample() throws ExtractionException {
        Extractor extractor = SharedModels.extractor();
        PredicateDictionary dictionary = PredicateDictionary.load(extractor.catalog());
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Predicate p : dictionary.all()) {
            n++;
            Extraction x = extractor.extract(new Article("example", "", p.example(), LocalDate.of(2024, 6, 13), "es",
                    null, null, p.origin()), null);
            String[] dyad = p.dyad().split(">");
            String source = dyad[0];
            String target = dyad[1].equals("-") ? null : dyad[1];
            boolean found = x.events().stream().anyMatch(e -> e.type().code().equals(p.code())
                    && source.equals(e.source().country())
                    && (target == null ? e.target() == null || e.target().country() == null : e.target() != null
                            && target.equals(e.target().country())));
            if (!found) {
                failures.add(p.origin() + ": " + p.lemma() + " " + p.code() + " " + p.dyad() + " \"" + p.example()
                        + "\" gave " + x.events().stream().map(e -> e.source().country() + ">"
                        + (e.target() == null ? "-" : e.target().country()) + " " + e.type().code()).toList());
            }
        }
        failures.forEach(System.out::println);
        double share = (double) (n - failures.size()) / n;
        System.out.printf("predicate examples: %d of %d coded right (%.3f)%n", n - failures.size(), n, share);
        // The floor is the share measured when it was last raised; the goal is every entry (issue 3).
        assertThat(share).as("share of dictionary examples coded right").isGreaterThanOrEqualTo(MIN_SHARE);
    }
}
