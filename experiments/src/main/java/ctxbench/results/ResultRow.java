package ctxbench.results;

/**
 * One row of {@code results.csv}: the summary of one benchmark, parameter set and metric
 * (see {@code docs/results-format.md}).
 *
 * @param source    {@code java} or {@code go}
 * @param suite     the suite, e.g. {@code seed}
 * @param benchmark {@code Class.method}
 * @param params    canonical parameters (see {@link Params#canonical})
 * @param metric    {@code time}, {@code alloc}, ... (see the format)
 * @param unit      the unit of {@code score} and {@code error}, e.g. {@code ns/op}
 * @param score     the mean over the samples (JMH's score)
 * @param error     half-width of the 99.9% confidence interval of the mean; {@code NaN} = none
 * @param samples   how many raw values stand behind the score
 */
public record ResultRow(String source, String suite, String benchmark, String params, String metric,
                        String unit, double score, double error /* NaN = none */, int samples) {

    /** The identity of this row: everything but the numbers. */
    public SeriesKey key() {
        return new SeriesKey(source, suite, benchmark, params, metric);
    }

    /** This row with other parameters. */
    public ResultRow withParams(String other) {
        return new ResultRow(source, suite, benchmark, other, metric, unit, score, error, samples);
    }
}
