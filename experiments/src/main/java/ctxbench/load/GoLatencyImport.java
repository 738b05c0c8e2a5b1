package ctxbench.load;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.cli.RunDirOption;
import ctxbench.results.DecimalText;
import ctxbench.results.GoToolchain;
import ctxbench.results.MalformedResultsException;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.results.RunFolder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Brings the Go load generator's latencies ({@code experiments/go/load}) into a run folder beside
 * the Java ones, so both get the same percentile charts and rows.
 *
 * <p>Input: {@code RUN/hdr/<variant>-go.lat}, as {@code scripts/go-bench.sh --load} writes them:
 * header lines starting with {@code #} holding {@code key=value} words (the generator writes
 * {@code variant}, {@code rate}, {@code slow}, {@code achieved_rate} and more; words without
 * {@code =} are ignored), then one latency per line, a whole number of microseconds measured from
 * the request's intended start. Blank lines are ignored; anything else is an error naming the file
 * and line.
 *
 * <p>Output, per file: {@code hdr/<variant>-go.hgrm} (the same percentile distribution, in µs, as
 * the Java runs' files; values are recorded as nanoseconds, µs × 1000, so both histograms have the
 * same precision) and rows {@code source=go}, {@code suite=load},
 * {@code benchmark=SeedLoad.openLoop}, params {@code rate}, {@code slow}, {@code variant} (Go rows
 * have no {@code queue}: docs/results-format.md matches them to {@code queue=go-heap}), metrics
 * {@code p50}, {@code p99}, {@code p999}, {@code max} ({@code us}) and, when the header has
 * {@code achieved_rate}, {@code rate} ({@code req/s}). The generator's {@code peak_heap_alloc} is
 * not the heap after GC and Go reports no live-timer count, so neither becomes a row. Every file
 * is read before anything is written; rows merge into results.csv as {@link LoadRows#merge} does.
 *
 * <pre>GoLatencyImport --run-dir DIR</pre>
 * Exit status ({@link Exit}): 0 done (also when there is no {@code .lat} file: nothing to do), 1 a file
 * cannot be read or written, 2 bad arguments or a malformed {@code .lat} file (nothing written). Errors are one line on stderr:
 * {@code load: <what>}.
 */
@Command(name = "go-import", description = "Imports the Go load generator's RUN/hdr/*-go.lat files into the run folder.")
public final class GoLatencyImport implements Callable<Integer> {
    /** The tool on its own (load.sh runs it as {@code LoadCli go-import}): a malformed {@code .lat} file is bad input. */
    public static final CliTool.Entry TOOL = CliTool.named("load").badInput(MalformedResultsException.class).entry(GoLatencyImport::new);

    /** The suffix of the Go generator's files in {@code hdr/}. */
    public static final String SUFFIX = "-go.lat";
    /** A Go load file's name: variant, then the release and {@code -new} of a toolchain other than the default. */
    private static final Pattern FILE_NAME = Pattern.compile("(.+)-go(?:(\\d+\\.\\d+)(-new)?)?\\.lat");

    @Mixin
    CliCommand cli;

    @Mixin
    RunDirOption run;

    /**
     * One parsed {@code .lat} file.
     *
     * @param variant   the seed variant (from the file name, checked against the header)
     * @param stem      the file name without {@code .lat}, also the {@code .hgrm}'s
     * @param toolchain the label of the toolchain that made it ({@link GoToolchain}; empty for the default)
     * @param header    the header's {@code key=value} words, in order
     * @param nanos     the latencies, ns
     */
    public record LatFile(String variant, String stem, String toolchain, Map<String, String> header, Histogram nanos) {
        /**
         * The rows' parameters: {@code rate}, {@code slow}, {@code variant}, numbers as the Java rows
         * write them, and the toolchain's label.
         */
        String params() {
            return GoToolchain.withLabel(Params.canonical(Map.of("variant", variant, "rate", header.get("rate"), "slow", header.get("slow"))),
                    toolchain);
        }

        /** The rows of this file. */
        List<ResultRow> rows() {
            List<ResultRow> rows = new ArrayList<>(LoadRows.latency(LoadRows.GO, SeedLoad.BENCHMARK, params(), nanos));
            if (header.containsKey("achieved_rate")) {
                rows.add(LoadRows.row(LoadRows.GO, SeedLoad.BENCHMARK, params(), "rate", "req/s",
                        DecimalText.parse(header.get("achieved_rate"))));
            }
            return rows;
        }
    }

    /** Command-line entry point; see the class comment. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Override
    public Integer call() throws IOException, BadInputException {
        for (LatFile f : importAll(run.existing())) {
            cli.out().println("load: Go " + f.variant() + ": " + f.nanos().getTotalCount() + " requests, "
                    + Summaries.percentiles(f.nanos()));
        }
        return Exit.OK;
    }

    /** Imports every {@code hdr/*-go.lat} of {@code run} (see the class comment); returns what was imported, by file name. */
    public static List<LatFile> importAll(Path run) throws IOException {
        List<LatFile> files = new ArrayList<>();
        for (Path p : latFiles(RunFolder.at(run).hdr())) {
            files.add(parse(p));
        }
        List<ResultRow> rows = new ArrayList<>();
        for (LatFile f : files) {
            HdrFiles.writeHgrm(run, f.stem(), f.nanos());
            rows.addAll(f.rows());
        }
        if (!rows.isEmpty()) {
            LoadRows.merge(run, rows);
        }
        return files;
    }

    private static List<Path> latFiles(Path hdr) throws IOException {
        if (!Files.isDirectory(hdr)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(hdr)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".lat") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /**
     * Reads one {@code <variant>-go.lat} file, or {@code <variant>-go<release>[-new].lat} of another
     * toolchain ({@code after-go1.23-new.lat}: Go 1.23 with its new timers).
     */
    public static LatFile parse(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher m = FILE_NAME.matcher(name);
        if (!m.matches()) {
            throw new MalformedResultsException(file, "not a <variant>" + SUFFIX + " file");
        }
        String variant = m.group(1);
        String release = m.group(2);
        String timers = m.group(3) == null ? GoToolchain.DEFAULT_TIMERS : "go1.23";
        String toolchain = release == null ? "" : GoToolchain.GO + "=" + release + ";" + GoToolchain.TIMERS + "=" + timers;
        Map<String, String> header = new LinkedHashMap<>();
        Histogram nanos = new Histogram(3);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("#")) {
                for (String word : line.substring(1).trim().split("\\s+")) {
                    int eq = word.indexOf('=');
                    if (eq > 0) {
                        header.put(word.substring(0, eq), word.substring(eq + 1));
                    }
                }
            } else if (!line.isEmpty()) {
                nanos.recordValue(micros(file, i + 1, line) * 1000);
            }
        }
        if (nanos.getTotalCount() == 0) {
            throw new MalformedResultsException(file, "no latencies (one whole number of microseconds per line expected)");
        }
        if (header.containsKey("variant") && !header.get("variant").equals(variant)) {
            throw new MalformedResultsException(file, "header says variant=" + header.get("variant") + " but the file is named for " + variant);
        }
        for (String key : List.of("rate", "slow")) {
            if (!header.containsKey(key)) {
                throw new MalformedResultsException(file, "header lacks " + key + "=");
            }
            header.put(key, number(file, key, header.get(key)));
        }
        if (header.containsKey("achieved_rate")) {
            number(file, "achieved_rate", header.get("achieved_rate"));
        }
        if (header.containsKey(GoToolchain.TIMERS) && !header.get(GoToolchain.TIMERS).equals(timers)) {
            throw new MalformedResultsException(file, "header says timers=" + header.get(GoToolchain.TIMERS)
                    + " but the file is named for timers=" + timers);
        }
        return new LatFile(variant, name.substring(0, name.length() - ".lat".length()), toolchain, header, nanos);
    }

    private static long micros(Path file, int line, String text) throws MalformedResultsException {
        if (!text.matches("\\d{1,15}")) {
            throw new MalformedResultsException(file, line, "'" + text + "' is not a whole number of microseconds");
        }
        return Long.parseLong(text);
    }

    /** The header's number in the form the Java rows use ({@code 1000}, {@code 0.01}). */
    private static String number(Path file, String key, String text) throws MalformedResultsException {
        try {
            double v = DecimalText.parse(text);
            if (!Double.isFinite(v) || v < 0) {
                throw new NumberFormatException(text);
            }
            return DecimalText.format(v);
        } catch (NumberFormatException e) {
            throw new MalformedResultsException(file, "header " + key + "=" + text + " is not a number");
        }
    }
}
