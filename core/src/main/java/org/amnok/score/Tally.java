package org.amnok.score;

/**
 * Match counts for one class of incidents (all types but MEASURE, or MEASURE alone), and the scores they give,
 * rounded to 3 decimals as score.py rounds them.
 *
 * <p>Immutable.
 *
 * @param tp gold incidents matched by a prediction
 * @param fp predictions that matched no gold incident
 * @param fn required gold incidents no prediction matched
 * @param strict matches that also got status, people.min, people.max, location.place and date.value right
 */
public record Tally(int tp, int fp, int fn, int strict) {

    /** Share of predictions that matched, 0 when nothing was predicted. */
    public double precision() {
        return PyText.round3(ratio(tp, tp + fp));
    }

    /** Share of required gold incidents found, 0 when there are none. */
    public double recall() {
        return PyText.round3(ratio(tp, tp + fn));
    }

    /** Harmonic mean of precision and recall (from their unrounded values). */
    public double f1() {
        return PyText.round3(f1(tp, fp, fn));
    }

    /** F1 counting only strict matches as found: a match with a strict field wrong is both a miss and a spurious. */
    public double strictF1() {
        return PyText.round3(f1(strict, tp + fp - strict, fn + tp - strict));
    }

    Tally plus(Tally other) {
        return new Tally(tp + other.tp, fp + other.fp, fn + other.fn, strict + other.strict);
    }

    private static double f1(int tp, int fp, int fn) {
        double p = ratio(tp, tp + fp);
        double r = ratio(tp, tp + fn);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
