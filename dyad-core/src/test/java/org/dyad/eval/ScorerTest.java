package org.dyad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;
import org.junit.jupiter.api.Test;

class ScorerTest {
    private static GoldEvent gold(String s, String t, String codes, boolean symmetric, String date,
                                  Factuality... labels) {
        return new GoldEvent(s, t, List.of(codes.split("/")), labels.length == 0 ? null : List.of(labels),
                TimeValue.parse(date), symmetric, "");
    }

    private static PredictedEvent pred(String s, String t, String code, Factuality f, String date) {
        return new PredictedEvent(s, t, code, f, TimeValue.parse(date));
    }

    @Test
    void exactTripleMatchesAndWrongDirectionDoesNot() {
        var g = List.of(gold("PRK", "RUS", "051", false, null, Factuality.ASSERTED));
        var right = Scorer.score("a", g, List.of(pred("PRK", "RUS", "051", Factuality.ASSERTED, null)));
        assertThat(right.scores().precision()).isEqualTo(1.0);
        assertThat(right.scores().recall()).isEqualTo(1.0);
        var reversed = Scorer.score("a", g, List.of(pred("RUS", "PRK", "051", Factuality.ASSERTED, null)));
        assertThat(reversed.scores().precision()).isZero();
        assertThat(reversed.scores().recall()).isZero();
        assertThat(reversed.missed()).hasSize(1);
        assertThat(reversed.spurious()).containsExactly("RUS→PRK 05");
    }

    @Test
    void symmetricGoldMatchesEitherDirection() {
        var g = List.of(gold("PRK", "RUS", "040", true, null));
        var s = Scorer.score("a", g, List.of(pred("RUS", "PRK", "042", Factuality.ASSERTED, null)));
        assertThat(s.scores().f1()).isEqualTo(1.0);
        assertThat(s.scores().strictF1()).isZero();
    }

    @Test
    void wildcardMatchesAnyCodeIncludingNull() {
        var g = List.of(gold("---", "---", "145", false, null));
        var s = Scorer.score("a", g, List.of(pred("COL", null, "145", Factuality.ASSERTED, null)));
        assertThat(s.scores().recall()).isEqualTo(1.0);
        assertThat(s.scores().precision()).isEqualTo(1.0);
    }

    @Test
    void nullTargetIsACodeLikeAnyOther() {
        var g = List.of(gold("COL", null, "14", false, null));
        assertThat(Scorer.score("a", g, List.of(pred("COL", "VEN", "141", Factuality.ASSERTED, null)))
                .scores().recall()).isZero();
        assertThat(Scorer.score("a", g, List.of(pred("COL", null, "141", Factuality.ASSERTED, null)))
                .scores().recall()).isEqualTo(1.0);
    }

    @Test
    void alternativesMatchAnyOfTheirCodes() {
        var g = List.of(gold("RUS", "UKR", "18/19/20", false, null));
        var s = Scorer.score("a", g, List.of(pred("RUS", "UKR", "190", Factuality.ASSERTED, null)));
        assertThat(s.scores().f1()).isEqualTo(1.0);
        var strict = Scorer.score("a", List.of(gold("RUS", "PRK", "036/040", false, null)),
                List.of(pred("RUS", "PRK", "036", Factuality.ASSERTED, null)));
        assertThat(strict.scores().strictF1()).isEqualTo(1.0);
    }

