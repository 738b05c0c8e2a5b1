package ctxbench.report;

import ctxbench.results.Series;
import ctxbench.stats.MannWhitney;

/**
 * How many times {@code a} is {@code b}: the ratio of the two medians, an interval for it, and
 * whether the two differ significantly. The method, as REPORT.md states it:
 * <ul>
 *   <li>point: {@code median(a) / median(b)};</li>
 *   <li>interval: from the two distribution-free 95% median intervals,
 *       {@code [lo(a)/hi(b), hi(a)/lo(b)]}. Both intervals hold their medians together with
 *       probability at least 90% (Bonferroni), and then the ratio lies in this range, so its
 *       coverage is at least 90% and in practice more; none when either side has too few samples;</li>
 *   <li>significance: the two-sided Mann-Whitney U test on the raw samples at
 *       {@link #ALPHA}, as {@code scripts/compare.sh} uses it; none ("untested") without samples on
 *       both sides or when the samples are too few for any outcome to reach α (e.g. 3 against 3).</li>
 * </ul>
 * Time units are compared in nanoseconds; other units must be equal.
 *
 * @param value  the ratio of the medians
 * @param lo     lower end of the interval, NaN when there is none
 * @param hi     upper end of the interval, NaN when there is none
 * @param p      the U test's p-value, NaN when there is no test (see {@link #tested()})
 */
record Ratio(double value, double lo, double hi, double p) {
    /** The significance level of the U test. */
    static final double ALPHA = 0.05;

    /**
     * The ratio of {@code a} to {@code b}.
     *
     * @throws IllegalArgumentException when the units cannot be compared
     */
    static Ratio of(Series a, Series b) {
        boolean time = a.isTime() && b.isTime();
        if (!time && !a.unit().equals(b.unit())) {
            throw new IllegalArgumentException("cannot compare " + a.unit() + " with " + b.unit());
        }
        Series.Center ca = time ? a.nanos() : a.center();
        Series.Center cb = time ? b.nanos() : b.center();
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (ca.hasInterval() && cb.hasInterval() && cb.lo() > 0) {
            lo = ca.lo() / cb.hi();
            hi = ca.hi() / cb.lo();
        }
        double p = Double.NaN;
        int n1 = a.samples().length;
        int n2 = b.samples().length;
        if (n1 > 0 && n2 > 0 && MannWhitney.minimumP(n1, n2) <= ALPHA) {
            p = MannWhitney.test(time ? a.samplesNanos() : a.samples(), time ? b.samplesNanos() : b.samples()).p();
        }
        return new Ratio(ca.median() / cb.median(), lo, hi, p);
    }

    /** Whether an interval exists. */
    boolean hasInterval() {
        return !Double.isNaN(lo);
    }

    /** Whether there is a test: samples on both sides, enough of them for a significant outcome to be possible. */
    boolean tested() {
        return !Double.isNaN(p);
    }

    /** Whether the difference is significant at {@link #ALPHA}. */
    boolean significant() {
        return p <= ALPHA;
    }

    /**
     * The comparison in words, for a lower-is-better quantity such as time per request:
     * {@code slower than}, {@code faster than}, {@code not measurably different from}; without a
     * test the direction of the medians with {@code (untested)}.
     */
    String timeVerdict() {
        return verdict("slower", "faster");
    }

    /** As {@link #timeVerdict()} with other words: {@code more than}/{@code less than} etc. */
    String verdict(String greater, String smaller) {
        if (!Double.isFinite(value)) return "not comparable with";
        if (!tested()) {
            if (value == 1) return "equal (untested) to";
            return (value > 1 ? greater : smaller) + " (untested) than";
        }
        if (!significant() || value == 1) return "not measurably different from";
        return (value > 1 ? greater : smaller) + " than";
    }
}
