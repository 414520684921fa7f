package org.dyad.eval;

import java.util.List;

import org.dyad.coding.Event;
import org.dyad.pipeline.Extraction;
import org.dyad.pipeline.ExtractionException;
import org.dyad.pipeline.Extractor;

/** Runs the extractor on gold articles and scores them; shared by {@code dyad eval} and the pinned-score tests. */
public final class Evaluator {
    private final Extractor extractor;

    public Evaluator(Extractor extractor) {
        this.extractor = extractor;
    }

    /** What the scorer reads of an event: its states, full code, factuality and date. */
    public static PredictedEvent predicted(Event e) {
        return new PredictedEvent(e.source().country(), e.target() == null ? null : e.target().country(),
                e.type().code().value(), e.factuality(), e.date());
    }

    /** Extracts and scores one gold article; its own date is the anchor of relative dates. */
    public Scorer.ArticleScore evaluate(GoldArticle gold) throws ExtractionException {
        Extraction x = extractor.extract(gold.article(), null);
        return Scorer.score(gold.article().id(), gold.events(), x.events().stream().map(Evaluator::predicted).toList());
    }

    /** Scores an article as if nothing had been extracted (for an article the extractor refused). */
    public static Scorer.ArticleScore nothing(GoldArticle gold) {
        return Scorer.score(gold.article().id(), gold.events(), List.of());
    }
}
