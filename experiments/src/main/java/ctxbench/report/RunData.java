package ctxbench.report;

import com.google.gson.JsonObject;
import ctxbench.cli.BadInputException;
import ctxbench.cli.ErrorLine;
import ctxbench.goimport.GoBenchParser;
import ctxbench.goimport.GoNames;
import ctxbench.goimport.GoResult;
import ctxbench.results.GoToolchain;
import ctxbench.results.ModelDefaults;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultSet;
import ctxbench.results.RowSide;
import ctxbench.results.RunFolder;
import ctxbench.results.Series;
import ctxbench.results.SeriesKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Everything REPORT.md is generated from, read from one run folder ({@code docs/results-format.md})
 * before anything is written: the result rows and their raw samples, {@code env.json}, how JMH ran
 * each Java row ({@code jmh.json}), the iteration counts of the Go naive benchmarks
 * ({@code go-bench.txt}), and the names of the files in {@code charts/} and {@code hdr/}.
 * Only {@code results.csv} (or {@code jmh.json}) is required; the rest is used where present.
 */
final class RunData {
    /** The Go package of the naive benchmarks. */
    static final String GO_NAIVE_PACKAGE = GoNames.MODULE + "/naive";

    private final Path dir;
    /** Source name of the model's rows: Java rows whose Java-only parameters have the model's values. */
    static final String MODEL = "model";

    private final Map<SeriesKey, ResultRow> rows = new LinkedHashMap<>();
    private final Map<SeriesKey, SeriesKey> modelKeys = new LinkedHashMap<>();
    private final Map<SeriesKey, double[]> samples;
    /** Every row as the file has it, Go toolchains' labelled rows included, for {@link #findOn}. */
    private final Map<SeriesKey, ResultRow> allRows = new HashMap<>();
    private final Map<SeriesKey, double[]> rawSamples;
    /** Per {@link RowSide} ({@code SeriesKey.source} = its name): the parameters a row stands under on that side → its key. */
    private final Map<SeriesKey, SeriesKey> sideKeys = new HashMap<>();
    private final JsonObject env;
    private final JmhRuns jmhRuns;
    private final Map<String, GoRuns> goNaiveRuns;
    private final Set<String> charts;
    private final Set<String> hdrFiles;

    /**
     * What {@code go-bench.txt} says about one Go benchmark beyond its ns/op: b.N of each run and
     * ns/op × b.N, the elapsed time of the benchmark function's last call.
     *
     * @param iterations b.N of each {@code -count} run
     * @param elapsedNs  ns/op × b.N of each run
     */
    record GoRuns(long[] iterations, double[] elapsedNs) {
    }

    private RunData(Path dir, ResultSet results, JsonObject env, JmhRuns jmhRuns, Map<String, GoRuns> goNaiveRuns,
                    Set<String> charts, Set<String> hdrFiles) {
        this.dir = dir;
        for (ResultRow row : results.results()) {
            for (String name : RowSide.NAMES) {
                RowSide side = RowSide.named(name).orElseThrow();
                side.pairedParams(row.source(), row.params()).ifPresent(p -> sideKeys.putIfAbsent(
                        new SeriesKey(side.name(), row.suite(), row.benchmark(), p, row.metric()), row.key()));
            }
            // the report's Go columns are the default toolchain's (Go 1.19); rows of other
            // toolchains carry a label (GoToolchain) and are not among them
            if (row.source().equals("go") && !GoToolchain.label(row.params()).isEmpty()) continue;
            // timers=go1.19 is what every model row without the parameter ran with
            ResultRow r = row.withParams(GoToolchain.withoutDefaultTimers(row.params()));
            rows.putIfAbsent(r.key(), r);
            if (r.source().equals("java")) {
                ModelDefaults.goParams(r.params()).ifPresent(
                        goParams -> modelKeys.putIfAbsent(r.key().withSource(MODEL).withParams(goParams), r.key()));
            }
        }
        this.samples = new HashMap<>();
        results.samplesByKey().forEach((k, v) -> samples.putIfAbsent(k.withParams(GoToolchain.withoutDefaultTimers(k.params())), v));
        results.results().forEach(r -> allRows.put(r.key(), r));
        this.rawSamples = results.samplesByKey();
        this.env = env;
        this.jmhRuns = jmhRuns;
        this.goNaiveRuns = goNaiveRuns;
        this.charts = charts;
        this.hdrFiles = hdrFiles;
    }

