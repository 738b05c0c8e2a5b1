package ctxbench.compare;

import ctxbench.cli.ErrorLine;
import ctxbench.results.ResultSet;
import ctxbench.results.SeriesKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * {@code scripts/compare.sh}: benchstat's comparison for ctxbench result files. Reads two inputs
 * (run folders, results.csv, JMH JSON or CSV) or one run with {@code --sources java,go}, and prints
 * per benchmark and metric the old and new medians with 95% intervals, the change, the U test's
 * p-value ({@code ~} when not significant), geomean rows per suite and unit and per unit over all
 * suites, and the series on one side only.
 * It never writes a file. Exit status: 0 done, 2 bad input or usage (one line on stderr,
 * {@code compare: <what is wrong>}), 3 a significant regression beyond {@code --fail-on-regression}.
 */
public final class Compare {
    /** Exit status for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit status for a significant regression beyond {@code --fail-on-regression}. */
    public static final int REGRESSION = 3;

    private Compare() {
    }

    /** Runs compare and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** Runs compare with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Report report;
        CompareOptions options;
        try {
            options = CompareOptions.parse(args);
            if (options.help()) {
                out.print(CompareOptions.USAGE);
                return 0;
            }
            report = report(options);
        } catch (CompareException | IOException e) {
            err.println("compare: " + ErrorLine.of(e));
            return BAD_INPUT;
        }
        out.print(options.format() == CompareOptions.Format.CSV ? CsvReport.render(report) : TextReport.render(report));
        if (Double.isNaN(options.failOnRegression())) return 0;
        List<Comparison> regressions = report.regressionsBeyond(options.failOnRegression());
        for (Comparison c : regressions) {
            err.println("compare: significant regression beyond " + TextReport.number(options.failOnRegression()) + "%: "
                    + c.key().suite() + "/" + c.key().label() + " " + TextReport.percent(c.changePct())
                    + " (p=" + String.format(Locale.ROOT, "%.3f", c.p()) + ")");
        }
        return regressions.isEmpty() ? 0 : REGRESSION;
    }

    private static Report report(CompareOptions options) throws CompareException, IOException {
        Predicate<SeriesKey> filter = options.filter() == null ? k -> true
                : k -> options.filter().matcher(k.suite() + "/" + k.benchmark() + "/" + k.params() + "/" + k.metric()).find();
        if (!options.sources().isEmpty()) {
            ResultSet run = load(options.inputs().get(0));
            Pairing pairing = Pairing.bySource(Side.of(run, filter), options.sources().get(0), options.sources().get(1));
            checkMatched(options, pairing);
            String label = run.origin().toString();
            return Report.of(options.sources().get(0), label + " (" + options.sources().get(0) + " rows)",
                    options.sources().get(1), label + " (" + options.sources().get(1) + " rows)", pairing, options.alpha());
        }
        ResultSet old = load(options.inputs().get(0));
        ResultSet current = load(options.inputs().get(1));
        Map<SeriesKey, Series> oldSeries = Side.of(old, filter);
        Map<SeriesKey, Series> newSeries = Side.of(current, filter);
        Pairing pairing = Pairing.sameKeys(oldSeries, newSeries);
        checkMatched(options, pairing);
        return Report.of("old", old.origin().toString(), "new", current.origin().toString(), pairing, options.alpha());
    }

    private static ResultSet load(Path path) throws IOException, CompareException {
        ResultSet set = ResultSet.load(path);
        if (set.results().isEmpty()) throw new CompareException(path + ": no result rows");
        return set;
    }

    private static void checkMatched(CompareOptions options, Pairing pairing) throws CompareException {
        if (options.filter() != null && pairing.pairs().isEmpty() && pairing.onlyOld().isEmpty()
                && pairing.onlyNew().isEmpty()) {
            throw new CompareException("no series matches --filter " + options.filter().pattern());
        }
    }
}
