package org.dyad.eval;

/**
 * Counts behind the scores of {@code gold/FORMAT.md}, summable over articles and files.
 *
 * @param predicted        distinct predicted triples
 * @param predictedMatched predicted triples that match a gold event
 * @param gold             distinct gold triples
 * @param goldMatched      gold triples matched by a prediction
 * @param factualityScored matched triples whose gold has factuality labels
 * @param factualityRight  of those, with the predicted label accepted
 * @param markedScored     matched triples whose gold labels exclude "asserted"
 * @param markedRight      of those, right
 * @param dateScored       matched triples with a gold date
 * @param dateRight        of those, with an agreeing predicted date
 * @param strictPredicted  distinct predicted (source, target, code) triples
 * @param strictPredictedMatched of those, matched
 * @param strictGold       distinct gold (source, target, code) triples
 * @param strictGoldMatched of those, matched
 */
public record Scores(int predicted, int predictedMatched, int gold, int goldMatched, int factualityScored,
                     int factualityRight, int markedScored, int markedRight, int dateScored, int dateRight,
                     int strictPredicted, int strictPredictedMatched, int strictGold, int strictGoldMatched) {

    public static final Scores ZERO = new Scores(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Scores plus(Scores o) {
        return new Scores(predicted + o.predicted, predictedMatched + o.predictedMatched, gold + o.gold,
                goldMatched + o.goldMatched, factualityScored + o.factualityScored,
                factualityRight + o.factualityRight, markedScored + o.markedScored, markedRight + o.markedRight,
                dateScored + o.dateScored, dateRight + o.dateRight, strictPredicted + o.strictPredicted,
                strictPredictedMatched + o.strictPredictedMatched, strictGold + o.strictGold,
                strictGoldMatched + o.strictGoldMatched);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double precision() {
        return ratio(predictedMatched, predicted);
    }

    public double recall() {
        return ratio(goldMatched, gold);
    }

    public double f1() {
        return f1(precision(), recall());
    }

    public double factualityAccuracy() {
        return ratio(factualityRight, factualityScored);
    }

    public double markedFactualityAccuracy() {
        return ratio(markedRight, markedScored);
    }

    public double dateAccuracy() {
        return ratio(dateRight, dateScored);
    }

    public double strictF1() {
        return f1(ratio(strictPredictedMatched, strictPredicted), ratio(strictGoldMatched, strictGold));
    }
}