    /**
     * Reads the run folder {@code dir}.
     *
     * @throws BadInputException when it is not a run folder, a file is malformed, or it has no result rows
     */
    static RunData load(Path dir) throws BadInputException {
        if (!Files.exists(dir)) throw new BadInputException(dir + ": no such run folder");
        if (!Files.isDirectory(dir)) throw new BadInputException(dir + ": not a run folder (give the folder results/<run-id>)");
        try {
            // the real path, so that a link such as results/baseline names the run it points to
            Path abs = dir.toRealPath();
            ResultSet results = ResultSet.load(abs);
            if (results.results().isEmpty()) throw new BadInputException(dir + ": the run has no result rows");
            RunFolder run = RunFolder.at(abs);
            JmhRuns jmhRuns = Files.exists(run.jmhJson()) ? JmhRuns.read(run.jmhJson()) : JmhRuns.none();
            return new RunData(abs, results, run.hasEnv() ? run.readEnv() : null, jmhRuns, goNaiveRuns(run.goBenchTxt()),
                    names(run.charts()), names(run.hdr()));
        } catch (IOException e) {
            throw new BadInputException(ErrorLine.of(e));
        }
    }

    /** The run folder, absolute. */
    Path dir() {
        return dir;
    }

    /** The run id: the folder's name. */
    String id() {
        return dir.getFileName().toString();
    }

    /** env.json, or null when the run has none. */
    JsonObject env() {
        return env;
    }

    /** The threads of a Java row (1 when unknown). */
    int javaThreads(String benchmark, String params) {
        return jmhRuns.threads(benchmark, params);
    }

    /** How JMH ran a Java row, or null without jmh.json. */
    JmhRuns.Settings jmhSettings(String benchmark, String params) {
        return jmhRuns.of(benchmark, params);
    }

    /** The Go naive benchmark's runs from go-bench.txt ({@code Naive.beforeOnce}, ...), or null. */
    GoRuns goNaiveRuns(String benchmark) {
        return goNaiveRuns.get(benchmark);
    }

    /** Whether {@code charts/} holds a file of this name. */
    boolean hasChart(String file) {
        return charts.contains(file);
    }

    /** The names of the files in {@code hdr/}, sorted. */
    Set<String> hdrFiles() {
        return hdrFiles;
    }

    /**
     * The measure of one series, or null when the run does not have it. Source {@code java} or
     * {@code go} finds the row with exactly these params; source {@link #MODEL} finds the Java row
     * that stands beside the Go row with these params ({@link ModelDefaults}: the Java-only
     * parameters at the model's values, e.g. {@code queue=go-heap}, {@code impl=model},
     * {@code sched=go}).
     *
     * @param params canonical params ({@link #params})
     */
    Series find(String source, String suite, String benchmark, String params, String metric) {
        SeriesKey key = new SeriesKey(source, suite, benchmark, params, metric);
        if (source.equals(MODEL)) key = modelKeys.get(key);
        ResultRow r = key == null ? null : rows.get(key);
        if (r == null) return null;
        return Series.of(r.unit(), r.score(), samples.getOrDefault(key, new double[0]));
    }

    /**
     * The measure of one series on one side of the comparison of Go versions and timer modes
     * ({@link RowSide}: {@code go1.21}, {@code go1.23-new}, {@code java-go1.23}, ...), found by the
     * parameters the side strips its rows to (e.g. {@code variant=after}); null when the run has
     * no such row.
     */
    Series findOn(RowSide side, String suite, String benchmark, String params, String metric) {
        SeriesKey key = sideKeys.get(new SeriesKey(side.name(), suite, benchmark, params, metric));
        ResultRow r = key == null ? null : allRows.get(key);
        if (r == null) return null;
        return Series.of(r.unit(), r.score(), rawSamples.getOrDefault(key, new double[0]));
    }

