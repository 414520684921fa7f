package org.dyad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.dyad.coding.Event;
import org.dyad.factuality.Factuality;
import org.dyad.ingest.Article;
import org.dyad.time.TimeValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample article's main events, as the foundation issue requires them. */
class SampleArticleIT {
    private static List<Event> events;

    @BeforeAll
    static void extract() throws IOException, ExtractionException {
        String text;
        try (InputStream in = SampleArticleIT.class.getResourceAsStream("/samples/kim-putin.es.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Article a = new Article("kim-putin.es.txt", "", text, null, null, null, null, null);
        events = SharedModels.extractor().extract(a, LocalDate.of(2024, 6, 13)).events();
    }

    private static Predicate<Event> dyad(String source, String target, String root) {
        return e -> source.equals(e.source().country()) && e.target() != null
                && target.equals(e.target().country()) && e.type().code().root().equals(root);
    }

    private static List<Event> find(Predicate<Event> p) {
        return events.stream().filter(p).toList();
    }

    @Test
    void northKoreaPraisesRussia() {
        List<Event> praise = find(dyad("PRK", "RUS", "05").and(e -> e.type().code().value().equals("051")));
        assertThat(praise).isNotEmpty();
        assertThat(praise).anyMatch(e -> e.factuality() == Factuality.ASSERTED && e.source().code().equals("PRKGOV"));
    }

    @Test
    void kimVisitedRussiaLastSeptember() {
        assertThat(find(dyad("PRK", "RUS", "04").and(e -> e.type().code().value().equals("042"))))
                .anyMatch(e -> e.date() != null && e.date().iso().equals("2023-09"));
    }

    @Test
    void putinIsExpectedToVisitNextWeek() {
        TimeValue week = TimeValue.parse("2024-W25");
        assertThat(find(dyad("RUS", "PRK", "04").and(e -> e.type().code().value().equals("042"))))
                .anyMatch(e -> e.factuality() == Factuality.EXPECTED && e.date() != null
                        && week.contains(e.date().start()) && week.contains(e.date().end()));
    }

    @Test
    void armsSupplyIsAllegedByTheUsAndThenDenied() {
        // Alleged by the US and South Korea, denied by both parties later in the article: the act ends denied,
        // its attribution still names who alleged it, and the allegations themselves are accusations (112).
        assertThat(find(dyad("PRK", "RUS", "07").and(e -> e.type().code().value().equals("072"))))
                .anyMatch(e -> e.factuality() == Factuality.DENIED && e.attribution() != null
                        && "USA".equals(e.attribution().country()));
        assertThat(find(dyad("USA", "PRK", "11"))).isNotEmpty();
        assertThat(find(dyad("KOR", "PRK", "11"))).isNotEmpty();
    }

    @Test
    void bothDenyTheAccusations() {
        assertThat(find(e -> e.type().code().value().equals("016") && "PRK".equals(e.source().country())))
                .isNotEmpty();
        assertThat(find(e -> e.type().code().value().equals("016") && "RUS".equals(e.source().country())))
                .isNotEmpty();
    }

    @Test
    void firstSummitWasInVladivostokInApril2019() {
        assertThat(events).anyMatch(e -> e.type().code().root().equals("04") && e.date() != null
                && e.date().iso().equals("2019-04") && e.source().country() != null
                && e.target() != null
                && List.of("PRK", "RUS").containsAll(List.of(e.source().country(), e.target().country()))
                && e.place() != null && e.place().place().name().equals("Vladivostok")
                && e.place().place().country().equals("RUS")
                && Math.abs(e.place().place().latitude() - 43.1) < 0.2
                && Math.abs(e.place().place().longitude() - 131.9) < 0.2);
    }

    @Test
    void theExpectedVisitIsAttributedToMediaReports() {
        assertThat(find(dyad("RUS", "PRK", "04").and(e -> e.factuality() == Factuality.EXPECTED)))
                .anyMatch(e -> e.attribution() != null && "MED".equals(e.attribution().code()));
    }
}
