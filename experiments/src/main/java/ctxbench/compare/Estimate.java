package ctxbench.compare;

import ctxbench.results.Series;
import ctxbench.stats.MedianInterval;

/**
 * The centre and interval compare shows for one side of a row: the median of the raw samples with
 * its distribution-free 95% interval, or, without samples, the score alone.
 *
 * @param center the median (or the score when {@code n == 0})
 * @param lo     lower end of the interval, NaN when there is none
 * @param hi     upper end of the interval, NaN when there is none
 * @param n      how many samples (0 = none, the score is shown)
 */
record Estimate(double center, double lo, double hi, int n) {
    /** The confidence of the median interval, as benchstat's default. */
    static final double CONFIDENCE = 0.95;

    /** The estimate for a series. */
    static Estimate of(Series s) {
        if (s.samples().length == 0) return new Estimate(s.score(), Double.NaN, Double.NaN, 0);
        MedianInterval m = MedianInterval.of(s.samples(), CONFIDENCE);
        return new Estimate(m.median(), m.lo(), m.hi(), m.n());
    }

    /** Whether an interval exists. */
    boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /** Half the interval's width as a share of the centre's magnitude, the larger side ({@code ± x%}). */
    double relativeHalfWidth() {
        return Math.max(hi - center, center - lo) / Math.abs(center);
    }
}