    /**
     * The params of the Java row that {@link #find} finds for source {@link #MODEL} and these
     * Go-side params (e.g. {@code concurrency=40;sched=go} for {@code concurrency=40}), or null.
     */
    String modelJavaParams(String suite, String benchmark, String params, String metric) {
        SeriesKey key = modelKeys.get(new SeriesKey(MODEL, suite, benchmark, params, metric));
        return key == null ? null : key.params();
    }

    /** The rows of one benchmark of one source, in file order. */
    List<ResultRow> rows(String source, String suite, String benchmark) {
        List<ResultRow> out = new ArrayList<>();
        for (ResultRow r : rows.values()) {
            if (r.source().equals(source) && r.suite().equals(suite) && r.benchmark().equals(benchmark)) out.add(r);
        }
        return out;
    }

    /** Every row of a suite and source, in file order. */
    List<ResultRow> suiteRows(String source, String suite) {
        List<ResultRow> out = new ArrayList<>();
        for (ResultRow r : rows.values()) if (r.source().equals(source) && r.suite().equals(suite)) out.add(r);
        return out;
    }

    /** Whether any row (of any source) belongs to this suite and benchmark. */
    boolean has(String suite, String benchmark) {
        for (SeriesKey k : rows.keySet()) if (k.suite().equals(suite) && k.benchmark().equals(benchmark)) return true;
        return false;
    }

    /**
     * The Java row of the model on its own goroutine scheduler: the row with these params and
     * {@code sched=go}, or, in a run made before the suites had {@code sched} (their rows ran on
     * virtual threads), the row with these params alone; null if neither is there.
     */
    Series findOnGoScheduler(String suite, String benchmark, String params, String metric) {
        Series m = find("java", suite, benchmark, withParam(params, "sched", "go"), metric);
        return m != null ? m : find("java", suite, benchmark, params, metric);
    }

    /** Canonical params from {@code key, value, key, value, ...}. */
    static String params(String... keyValues) {
        Map<String, String> m = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) m.put(keyValues[i], keyValues[i + 1]);
        return Params.canonical(m);
    }

    /** Canonical params {@code params} with {@code key} set to {@code value}. */
    static String withParam(String params, String key, String value) {
        Map<String, String> m = new TreeMap<>(Params.parse(params));
        m.put(key, value);
        return Params.canonical(m);
    }

    /** Canonical params {@code params} without {@code key}. */
    static String withoutParam(String params, String key) {
        Map<String, String> m = new TreeMap<>(Params.parse(params));
        m.remove(key);
        return Params.canonical(m);
    }

    private static Map<String, GoRuns> goNaiveRuns(Path file) throws IOException {
        Map<String, GoRuns> out = new TreeMap<>();
        if (!Files.exists(file)) return out;
        List<GoResult> naive = GoBenchParser.parse(file).results().stream()
                .filter(r -> r.pkg().equals(GO_NAIVE_PACKAGE) && r.values().containsKey("ns/op")).toList();
        // go-bench.sh appends a block per go test run; as for its rows, the last block of the package wins.
        int lastBlock = naive.stream().mapToInt(GoResult::block).max().orElse(-1);
        Map<String, List<GoResult>> byName = new TreeMap<>();
        for (GoResult r : naive) {
            if (r.block() == lastBlock) byName.computeIfAbsent(GoNames.of(r.pkg(), r.name()).benchmark(), k -> new ArrayList<>()).add(r);
        }
        byName.forEach((name, results) -> out.put(name, new GoRuns(
                results.stream().mapToLong(GoResult::iterations).toArray(),
                results.stream().mapToDouble(r -> r.values().get("ns/op") * r.iterations()).toArray())));
        return out;
    }

    private static Set<String> names(Path folder) throws IOException {
        Set<String> names = new TreeSet<>();
        if (!Files.isDirectory(folder)) return names;
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        return names;
    }
}
