package ctxbench.compare;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.results.ResultSet;
import ctxbench.results.RowSide;
import ctxbench.results.Series;
import ctxbench.results.SeriesKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/compare.sh}: benchstat's comparison for ctxbench result files. Reads two inputs
 * (run folders, results.csv, JMH JSON or CSV) or one run with {@code --sources java,go}, and prints
 * per benchmark and metric the old and new medians with 95% intervals, the change, the U test's
 * p-value ({@code ~} when not significant), geomean rows per suite and unit and per unit over all
 * suites, and the series on one side only.
 * It never writes a file. Exit status: 0 done, 2 bad input or usage (one line on stderr,
 * {@code compare: <what is wrong>}), 3 a significant regression beyond {@code --fail-on-regression}
 * ({@link Exit}).
 */
@Command(name = "compare.sh", sortOptions = false, synopsisHeading = "",
        customSynopsis = {"usage: compare.sh [options] OLD NEW", "       compare.sh [options] --sources java,go RUN"},
        description = {"OLD, NEW, RUN: a run folder, a results.csv, or JMH's own -rf json / -rf csv file.",
                "Per benchmark and metric: medians with 95%% confidence intervals, the change, and a two-sided "
                        + "Mann-Whitney U test on the raw samples; '~' marks a change that is not significant."},
        footer = "exit status: 0 done, 2 bad input or usage, 3 regression beyond --fail-on-regression")
public final class Compare implements Callable<Integer> {
    /** The tool: an unreadable or malformed input is bad input. */
    public static final CliTool.Entry TOOL = CliTool.named("compare").badInput(IOException.class).entry(Compare::new);

    @Mixin
    CliCommand cli;

    @Parameters(paramLabel = "INPUT", description = "OLD and NEW, or the one RUN of --sources.")
    List<Path> inputs = new ArrayList<>();

    /** {@code --format csv} rather than {@code text}. */
    boolean csv;

    /** {@code --filter}; null: every series. */
    Pattern filter;

    /** {@code --alpha}: the significance level. */
    double alpha;

    /** {@code --fail-on-regression}, percent; NaN when not given. */
    double failOn = Double.NaN;

    /** {@code --sources}: the two sides of one run; empty when comparing OLD and NEW. */
    List<RowSide> sides = List.of();

    @Option(names = "--format", paramLabel = "text|csv", defaultValue = "text",
            description = "Aligned table (default) or CSV.")
    void format(String text) throws BadInputException {
        csv = switch (text) {
            case "text" -> false;
            case "csv" -> true;
            default -> throw new BadInputException("--format must be text or csv, not '" + text + "'");
        };
    }

    @Option(names = "--filter", paramLabel = "REGEX",
            description = "Only series whose suite/Class.method/params/metric contains a match.")
    void filter(String regex) throws BadInputException {
        try {
            filter = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new BadInputException("--filter: bad regular expression '" + regex + "': " + e.getDescription());
        }
    }

    @Option(names = "--alpha", paramLabel = "A", defaultValue = "0.05",
            description = "Significance level, 0 < A < 1 (default: ${DEFAULT-VALUE}).")
    void alpha(String text) throws BadInputException {
        alpha = number("--alpha", text);
        if (!(alpha > 0 && alpha < 1)) throw new BadInputException("--alpha must be between 0 and 1, not " + text);
    }

    @Option(names = "--fail-on-regression", paramLabel = "PCT",
            description = "Exit 3 when a significant change for the worse exceeds PCT percent.")
    void failOnRegression(String text) throws BadInputException {
        failOn = number("--fail-on-regression", text);
        if (!(failOn >= 0) || Double.isInfinite(failOn)) {
            throw new BadInputException("--fail-on-regression must be a percentage >= 0, not " + text);
        }
    }

    @Option(names = "--sources", paramLabel = "A,B",
            description = "One RUN: side A's rows against side B's; a side is java (the model, model-default parameters), "
                    + "java-go1.23 (the model's timers=go1.23 mode), go or go1.19, go1.21, go1.23 (Go 1.23, the mirror's go 1.19 "
                    + "module: old timers) or go1.23-new (Go 1.23's new timers).")
    void sources(String value) throws BadInputException {
        String[] parts = value.split(",", -1);
        if (parts.length != 2 || parts[0].equals(parts[1]) || RowSide.named(parts[0]).isEmpty() || RowSide.named(parts[1]).isEmpty()) {
            throw new BadInputException("--sources needs two different sides from " + String.join(", ", RowSide.NAMES)
                    + " (e.g. java,go), not '" + value + "'");
        }
        sides = List.of(RowSide.named(parts[0]).orElseThrow(), RowSide.named(parts[1]).orElseThrow());
    }

    /** Runs compare and exits with its status. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Override
    public Integer call() throws BadInputException, IOException {
        int expected = sides.isEmpty() ? 2 : 1;
        if (inputs.size() != expected) {
            throw new BadInputException(sides.isEmpty()
                    ? "expected OLD and NEW (got " + inputs.size() + " inputs; see --help)"
                    : "--sources compares within one RUN (got " + inputs.size() + " inputs)");
        }
        CompareResult report = report();
        PrintWriter out = cli.out();
        out.print(csv ? CsvReport.render(report) : TextReport.render(report));
        out.flush();
        if (Double.isNaN(failOn)) return Exit.OK;
        List<Comparison> regressions = report.regressionsBeyond(failOn);
        for (Comparison c : regressions) {
            cli.err().println("compare: significant regression beyond " + TextReport.number(failOn) + "%: "
                    + c.key().suite() + "/" + c.key().label() + " " + TextReport.percent(c.changePct())
                    + " (p=" + String.format(Locale.ROOT, "%.3f", c.p()) + ")");
        }
        return regressions.isEmpty() ? Exit.OK : Exit.REGRESSION;
    }

    private CompareResult report() throws BadInputException, IOException {
        Predicate<SeriesKey> keep = filter == null ? k -> true
                : k -> filter.matcher(k.suite() + "/" + k.benchmark() + "/" + k.params() + "/" + k.metric()).find();
        if (!sides.isEmpty()) {
            ResultSet run = load(inputs.get(0));
            Pairing pairing = Pairing.bySide(Side.of(run, keep), sides.get(0), sides.get(1));
            checkMatched(pairing);
            String label = run.origin().toString();
            String left = sides.get(0).name();
            String right = sides.get(1).name();
            return CompareResult.of(left, label + " (" + left + " rows)", right, label + " (" + right + " rows)", pairing, alpha);
        }
        ResultSet old = load(inputs.get(0));
        ResultSet current = load(inputs.get(1));
        Map<SeriesKey, Series> oldSeries = Side.of(old, keep);
        Map<SeriesKey, Series> newSeries = Side.of(current, keep);
        Pairing pairing = Pairing.sameKeys(oldSeries, newSeries);
        checkMatched(pairing);
        return CompareResult.of("old", old.origin().toString(), "new", current.origin().toString(), pairing, alpha);
    }

    private static ResultSet load(Path path) throws IOException, BadInputException {
        ResultSet set = ResultSet.load(path);
        if (set.results().isEmpty()) throw new BadInputException(path + ": no result rows");
        return set;
    }

    private void checkMatched(Pairing pairing) throws BadInputException {
        if (filter != null && pairing.pairs().isEmpty() && pairing.onlyOld().isEmpty() && pairing.onlyNew().isEmpty()) {
            throw new BadInputException("no series matches --filter " + filter.pattern());
        }
    }

    private static double number(String name, String value) throws BadInputException {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(name + " needs a number, not '" + value + "'");
        }
    }
}
