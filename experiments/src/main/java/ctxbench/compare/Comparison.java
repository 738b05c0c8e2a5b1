package ctxbench.compare;

import ctxbench.results.Direction;
import ctxbench.results.SeriesKey;
import ctxbench.stats.MannWhitney;
import ctxbench.stats.MedianInterval;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the comparison: both medians with intervals, the change of the medians in percent,
 * the U test's p-value, whether the change is significant at α and, from the unit, whether it is
 * better or worse; plus the notes that explain a missing interval or test.
 *
 * @param key         what is compared (source left empty in the java/go case)
 * @param unit        the unit of both sides
 * @param old         the old side
 * @param current     the new side
 * @param changePct   {@code (new/old - 1) · 100} of the medians; NaN when old is 0 and new is not
 * @param p           the two-sided U test's p-value; NaN when a side has no samples
 * @param significant {@code p ≤ α}
 * @param verdict     {@code worse}, {@code better}, or empty (not significant, no change or unknown direction)
 * @param notes       why an interval or test is missing, in words
 */
record Comparison(SeriesKey key, String unit, Estimate old, Estimate current, double changePct, double p,
                  boolean significant, String verdict, List<String> notes) {

    /** Compares one pair at level {@code alpha}. */
    static Comparison of(Pairing.Pair pair, double alpha) {
        Estimate o = Estimate.of(pair.old());
        Estimate n = Estimate.of(pair.current());
        List<String> notes = new ArrayList<>();
        double p = Double.NaN;
        if (o.n() == 0 || n.n() == 0) {
            notes.add("no raw samples on " + (o.n() == 0 ? (n.n() == 0 ? "either side" : "the old side") : "the new side")
                    + ": the score is shown, without interval or test");
        } else {
            p = MannWhitney.test(pair.old().samples(), pair.current().samples()).p();
            if (p > alpha && MannWhitney.minimumP(o.n(), n.n()) > alpha) {
                notes.add("need >= " + samplesToDetect(alpha) + " samples per side to detect a difference at alpha=" + alpha);
            }
        }
        int needForInterval = MedianInterval.minSamples(Estimate.CONFIDENCE);
        if ((o.n() > 0 && o.n() < needForInterval) || (n.n() > 0 && n.n() < needForInterval)) {
            notes.add("need >= " + needForInterval + " samples for a 95% confidence interval");
        }
        boolean significant = p <= alpha;
        double change = o.center() == n.center() ? 0 : (n.center() / o.center() - 1) * 100;
        String verdict = "";
        Direction direction = Direction.of(pair.old().unit());
        if (significant && o.center() != n.center() && direction != Direction.UNKNOWN) {
            verdict = direction.isWorse(o.center(), n.center()) ? "worse" : "better";
        }
        return new Comparison(pair.key(), pair.old().unit(), o, n, Double.isFinite(change) ? change : Double.NaN, p,
                significant, verdict, List.copyOf(notes));
    }

    /** Whether this row is a significant change for the worse by more than {@code pct} percent. */
    boolean regressionBeyond(double pct) {
        return verdict.equals("worse") && (Double.isNaN(changePct) || Math.abs(changePct) > pct);
    }

    /** The smallest equal sample size whose U test can reach {@code alpha} (benchstat's hint). */
    static int samplesToDetect(double alpha) {
        int n = 1;
        while (MannWhitney.minimumP(n, n) > alpha) n++;
        return n;
    }
}
