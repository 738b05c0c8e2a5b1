package ctxbench.results;

import ctxbench.stats.MedianInterval;

/**
 * One measured series as compare and the report see it: its key, unit, the score from
 * {@code results.csv} (the mean) and the raw samples behind it (empty when the input has none, e.g.
 * JMH's CSV), with benchstat's summary: the median of the samples and its distribution-free 95%
 * interval ({@link MedianInterval}), or the score alone without samples.
 *
 * @param key     the series' identity; null for one derived from others (e.g. per thread)
 * @param unit    the row's unit, e.g. {@code ns/op}
 * @param score   the row's score
 * @param samples the raw values (may be empty)
 */
public record Series(SeriesKey key, String unit, double score, double[] samples) {
    /** The confidence of the median interval. */
    public static final double CONFIDENCE = 0.95;

    /** A series that is no row of a result set: derived from others, or made for a test. */
    public static Series of(String unit, double score, double[] samples) {
        return new Series(null, unit, score, samples);
    }

    /**
     * The median (or the score without samples), its interval ends (NaN without one) and n.
     *
     * @param median the median
     * @param lo     the interval's lower end, NaN without an interval
     * @param hi     the interval's upper end, NaN without an interval
     * @param n      how many samples
     */
    public record Center(double median, double lo, double hi, int n) {
        /** Whether there is an interval. */
        public boolean hasInterval() {
            return !Double.isNaN(lo);
        }
    }

    /** The median and interval in the series' unit. */
    public Center center() {
        if (samples.length == 0) return new Center(score, Double.NaN, Double.NaN, 0);
        MedianInterval m = MedianInterval.of(samples, CONFIDENCE);
        return new Center(m.median(), m.lo(), m.hi(), m.n());
    }

    /** Whether the unit is a time (per operation or a latency), convertible to nanoseconds. */
    public boolean isTime() {
        return Units.nanosPer(unit) > 0;
    }

    /** The median and interval in nanoseconds; the unit must be a time. */
    public Center nanos() {
        double f = Units.nanosPer(unit);
        if (!(f > 0)) throw new IllegalStateException("unit " + unit + " is not a time");
        Center c = center();
        return new Center(c.median() * f, c.lo() * f, c.hi() * f, c.n());
    }

    /** The raw samples in nanoseconds (time units only). */
    public double[] samplesNanos() {
        double f = Units.nanosPer(unit);
        double[] out = new double[samples.length];
        for (int i = 0; i < out.length; i++) out[i] = samples[i] * f;
        return out;
    }

    /** This series in {@code other}, a unit {@code factor} times this one's (score and samples scaled alike). */
    public Series in(String other, double factor) {
        double[] scaled = samples.clone();
        for (int i = 0; i < scaled.length; i++) scaled[i] *= factor;
        return new Series(key, other, score * factor, scaled);
    }
}
