package ctxbench.report;

import ctxbench.stats.MedianInterval;

/**
 * One measured series as the report shows it: the median of the raw samples with its
 * distribution-free 95% interval ({@link MedianInterval}, benchstat's summary), or, for a row
 * without samples, its score alone. Time units are converted to nanoseconds so that rows measured
 * in {@code ns/op}, {@code us/op} or {@code ms/op} compare directly.
 *
 * @param unit    the row's unit, e.g. {@code ns/op}
 * @param score   the row's score (the mean)
 * @param samples the raw values (may be empty)
 */
record Measure(String unit, double score, double[] samples) {
    /** The confidence of the median interval. */
    static final double CONFIDENCE = 0.95;

    /** The median (or the score without samples), its interval ends (NaN without one) and n. */
    record Center(double median, double lo, double hi, int n) {
        /** Whether there is an interval. */
        boolean hasInterval() {
            return !Double.isNaN(lo);
        }
    }

    /** The median and interval in the row's unit. */
    Center center() {
        if (samples.length == 0) return new Center(score, Double.NaN, Double.NaN, 0);
        MedianInterval m = MedianInterval.of(samples, CONFIDENCE);
        return new Center(m.median(), m.lo(), m.hi(), m.n());
    }

    /** Whether the unit is a time (per operation or a latency), convertible to nanoseconds. */
    boolean isTime() {
        return nanosPer(unit) > 0;
    }

    /** The median and interval in nanoseconds; the unit must be a time. */
    Center nanos() {
        double f = nanosPer(unit);
        if (!(f > 0)) throw new IllegalStateException("unit " + unit + " is not a time");
        Center c = center();
        return new Center(c.median() * f, c.lo() * f, c.hi() * f, c.n());
    }

    /** The raw samples in nanoseconds (time units only). */
    double[] samplesNanos() {
        double f = nanosPer(unit);
        double[] out = new double[samples.length];
        for (int i = 0; i < out.length; i++) out[i] = samples[i] * f;
        return out;
    }

    /** Nanoseconds per unit for time units ({@code ns/op}, {@code us}, ...); 0 for any other unit. */
    static double nanosPer(String unit) {
        String base = unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit;
        return switch (base) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> 0;
        };
    }
}