    @Test
    void precisionCountsDistinctPredictedTriples() {
        var g = List.of(gold("PRK", "RUS", "051", false, null));
        var s = Scorer.score("a", g, List.of(pred("PRK", "RUS", "051", Factuality.ASSERTED, null),
                pred("PRK", "RUS", "051", Factuality.REPORTED, null),
                pred("USA", "PRK", "112", Factuality.ASSERTED, null)));
        assertThat(s.scores().predicted()).isEqualTo(2);
        assertThat(s.scores().precision()).isCloseTo(0.5, within(1e-9));
        assertThat(s.scores().f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    }

    @Test
    void factualityUsesTheStrongestMentionAndMarkedExcludesAsserted() {
        var g = List.of(gold("RUS", "PRK", "042", false, null, Factuality.EXPECTED, Factuality.REPORTED),
                gold("PRK", "RUS", "051", false, null, Factuality.ASSERTED));
        var s = Scorer.score("a", g, List.of(pred("RUS", "PRK", "042", Factuality.EXPECTED, null),
                pred("PRK", "RUS", "051", Factuality.REPORTED, null),
                pred("PRK", "RUS", "051", Factuality.ASSERTED, null)));
        assertThat(s.scores().factualityAccuracy()).isEqualTo(1.0);
        assertThat(s.scores().markedScored()).isEqualTo(1);
        assertThat(s.scores().markedFactualityAccuracy()).isEqualTo(1.0);
        var allAsserted = Scorer.score("a", g, List.of(pred("RUS", "PRK", "042", Factuality.ASSERTED, null)));
        assertThat(allAsserted.scores().markedFactualityAccuracy()).isZero();
    }

    @Test
    void unannotatedFactualityIsNotScored() {
        var g = List.of(gold("COL", "---", "190", false, null));
        var s = Scorer.score("a", g, List.of(pred("COL", "VEN", "190", Factuality.NEGATED, null)));
        assertThat(s.scores().factualityScored()).isZero();
    }

    @Test
    void dateAgreesAtTheGoldPrecisionButNotCoarser() {
        assertThat(Scorer.agrees(TimeValue.parse("2024-W25"), TimeValue.parse("2024-06-18"))).isTrue();
        assertThat(Scorer.agrees(TimeValue.parse("2024-W25"), TimeValue.parse("2024-06-24"))).isFalse();
        assertThat(Scorer.agrees(TimeValue.parse("2023-09"), TimeValue.parse("2023-09-13"))).isTrue();
        assertThat(Scorer.agrees(TimeValue.parse("2023-09"), TimeValue.parse("2023"))).isFalse();
        assertThat(Scorer.agrees(TimeValue.parse("2024-06-13"), TimeValue.parse("2024-06"))).isFalse();
        assertThat(Scorer.agrees(TimeValue.parse("2019"), TimeValue.parse("2019-04"))).isTrue();
        var g = List.of(gold("PRK", "RUS", "040", true, "2019-04"), gold("PRK", "RUS", "040", true, "2023-09"));
        var s = Scorer.score("a", g, List.of(pred("RUS", "PRK", "040", Factuality.ASSERTED, "2019-04")));
        assertThat(s.scores().dateScored()).isEqualTo(1);
        assertThat(s.scores().dateAccuracy()).isEqualTo(1.0);
    }

    @Test
    void scoresAddUpOverArticles() {
        Scores a = Scorer.score("a", List.of(gold("A", "B", "01", false, null)),
                List.of(pred("A", "B", "010", Factuality.ASSERTED, null))).scores();
        Scores b = Scorer.score("b", List.of(gold("C", "D", "02", false, null)), List.of()).scores();
        Scores sum = a.plus(b);
        assertThat(sum.recall()).isEqualTo(0.5);
        assertThat(sum.precision()).isEqualTo(1.0);
    }

    @Test
    void aMatchedTripleWithAWrongLabelOrDateIsListedAsMislabelled() {
        var g = List.of(gold("RUS", "PRK", "042", false, "2024-W25", Factuality.EXPECTED));
        var s = Scorer.score("a", g, List.of(pred("RUS", "PRK", "042", Factuality.ASSERTED, "2024-05-01")));
        assertThat(s.scores().recall()).isEqualTo(1.0);
        assertThat(s.mislabelled()).containsExactly("RUS→PRK 04  factuality asserted, gold [expected]",
                "RUS→PRK 04  date [2024-05-01], gold [2024-W25]");
        var right = Scorer.score("a", g, List.of(pred("RUS", "PRK", "042", Factuality.EXPECTED, "2024-06-19")));
        assertThat(right.mislabelled()).isEmpty();
    }
}
