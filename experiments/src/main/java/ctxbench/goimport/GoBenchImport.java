package ctxbench.goimport;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.cli.RunDirOption;
import ctxbench.load.GoLatencyImport;
import ctxbench.results.AtomicFiles;
import ctxbench.results.MachineFacts;
import ctxbench.results.MalformedResultsException;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.results.SampleRow;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Converts {@code go test -bench} output into a run folder's result files with {@code source=go}
 * (used by {@code scripts/go-bench.sh}; see {@code experiments/go/README.md}).
 *
 * <pre>
 * GoBenchImport --run-dir DIR --input go-bench.txt [--mode new|into] [--lat-dir D] [env options]
 * GoBenchImport --run-dir DIR --env-only [--mode new|into] [--lat-dir D] [env options]
 *
 * env options: --go-version V --gomaxprocs N --profile P --count N --benchtime T --args TEXT
 *              --start ISO --end ISO --complete true|false --git-commit C --git-dirty true|false
 * </pre>
 * {@code --mode new} (default): {@code DIR} is a new Go-only run; {@code results.csv} and
 * {@code samples.csv} are created (never replacing existing files) and {@code env.json} gets the
 * machine, Go, git and run facts. {@code --mode into}: the Go rows are added to an existing
 * (published) run, as one merge ({@link RunFolder#stage}): rows of other sources and other suites
 * are kept as they are, earlier Go rows of the suites and toolchains in the input are replaced (a
 * Go 1.23 import keeps the Go 1.19 rows; see {@link ctxbench.results.GoToolchain}), only the
 * {@code "go"} object of {@code env.json} is set, the input is appended to {@code go-bench.txt}
 * (a block per run: later blocks of a suite win) and the Go load generator's files of
 * {@code --lat-dir} ({@code *.lat}, {@code *-timeseries.csv}) are added to {@code hdr/}. Every file is read and every new one written in a
 * staging folder first; then each is renamed into the run; on any failure the run is unchanged.
 * <p>
 * Exit status ({@link Exit}): 0 done; 1 the input could not be converted or a file could not be written;
 * 2 bad arguments, an input that is not {@code go test -bench} output or a malformed file in the
 * run folder (nothing written). Errors are one line on stderr: {@code go-bench: <what>}.
 */
@Command(name = "GoBenchImport", sortOptions = false, modelTransformer = GoEnvOptions.class,
        description = "Converts go test -bench output into a run folder's result files with source=go (scripts/go-bench.sh runs it).")
public final class GoBenchImport implements Callable<Integer> {
    /** The tool: a malformed file in the run folder is bad input; {@code --args TEXT} may look like an option. */
    public static final CliTool.Entry TOOL = (args, out, err) -> CliTool.named("go-bench").badInput(MalformedResultsException.class)
            .commandLine(new GoBenchImport(), out, err).setAllowOptionsAsOptionParameters(true).execute(args);

    @Mixin
    CliCommand cli;

    @Spec
    CommandSpec spec;

    @Mixin
    RunDirOption runDir;

    @Option(names = "--input", paramLabel = "FILE", description = "The go test -bench output.")
    Path input;

    @Option(names = "--env-only", description = "Write only env.json (no --input).")
    boolean envOnly;

    @Option(names = "--lat-dir", paramLabel = "D", description = "With --mode into: a folder of the Go load generator's files (*.lat, *-timeseries.csv) to add to hdr/.")
    Path latDir;

    @Option(names = "--mode", paramLabel = "new|into", defaultValue = "new",
            description = "new: DIR is a new Go-only run; into: the Go rows are added to an existing run (default: ${DEFAULT-VALUE}).")
    String mode;

    /** The checked command line, as {@link #run(Options)} takes it. */
    record Options(Path runDir, Path input, boolean into, boolean envOnly, Map<String, String> env, Path latDir) {
        /** The options without a folder of {@code .lat} files. */
        Options(Path runDir, Path input, boolean into, boolean envOnly, Map<String, String> env) {
            this(runDir, input, into, envOnly, env, null);
        }
    }

    /** What an import did, for the summary line and tests. */
    record Outcome(int results, int samples, Set<String> suites, List<String> failures, Set<String> skippedUnits) {
    }

    /** Command-line entry point. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Override
    public Integer call() throws IOException, BadInputException {
        Outcome o = run(options());
        if (o != null) {
            cli.out().println("go-bench: " + o.results() + " result rows, " + o.samples() + " samples, suites "
                    + o.suites() + (o.skippedUnits().isEmpty() ? "" : ", left out units " + o.skippedUnits()));
            for (String f : o.failures()) cli.err().println("go-bench: go test reported " + f);
        }
        return Exit.OK;
    }

    /** The options, checked. */
    Options options() throws BadInputException {
        if (!mode.equals("new") && !mode.equals("into")) throw new BadInputException("--mode must be new or into, not " + mode);
        if (!envOnly && input == null) throw new BadInputException("--input is required (or --env-only)");
        if (envOnly && input != null) throw new BadInputException("--env-only takes no --input");
        Map<String, String> env = GoEnvOptions.given(spec);
        if (latDir != null && !mode.equals("into")) throw new BadInputException("--lat-dir needs --mode into");
        if (latDir != null && !Files.isDirectory(latDir)) throw new BadInputException("--lat-dir " + latDir + " is not a folder");
        return new Options(runDir.existing(), input, mode.equals("into"), envOnly, env, latDir);
    }

    /** Runs one import; returns null for {@code --env-only}. */
    static Outcome run(Options o) throws IOException, BadInputException {
        if (!Files.isWritable(o.runDir())) throw new BadInputException("run folder " + o.runDir() + " is not writable");
        RunFolder run = RunFolder.at(o.runDir());
        // read every file first, so that a malformed one changes nothing
        Map<String, byte[]> latFiles = o.latDir() == null ? Map.of() : latFiles(o.latDir());
        if (o.envOnly()) {
            String env = envJson(o, null, null);
            write(o, target -> {
                AtomicFiles.write(target.envJson(), env, WriteMode.REPLACE);
                addLatFiles(target, latFiles);
            });
            return null;
        }
        if (!Files.isReadable(o.input())) throw new BadInputException("input " + o.input() + " cannot be read");
        GoBenchOutput out = GoBenchParser.parse(o.input());
        if (out.results().isEmpty() && out.packages().isEmpty() && out.failures().isEmpty()) {
            throw new BadInputException(o.input() + ": not go test -bench output (no result, pkg: or FAIL line)");
        }
        GoBenchConverter.Converted c;
        try {
            c = GoBenchConverter.convert(out);
        } catch (IllegalArgumentException e) {
            throw new IOException(o.input() + ": " + e.getMessage(), e);
        }
        String env = envJson(o, out, c);
        if (o.into()) {
            List<ResultRow> results = keptRows(Files.exists(run.resultsCsv()) ? ResultsCsv.readResults(run.resultsCsv()) : List.of(),
                    c.replaced(), ResultRow::source, r -> GoBenchConverter.Converted.replacedKey(r.suite(), r.params()));
            List<SampleRow> samples = keptRows(Files.exists(run.samplesCsv()) ? ResultsCsv.readSamples(run.samplesCsv()) : List.of(),
                    c.replaced(), SampleRow::source, r -> GoBenchConverter.Converted.replacedKey(r.suite(), r.params()));
            results.addAll(c.results());
            samples.addAll(c.samples());
            byte[] raw = concat(Files.exists(run.goBenchTxt()) ? Files.readAllBytes(run.goBenchTxt()) : new byte[0],
                    Files.readAllBytes(o.input()));
            write(o, target -> {
                ResultsCsv.writeSamples(target.samplesCsv(), samples, WriteMode.REPLACE);
                ResultsCsv.writeResults(target.resultsCsv(), results, WriteMode.REPLACE);
                AtomicFiles.write(target.goBenchTxt(), raw, WriteMode.REPLACE);
                AtomicFiles.write(target.envJson(), env, WriteMode.REPLACE);
                addLatFiles(target, latFiles);
            });
        } else {
            write(o, target -> {
                ResultsCsv.writeSamples(target.samplesCsv(), c.samples(), WriteMode.CREATE_NEW);
                ResultsCsv.writeResults(target.resultsCsv(), c.results(), WriteMode.CREATE_NEW);
                AtomicFiles.write(target.envJson(), env, WriteMode.REPLACE);
            });
        }
        return new Outcome(c.results().size(), c.samples().size(), c.suites(), out.failures(), c.skippedUnits());
    }

    /** Writes files into a run folder. */
    @FunctionalInterface
    private interface Writes {
        void into(RunFolder target) throws IOException;
    }

    /**
     * Runs {@code writes}, then turns the Go load experiment's {@code hdr/*.lat} files into their
     * {@code .hgrm} files and load rows ({@link GoLatencyImport}): for a new run directly into its
     * folder (which is not yet published), for {@code --mode into} into a staging folder committed
     * into the run as one merge.
     */
    private static void write(Options o, Writes writes) throws IOException {
        Writes withLatencies = target -> {
            writes.into(target);
            GoLatencyImport.importAll(target.dir()); // the load experiment's .lat files as .hgrm and load rows
        };
        if (!o.into()) {
            withLatencies.into(RunFolder.at(o.runDir()));
            return;
        }
        RunFolder.Merge merge = RunFolder.stage(o.runDir());
        try {
            withLatencies.into(merge.dir());
        } catch (IOException | RuntimeException e) {
            merge.discard();
            throw e;
        }
        merge.commit();
    }

    /** The Go load generator's files: latencies and memory time series, per variant and toolchain. */
    private static final java.util.regex.Pattern LOAD_FILE = java.util.regex.Pattern.compile(".+-go[0-9.]*(-new)?(\\.lat|-timeseries\\.csv)");

    /** The Go load generator's files in {@code dir} ({@code *.lat}, {@code *-timeseries.csv}), by name. */
    private static Map<String, byte[]> latFiles(Path dir) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> Files.isRegularFile(f) && LOAD_FILE.matcher(f.getFileName().toString()).matches()).toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void addLatFiles(RunFolder target, Map<String, byte[]> files) throws IOException {
        if (files.isEmpty()) return;
        Path hdr = Files.createDirectories(target.hdr());
        for (Map.Entry<String, byte[]> f : files.entrySet()) AtomicFiles.write(hdr.resolve(f.getKey()), f.getValue(), WriteMode.REPLACE);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The rows an import keeps: all but the Go rows of a suite and toolchain the import brings anew. */
    private static <R> List<R> keptRows(List<R> rows, Set<String> replaced,
                                        java.util.function.Function<R, String> source,
                                        java.util.function.Function<R, String> replacedKey) {
        List<R> kept = new ArrayList<>();
        for (R r : rows) {
            if (!(source.apply(r).equals(GoBenchConverter.SOURCE) && replaced.contains(replacedKey.apply(r)))) kept.add(r);
        }
        return kept;
    }

    /**
     * The text of env.json with the Go (and, for a new run, the machine and run) facts merged in.
     * Several imports into one run ({@code --mode into}: other suites, other toolchains, the load
     * experiment) accumulate: {@code packages}, {@code suites} and {@code toolchains} are the union
     * over the imports, {@code runs} lists each import's arguments, start, end, profile, suites and
     * toolchains; the other fields are the last import's.
     */
    private static String envJson(Options o, GoBenchOutput out, GoBenchConverter.Converted c) throws IOException {
        JsonObject env = RunFolder.at(o.runDir()).readEnvOrEmpty();
        Map<String, String> v = o.env();
        JsonObject go = env.has("go") && env.get("go").isJsonObject() ? env.getAsJsonObject("go") : new JsonObject();
        put(go, "version", v.get("go-version"));
        if (out != null) {
            for (String k : List.of("goos", "goarch", "cpu")) put(go, k, out.facts().get(k));
            union(go, "packages", out.packages());
            go.add("failures", strings(out.failures()));
            if (!out.toolchains().isEmpty()) union(go, "toolchains", out.toolchains());
        }
        if (c != null) {
            union(go, "suites", c.suites());
            if (c.procs().size() == 1) {
                go.addProperty("gomaxprocs", c.procs().iterator().next());
            } else if (!c.procs().isEmpty()) {
                go.add("gomaxprocs", new Gson().toJsonTree(c.procs()));
            }
        }
        if (!go.has("gomaxprocs") && v.containsKey("gomaxprocs")) go.addProperty("gomaxprocs", Integer.parseInt(v.get("gomaxprocs")));
        if (v.containsKey("count")) go.addProperty("count", Integer.parseInt(v.get("count")));
        for (String k : List.of("profile", "benchtime", "args", "start", "end")) put(go, k, v.get(k));
        if (v.containsKey("complete")) go.addProperty("complete", Boolean.parseBoolean(v.get("complete")));
        JsonArray runs = o.into() && go.has("runs") && go.get("runs").isJsonArray() ? go.getAsJsonArray("runs") : new JsonArray();
        runs.add(importFacts(v, out, c));
        go.add("runs", runs);
        env.add("go", go);

        if (!o.into()) {
            env.addProperty("source", "go");
            env.add("machine", MachineFacts.machine());
            if (v.containsKey("git-commit") || v.containsKey("git-dirty")) {
                JsonObject git = new JsonObject();
                put(git, "commit", v.get("git-commit"));
                if (v.containsKey("git-dirty")) git.addProperty("dirty", Boolean.parseBoolean(v.get("git-dirty")));
                env.add("git", git);
            }
            for (String k : List.of("profile", "args", "start", "end")) put(env, k, v.get(k));
            if (v.containsKey("complete")) env.addProperty("complete", Boolean.parseBoolean(v.get("complete")));
        }
        return RunFolder.envText(env);
    }

    /** One import's entry in {@code go.runs}: its arguments, start, end, profile, and what it brought. */
    private static JsonObject importFacts(Map<String, String> v, GoBenchOutput out, GoBenchConverter.Converted c) {
        JsonObject facts = new JsonObject();
        for (String k : List.of("args", "start", "end", "profile")) put(facts, k, v.get(k));
        if (v.containsKey("complete")) facts.addProperty("complete", Boolean.parseBoolean(v.get("complete")));
        if (c != null) facts.add("suites", strings(c.suites()));
        if (out != null && !out.toolchains().isEmpty()) facts.add("toolchains", strings(out.toolchains()));
        return facts;
    }

    /** Sets {@code key} to the strings already there followed by the new ones not yet among them. */
    private static void union(JsonObject o, String key, Iterable<String> values) {
        Set<String> all = new LinkedHashSet<>();
        if (o.has(key) && o.get(key).isJsonArray()) {
            for (var e : o.getAsJsonArray(key)) all.add(e.getAsString());
        }
        for (String s : values) all.add(s);
        o.add(key, strings(all));
    }

    private static void put(JsonObject o, String key, String value) {
        if (value != null) o.addProperty(key, value);
    }

    private static JsonArray strings(Iterable<String> values) {
        JsonArray a = new JsonArray();
        for (String s : values) a.add(s);
        return a;
    }
}
