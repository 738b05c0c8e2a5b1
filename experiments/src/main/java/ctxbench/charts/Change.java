package ctxbench.charts;

import ctxbench.stats.MedianInterval;

/**
 * The change of one series between two runs, in percent, for the change chart: the change of the
 * medians of the raw samples, with the range of changes the two 95% median intervals allow
 * ({@code new.lo/old.hi - 1} to {@code new.hi/old.lo - 1}, conservative); without samples, the change
 * of the scores and no interval.
 *
 * @param pct the change, {@code (new/old - 1) · 100}
 * @param lo  lower end of its interval, NaN when there is none
 * @param hi  upper end of its interval, NaN when there is none
 */
record Change(double pct, double lo, double hi) {

    /** The change from old to new, or null when the old centre is 0 (no relative change). */
    static Change of(double[] oldSamples, double oldScore, double[] newSamples, double newScore) {
        if (oldSamples.length == 0 || newSamples.length == 0) {
            return oldScore == 0 ? null : new Change((newScore / oldScore - 1) * 100, Double.NaN, Double.NaN);
        }
        MedianInterval o = MedianInterval.of(oldSamples, 0.95);
        MedianInterval n = MedianInterval.of(newSamples, 0.95);
        if (o.median() == 0) return null;
        double pct = (n.median() / o.median() - 1) * 100;
        if (!o.hasInterval() || !n.hasInterval() || !(o.lo() > 0)) return new Change(pct, Double.NaN, Double.NaN);
        return new Change(pct, (n.lo() / o.hi() - 1) * 100, (n.hi() / o.lo() - 1) * 100);
    }
}
