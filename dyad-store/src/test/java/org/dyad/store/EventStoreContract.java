package org.dyad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dyad.actor.Actor;
import org.dyad.factuality.Factuality;
import org.dyad.ingest.Article;
import org.dyad.pipeline.Extraction;
import org.dyad.time.TimeValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store backend must do; subclasses open a fresh, empty store. */
abstract class EventStoreContract {

    static final LocalDate JUNE_13 = LocalDate.of(2024, 6, 13);

    EventStore store;

    abstract EventStore openEmpty() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openEmpty();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theSameEventInTwoArticlesIsOneEventWithTwoMentions() {
        assertThat(store.store(Fixtures.summit("a1", "AFP", JUNE_13)).newEvents()).isEqualTo(1);
        IngestResult second = store.store(Fixtures.summit("a2", "EFE", JUNE_13.plusDays(1)));
        assertThat(second.stored()).isTrue();
        assertThat(second.newEvents()).isZero();
        List<StoredEvent> events = store.events(EventQuery.builder().build()).items();
        assertThat(events).hasSize(1);
        StoredEvent e = events.get(0);
        assertThat(e.mentions()).isEqualTo(2);
        assertThat(e.articles()).isEqualTo(2);
        assertThat(e.outlets()).containsExactly("AFP", "EFE");
        assertThat(e.date()).isEqualTo(TimeValue.month(2019, 4));
        assertThat(e.place().name()).isEqualTo("Vladivostok");
        assertThat(e.firstSeen()).isEqualTo(JUNE_13);
        assertThat(store.mentions(e.id())).extracting(StoredMention::articleId).containsExactly("a1", "a2");
        assertThat(store.stats()).isEqualTo(new StoreStats(2, 1, 2, 1));
    }

    @Test
    void anArticleAlreadyStoredBySameIdOrSameContentIsSkipped() {
        Extraction x = Fixtures.summit("a1", "AFP", JUNE_13);
        store.store(x);
        assertThat(store.store(x).stored()).isFalse();
        Article copy = new Article("other-id", x.article().title(), x.article().text(), null, "es", "EFE", null,
                "copy");
        assertThat(store.contains(copy)).isTrue();
        assertThat(store.store(new Extraction(copy, "es", JUNE_13, "input", 1, x.events())).stored()).isFalse();
        assertThat(store.stats().articles()).isEqualTo(1);
        assertThat(store.stats().mentions()).isEqualTo(1);
    }

