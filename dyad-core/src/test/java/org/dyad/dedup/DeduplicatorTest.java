package org.dyad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {

    private static final LocalDate JUNE_13 = LocalDate.of(2024, 6, 13);

    private static MentionSignature m(String src, String tgt, String root, TimeValue date, LocalDate article,
                                      String country, Factuality f) {
        return new MentionSignature(src, tgt, root, date, article, country, f);
    }

    private static List<Deduplicator.Group<MentionSignature>> group(MentionSignature... ms) {
        return Deduplicator.group(List.of(ms), s -> s,
                Comparator.comparing(MentionSignature::articleDate));
    }

    @Test
    void sameActInTwoArticlesIsOneEventWithTwoMentions() {
        var groups = group(
                m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13), JUNE_13, "PRK", Factuality.ASSERTED),
                m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13), JUNE_13.plusDays(1), null, Factuality.REPORTED));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).members()).hasSize(2);
        assertThat(groups.get(0).cluster().factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(groups.get(0).cluster().placeCountry()).isEqualTo("PRK");
    }

    @Test
    void differentActorsRootsDaysOrCountriesAreDifferentEvents() {
        var base = m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13), JUNE_13, "PRK", Factuality.ASSERTED);
        assertThat(group(base, m("PRKGOV", "RUS", "04", TimeValue.day(JUNE_13), JUNE_13, "PRK", Factuality.ASSERTED)))
                .hasSize(2);
        assertThat(group(base, m("RUSGOV", "PRK", "05", TimeValue.day(JUNE_13), JUNE_13, "PRK", Factuality.ASSERTED)))
                .hasSize(2);
        assertThat(group(base, m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13.plusDays(2)), JUNE_13, "PRK",
                Factuality.ASSERTED))).hasSize(2);
        assertThat(group(base, m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13), JUNE_13, "RUS", Factuality.ASSERTED)))
                .hasSize(2);
    }

    @Test
    void anExpectedVisitConfirmedLaterIsOneAssertedEventWithTheConfirmedDate() {
        var groups = group(
                m("RUSGOV", "PRK", "04", TimeValue.week(LocalDate.of(2024, 6, 17)), JUNE_13, null,
                        Factuality.EXPECTED),
                m("RUSGOV", "PRK", "04", TimeValue.day(LocalDate.of(2024, 6, 19)), LocalDate.of(2024, 6, 19),
                        "PRK", Factuality.ASSERTED));
        assertThat(groups).hasSize(1);
        EventCluster c = groups.get(0).cluster();
        assertThat(c.factuality()).isEqualTo(Factuality.ASSERTED);
        assertThat(c.date()).isEqualTo(TimeValue.day(LocalDate.of(2024, 6, 19)));
    }

    @Test
    void anUndatedExpectedActReachesAMonthAhead() {
        var expected = m("RUSGOV", "PRK", "04", null, JUNE_13, null, Factuality.EXPECTED);
        assertThat(group(expected, m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13.plusDays(20)),
                JUNE_13.plusDays(20), null, Factuality.ASSERTED))).hasSize(1);
        assertThat(group(expected, m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13.plusDays(40)),
                JUNE_13.plusDays(40), null, Factuality.ASSERTED))).hasSize(2);
    }

    @Test
    void anAllegationDeniedLaterIsDenied() {
        var groups = group(
                m("PRK", "RUS", "07", null, JUNE_13, null, Factuality.ALLEGED),
                m("PRK", "RUS", "07", null, JUNE_13.plusDays(1), null, Factuality.DENIED));
        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).cluster().factuality()).isEqualTo(Factuality.DENIED);
    }

    @Test
    void aYearIsTooCoarseToJoinADay() {
        var groups = group(
                m("PRK", "RUS", "04", TimeValue.year(2024), JUNE_13, null, Factuality.ASSERTED),
                m("PRK", "RUS", "04", TimeValue.day(JUNE_13), JUNE_13, null, Factuality.ASSERTED),
                m("PRK", "RUS", "04", TimeValue.year(2024), JUNE_13.plusDays(3), null, Factuality.ASSERTED));
        assertThat(groups).hasSize(2);
        assertThat(groups.get(0).members()).hasSize(2);
    }

    @Test
    void restoredStateBehavesLikeTheOriginal() {
        var first = m("RUSGOV", "PRK", "04", TimeValue.month(2024, 6), JUNE_13, null, Factuality.EXPECTED);
        EventCluster c = EventCluster.of(first);
        EventCluster r = EventCluster.restore(c.key(), c.from(), c.to(), c.yearOnly(), c.date(), c.placeCountry(),
                c.factuality(), c.latestArticle(), c.mentions());
        var next = m("RUSGOV", "PRK", "04", TimeValue.day(JUNE_13), JUNE_13, null, Factuality.ASSERTED);
        assertThat(r.accepts(next)).isEqualTo(c.accepts(next)).isTrue();
        r.add(next);
        assertThat(r.mentions()).isEqualTo(2);
        assertThat(r.from()).isEqualTo(JUNE_13);
    }
}
