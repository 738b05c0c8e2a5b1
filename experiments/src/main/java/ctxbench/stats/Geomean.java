package ctxbench.stats;

/** The geometric mean, the summary benchstat gives for a column of ratios. */
public final class Geomean {
    private Geomean() {
    }

    /**
     * {@code exp(mean(ln v))} of positive values.
     *
     * @throws IllegalArgumentException for no values or a value that is not positive and finite
     */
    public static double of(double[] v) {
        if (v.length == 0) throw new IllegalArgumentException("no values");
        double sum = 0;
        for (double x : v) {
            if (!(x > 0) || Double.isInfinite(x)) throw new IllegalArgumentException("geomean of " + x);
            sum += Math.log(x);
        }
        return Math.exp(sum / v.length);
    }
}