    @Test
    void aFailedArticleLeavesNothingBehind() {
        Extraction good = Fixtures.summit("a1", "AFP", JUNE_13);
        // A mention whose factuality label cannot be stored in a NOT NULL column would fail midway; here
        // the second article's second event has a null trigger, which the schema refuses.
        Article a = Fixtures.article("bad", "AFP", "Texto.");
        Actor kim = Fixtures.actor("Kim", "PRKGOV", "PRK", 0);
        var ok = Fixtures.event("bad", kim, null, "051", Factuality.ASSERTED, null, null, "Texto.");
        var broken = new org.dyad.coding.Event("bad", 0, kim, null, ok.type(), null, 0, 1, Factuality.ASSERTED,
                null, null, null, null, "Texto.", 0, 6, List.of());
        store.store(good);
        assertThatThrownBy(() -> store.store(Fixtures.extraction(a, JUNE_13, ok, broken)))
                .isInstanceOf(StoreException.class).hasMessageContaining("bad");
        assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1, 1));
        assertThat(store.contains(a)).isFalse();
        assertThat(store.store(Fixtures.extraction(a, JUNE_13, ok)).stored()).isTrue();
    }

    @Test
    void anExpectedVisitConfirmedLaterBecomesAsserted() {
        Actor putin = Fixtures.actor("Putin", "RUSGOV", "RUS", 0);
        Actor prk = Fixtures.actor("Corea del Norte", "PRK", "PRK", 20);
        Article first = Fixtures.article("x1", "AFP", "Putin visitará Corea del Norte la próxima semana.");
        Article then = Fixtures.article("x2", "AFP", "Putin visitó Corea del Norte.");
        store.store(Fixtures.extraction(first, JUNE_13, Fixtures.event("x1", putin, prk, "042", Factuality.EXPECTED,
                TimeValue.week(LocalDate.of(2024, 6, 17)), null, first.text())));
        store.store(Fixtures.extraction(then, LocalDate.of(2024, 6, 19), Fixtures.event("x2", putin, prk, "042",
                Factuality.ASSERTED, TimeValue.day(LocalDate.of(2024, 6, 19)), null, then.text())));
        List<StoredEvent> events = store.events(EventQuery.builder().build()).items();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(events.get(0).date()).isEqualTo(TimeValue.day(LocalDate.of(2024, 6, 19)));
        assertThat(events.get(0).day()).isEqualTo(LocalDate.of(2024, 6, 19));
    }

    @Test
    void queriesFilterByActorDyadCodeQuadFactualityDatesPlaceAndText() {
        storeMixedDay();
        assertThat(count(EventQuery.builder().actor("PRK"))).isEqualTo(4);
        assertThat(count(EventQuery.builder().actor("USA"))).isZero();
        assertThat(count(EventQuery.builder().actor("prkgov"))).isEqualTo(2);
        assertThat(count(EventQuery.builder().dyad("PRK", "RUS", false))).isEqualTo(4);
        assertThat(count(EventQuery.builder().dyad("PRK", "RUS", true))).isEqualTo(3);
        assertThat(count(EventQuery.builder().dyad("RUS", "PRK", true))).isEqualTo(1);
        assertThat(count(EventQuery.builder().code("05"))).isEqualTo(1);
        assertThat(count(EventQuery.builder().code("051"))).isEqualTo(1);
        assertThat(count(EventQuery.builder().root("04"))).isEqualTo(2);
        assertThat(count(EventQuery.builder().quadClass(2))).isEqualTo(1);
        assertThat(count(EventQuery.builder().factuality(Factuality.DENIED))).isEqualTo(1);
        assertThat(count(EventQuery.builder().from(LocalDate.of(2024, 1, 1)))).isEqualTo(3);
        assertThat(count(EventQuery.builder().to(LocalDate.of(2019, 12, 31)))).isEqualTo(1);
        assertThat(count(EventQuery.builder().place("vladivostok"))).isEqualTo(1);
        assertThat(count(EventQuery.builder().place("RUS"))).isEqualTo(1);
        assertThat(count(EventQuery.builder().text("ELOGIÓ"))).isEqualTo(1);
        Page<StoredEvent> page = store.events(EventQuery.builder().limit(2).offset(2).build());
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).hasSize(2);
    }

    @Test
    void timelineCountsQuadClassesAndGoldsteinPerPeriodWithEmptyPeriodsBetween() {
        storeMixedDay();
        List<TimelineBucket> byYear = store.timeline("PRK", "RUS", false, Period.YEAR, null, null);
        assertThat(byYear).extracting(TimelineBucket::label)
                .containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
        TimelineBucket y2024 = byYear.get(5);
        assertThat(y2024.verbalCooperation()).isEqualTo(2);
        assertThat(y2024.materialConflict()).isZero();
        assertThat(y2024.materialCooperation()).isEqualTo(1);
        assertThat(y2024.goldstein()).isCloseTo(goldstein("051") + goldstein("042") + goldstein("072"), within(0.01));
        assertThat(byYear.get(1).total()).isZero();
        List<TimelineBucket> byWeek = store.timeline("PRK", "RUS", false, Period.WEEK,
                LocalDate.of(2024, 1, 1), null);
        assertThat(byWeek).extracting(TimelineBucket::label).containsExactly("2024-W24");
        List<TimelineBucket> directed = store.timeline("RUS", "PRK", true, Period.YEAR, null, null);
        assertThat(directed).extracting(TimelineBucket::total).containsExactly(1);
    }

    @Test
    void actorsDyadsAndArticles() {
        storeMixedDay();
        assertThat(store.actors("prk", 10)).extracting(ActorSummary::code).contains("PRKGOV", "PRK");
        assertThat(store.actors("kim", 10)).extracting(ActorSummary::code).containsExactly("PRKGOV");
        List<DyadSummary> dyads = store.dyads(null, null, 10);
        assertThat(dyads.get(0).source()).isEqualTo("PRK");
        assertThat(dyads.get(0).target()).isEqualTo("RUS");
        assertThat(dyads.get(0).events()).isEqualTo(3);
        StoredArticle a = store.article("day").orElseThrow();
        assertThat(a.body()).startsWith("Kim Jong-un elogió");
        assertThat(a.mentions()).hasSize(4);
        assertThat(a.events()).hasSize(4);
        assertThat(store.article("missing")).isEmpty();
        assertThat(store.articles(0, 10)).extracting(ArticleSummary::id, ArticleSummary::events)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("day", 4));
        assertThat(store.articles(1, 10)).isEmpty();
    }

    @Test
    void badQueriesAreRefusedWithTheParameterNamed() {
        assertThatThrownBy(() -> EventQuery.builder().code("4x").build()).hasMessageContaining("code");
        assertThatThrownBy(() -> EventQuery.builder().limit(0).build()).hasMessageContaining("limit");
        assertThatThrownBy(() -> EventQuery.builder().from(JUNE_13).to(JUNE_13.minusDays(1)).build())
                .hasMessageContaining("from");
        assertThatThrownBy(() -> EventQuery.quadClass("5")).hasMessageContaining("quad class");
        assertThat(EventQuery.quadClass("material-conflict")).isEqualTo(4);
    }

    @Test
    void reopeningKeepsTheDataAndTheSchemaVersion() throws Exception {
        store.store(Fixtures.summit("a1", "AFP", JUNE_13));
        store.close();
        store = reopen();
        assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1, 1));
    }

    abstract EventStore reopen() throws Exception;

    private static double goldstein(String code) {
        return Fixtures.CATALOG.get(org.dyad.cameo.CameoCode.of(code)).goldstein();
    }

    private long count(EventQuery.Builder b) {
        return store.events(b.build()).total();
    }

    /** One article of 2024-06-13 with four events, one of them the 2019 summit. */
    private void storeMixedDay() {
        String text = "Kim Jong-un elogió a Rusia. Rusia visitará Corea del Norte. Corea del Norte negó enviar armas. "
                + "Se reunieron en Vladivostok en 2019.";
        Article a = Fixtures.article("day", "AFP", text);
        Actor kim = Fixtures.actor("Kim Jong-un", "PRKGOV", "PRK", 0);
        Actor rus = Fixtures.actor("Rusia", "RUS", "RUS", 21);
        Actor prk = Fixtures.actor("Corea del Norte", "PRK", "PRK", 44);
        List<org.dyad.coding.Event> events = new ArrayList<>();
        events.add(Fixtures.event("day", kim, rus, "051", Factuality.ASSERTED, null, null, "Kim Jong-un elogió a Rusia."));
        events.add(Fixtures.event("day", rus, prk, "042", Factuality.EXPECTED, null, null,
                "Rusia visitará Corea del Norte."));
        events.add(Fixtures.event("day", prk, rus, "072", Factuality.DENIED, null, null,
                "Corea del Norte negó enviar armas."));
        events.add(Fixtures.event("day", kim, rus, "040", Factuality.ASSERTED, TimeValue.year(2019),
                Fixtures.VLADIVOSTOK, "Se reunieron en Vladivostok en 2019."));
        store.store(Fixtures.extraction(a, JUNE_13, events.toArray(new org.dyad.coding.Event[0])));
    }
}
