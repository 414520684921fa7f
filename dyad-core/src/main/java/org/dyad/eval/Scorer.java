package org.dyad.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.dyad.factuality.Factuality;
import org.dyad.time.TimeValue;

/**
 * Scores predictions against gold events exactly as {@code gold/FORMAT.md} defines: events are reduced per
 * article to (source, target, root) triples; a symmetric gold event matches either direction; "---" matches
 * any code, null included; code alternatives ("18/19/20") match any of them. Where several predicted events
 * share a triple, the triple's label is that of its most factual mention (asserted, reported, expected,
 * alleged, hypothetical, denied, negated, in that order), the way the annotators label an event by its
 * strongest mention; its date agrees if any of its mentions' dates does. Stateless.
 */
public final class Scorer {
    private static final List<Factuality> STRENGTH = List.of(Factuality.ASSERTED, Factuality.REPORTED,
            Factuality.EXPECTED, Factuality.ALLEGED, Factuality.HYPOTHETICAL, Factuality.DENIED, Factuality.NEGATED);

    /**
     * One article's scores with its errors: gold triples missed, predicted triples not in the gold, and matched
     * triples whose factuality label or date is wrong ("mislabelled").
     */
    public record ArticleScore(String id, Scores scores, List<String> missed, List<String> spurious,
                               List<String> mislabelled) {
    }

    private record Triple(String source, String target, String code) {
        @Override
        public String toString() {
            return source + "→" + (target == null ? "null" : target) + " " + code;
        }
    }

    private Scorer() {
    }

    /** Scores one article. */
    public static ArticleScore score(String id, List<GoldEvent> gold, List<PredictedEvent> predicted) {
        Level roots = level(gold, predicted, true);
        Level strict = level(gold, predicted, false);
        return new ArticleScore(id, new Scores(roots.predicted, roots.predictedMatched, roots.gold, roots.goldMatched,
                roots.factScored, roots.factRight, roots.markedScored, roots.markedRight, roots.dateScored,
                roots.dateRight, strict.predicted, strict.predictedMatched, strict.gold, strict.goldMatched),
                roots.missed, roots.spurious, roots.mislabelled);
    }

    private static final class Level {
        int predicted;
        int predictedMatched;
        int gold;
        int goldMatched;
        int factScored;
        int factRight;
        int markedScored;
        int markedRight;
        int dateScored;
        int dateRight;
        final List<String> missed = new ArrayList<>();
        final List<String> spurious = new ArrayList<>();
        final List<String> mislabelled = new ArrayList<>();
    }

    private static Level level(List<GoldEvent> gold, List<PredictedEvent> predicted, boolean byRoot) {
        Level l = new Level();
        Map<Triple, List<PredictedEvent>> predTriples = new LinkedHashMap<>();
        for (PredictedEvent p : predicted) {
            Triple t = new Triple(p.source(), p.target(), byRoot ? p.root() : p.code());
            predTriples.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
        }
        Set<String> goldUnits = new LinkedHashSet<>();
        Map<String, GoldEvent> goldByUnit = new LinkedHashMap<>();
        for (GoldEvent g : gold) {
            String unit = g.source() + "|" + g.target() + "|" + (byRoot ? g.roots() : g.codes()) + "|" + g.symmetric();
            if (goldUnits.add(unit)) {
                goldByUnit.put(unit, g);
            }
        }
        l.gold = goldUnits.size();
        for (GoldEvent g : goldByUnit.values()) {
            boolean hit = predTriples.keySet().stream().anyMatch(t -> matches(g, t, byRoot));
            if (hit) {
                l.goldMatched++;
            } else {
                l.missed.add(g.source() + "→" + g.target() + " " + String.join("/", g.codes())
                        + (g.evidence().isEmpty() ? "" : "  \"" + g.evidence() + "\""));
            }
        }
        l.predicted = predTriples.size();
        for (Map.Entry<Triple, List<PredictedEvent>> e : predTriples.entrySet()) {
            Triple t = e.getKey();
            List<GoldEvent> matching = gold.stream().filter(g -> matches(g, t, byRoot)).toList();
            if (matching.isEmpty()) {
                l.spurious.add(t.toString());
                continue;
            }
            l.predictedMatched++;
            Factuality label = e.getValue().stream().map(PredictedEvent::factuality)
                    .min(Comparator.comparingInt(STRENGTH::indexOf)).orElseThrow();
            Set<Factuality> accepted = new LinkedHashSet<>();
            boolean annotated = false;
            for (GoldEvent g : matching) {
                if (g.factuality() != null) {
                    annotated = true;
                    accepted.addAll(g.factuality());
                }
            }
            if (annotated) {
                l.factScored++;
                boolean right = accepted.contains(label);
                if (right) {
                    l.factRight++;
                } else {
                    l.mislabelled.add(t + "  factuality " + label.label() + ", gold " + accepted.stream()
                            .map(Factuality::label).toList());
                }
                if (!accepted.contains(Factuality.ASSERTED)) {
                    l.markedScored++;
                    if (right) {
                        l.markedRight++;
                    }
                }
            }
            List<TimeValue> goldDates = matching.stream().map(GoldEvent::date).filter(Objects::nonNull).toList();
            if (!goldDates.isEmpty()) {
                l.dateScored++;
                boolean agrees = e.getValue().stream().map(PredictedEvent::date).filter(Objects::nonNull)
                        .anyMatch(p -> goldDates.stream().anyMatch(g -> agrees(g, p)));
                if (agrees) {
                    l.dateRight++;
                } else {
                    l.mislabelled.add(t + "  date " + e.getValue().stream().map(PredictedEvent::date)
                            .map(d -> d == null ? "none" : d.toString()).distinct().toList() + ", gold "
                            + goldDates.stream().map(TimeValue::toString).distinct().toList());
                }
            }
        }
        return l;
    }

    /** Whether a predicted date agrees with a gold date at the gold's precision. */
    public static boolean agrees(TimeValue gold, TimeValue predicted) {
        if (predicted.precision().ordinal() > gold.precision().ordinal()) {
            return false;
        }
        return gold.contains(predicted.start()) && gold.contains(predicted.end());
    }

    private static boolean matches(GoldEvent g, Triple t, boolean byRoot) {
        List<String> codes = byRoot ? g.roots() : g.codes();
        if (!codes.contains(t.code())) {
            return false;
        }
        if (actor(g.source(), t.source()) && actor(g.target(), t.target())) {
            return true;
        }
        return g.symmetric() && actor(g.source(), t.target()) && actor(g.target(), t.source());
    }

    private static boolean actor(String gold, String predicted) {
        if (GoldEvent.ANY.equals(gold)) {
            return true;
        }
        return Objects.equals(gold, predicted);
    }
}
