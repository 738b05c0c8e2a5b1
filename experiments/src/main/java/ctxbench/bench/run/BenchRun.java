package ctxbench.bench.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ctxbench.cli.ErrorLine;
import ctxbench.results.JmhImport;
import ctxbench.results.ResultsCsv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The Java half of {@code scripts/bench.sh}: the steps that need JMH's benchmark list or the
 * result-file code. The script runs JMH itself (so that it can show progress and stop it on
 * Ctrl-C) and calls this class before and after:
 * <pre>
 * BenchRun plan   --profile P [--suite REGEX] [-- JMH args]
 *     prints: trials, estimated seconds, the estimate as text, then one JMH argument per line
 * BenchRun start  --results-dir DIR --profile P --args TEXT --repo DIR --trials N [-- JMH args]
 *     reserves results/.&lt;run-id&gt;.partial/, writes env.json; prints the folder, then the run id
 * BenchRun finish --run PARTIAL --complete true|false
 *     converts jmh.json to results.csv and samples.csv, completes env.json, renames the folder
 *     to &lt;run-id&gt; or &lt;run-id&gt;-incomplete; prints the summary, then (last line) the folder.
 *     An interrupted JMH leaves an empty jmh.json (it creates the file first), which is removed.
 * BenchRun demote --run FINAL
 *     for a run whose JMH part completed but whose load experiments were interrupted: sets
 *     env.json "complete" to false and renames the folder to &lt;run-id&gt;-incomplete; prints it.
 * BenchRun import --results-dir DIR --jmh-json FILE [--repo DIR] [-- the JMH arguments it ran with]
 *     a run folder from a JMH JSON file made without bench.sh ({@code java -jar benchmarks.jar ...
 *     -rf json -rff FILE}): start and finish in one step, with the file as jmh.json. The run id is
 *     &lt;time&gt;-jmh-jdk&lt;major&gt;; start and end are the file's modification time (JMH writes it
 *     when it ends and records no start); machine and JDK are this JVM's (import where JMH ran).
 *     With the JMH arguments, the trials they plan and the file lacks are listed as missing.
 *     Prints the summary, then (last line) the folder. A file that is not JMH JSON is refused
 *     before anything is written.
 * </pre>
 * Exit status: 0 done, 1 a file could not be read or written, 2 bad arguments (one line
 * {@code bench: <what>} on stderr).
 */
public final class BenchRun {
    private BenchRun() {}

    /** Runs one step; see the class comment. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (UsageException e) {
            System.err.println("bench: " + e.getMessage());
            System.exit(2);
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: " + ErrorLine.of(e));
            System.exit(1);
        }
    }

    static void run(String[] args) throws UsageException, IOException {
        if (args.length == 0) {
            throw new UsageException("BenchRun needs a step: plan, start, finish, demote or import");
        }
        Arguments a = Arguments.parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "plan" -> plan(a);
            case "start" -> start(a);
            case "finish" -> finish(a);
            case "demote" -> demote(a);
            case "import" -> importJson(a);
            default -> throw new UsageException("unknown step '" + args[0] + "' (plan, start, finish, demote, import)");
        }
    }

    private static void plan(Arguments a) throws UsageException {
        Profile profile = profile(a);
        JmhArguments jmh = JmhArguments.of(profile, a.options().get("--suite"), a.rest());
        RunPlan plan = RunPlan.of(jmh.options());
        if (plan.trials().isEmpty()) {
            throw new UsageException("no benchmark matches " + jmh.options().getIncludes()
                    + (jmh.options().getExcludes().isEmpty() ? "" : " minus " + jmh.options().getExcludes()));
        }
        RunPlan.checkParameters(jmh.options(), jmh.userParameters());
        System.out.println(plan.trials().size());
        System.out.println(Math.round(plan.estimatedSeconds()));
        System.out.println(plan.estimateText());
        jmh.arguments().forEach(System.out::println);
    }

    private static void start(Arguments a) throws UsageException, IOException {
        Profile profile = profile(a);
        Instant now = Instant.now();
        RunFolders.Reserved run = RunFolders.reserve(Path.of(a.required("--results-dir")),
                RunFolders.baseId(now, profile.id(), Runtime.version().feature()));
        int trials = parseInt(a.required("--trials"), "--trials");
        EnvJson.write(run.partial(), EnvJson.atStart(new EnvJson.Start(run.runId(), profile.id(), a.required("--args"),
                a.rest(), trials, now, Path.of(a.required("--repo")))));
        System.out.println(run.partial());
        System.out.println(run.runId());
    }

    private static void finish(Arguments a) throws UsageException, IOException {
        Path partial = Path.of(a.required("--run"));
        boolean complete = switch (a.required("--complete")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("--complete takes true or false");
        };
        finish(partial, complete, Instant.now());
    }

    private static void importJson(Arguments a) throws UsageException, IOException {
        Path json = Path.of(a.required("--jmh-json"));
        if (!Files.isRegularFile(json)) {
            throw new UsageException("--jmh-json " + json + ": no such file");
        }
        List<String> jmhArguments = a.rest();
        long results = JmhImport.fromJson(json).results().stream().filter(r -> r.metric().equals("time")).count();
        int trials = jmhArguments.isEmpty() ? (int) results : RunPlan.of(commandLine(jmhArguments)).trials().size();
        Instant written = Files.getLastModifiedTime(json).toInstant();
        RunFolders.Reserved run = RunFolders.reserve(Path.of(a.required("--results-dir")),
                RunFolders.baseId(written, "jmh", Runtime.version().feature()));
        Path repo = Path.of(a.options().getOrDefault("--repo", "")).toAbsolutePath();
        EnvJson.write(run.partial(), EnvJson.atStart(new EnvJson.Start(run.runId(), "jmh",
                "BenchRun import --jmh-json " + json, jmhArguments, trials, written, repo)));
        Files.copy(json, run.partial().resolve("jmh.json"));
        finish(run.partial(), true, written);
    }

    private static void finish(Path partial, boolean complete, Instant end) throws UsageException, IOException {
        JsonObject env = EnvJson.read(partial);
        String runId = env.get("runId").getAsString();
        Path jmhJson = partial.resolve("jmh.json");
        List<String> flags = List.of();
        List<String> missing = List.of();
        if (Files.exists(jmhJson) && Files.size(jmhJson) == 0) {
            Files.delete(jmhJson); // JMH creates the file when it starts and writes it only at the end
        }
        if (complete && !Files.exists(jmhJson)) {
            System.out.println("JMH wrote no jmh.json: the run is incomplete");
            complete = false;
        }
        if (Files.exists(jmhJson)) {
            flags = EnvJson.jvmFlags(JsonParser.parseString(Files.readString(jmhJson, StandardCharsets.UTF_8)));
        }
        if (complete) {
            JmhImport.Imported imported = JmhImport.fromJson(jmhJson);
            ResultsCsv.writeResults(partial.resolve("results.csv"), imported.results());
            ResultsCsv.writeSamples(partial.resolve("samples.csv"), imported.samples());
            missing = plannedFrom(env).map(plan -> RunSummary.missing(plan, imported.results())).orElse(List.of());
            System.out.print(RunSummary.table(imported.results()));
            if (!missing.isEmpty()) {
                System.out.println(missing.size() + " planned trial(s) have no result (failed? see the JMH log):");
                missing.forEach(m -> System.out.println("  " + m));
            }
        }
        EnvJson.atEnd(env, runId, end, complete, flags, missing);
        EnvJson.write(partial, env);
        System.out.println(RunFolders.publish(partial, runId, complete));
    }

    private static void demote(Arguments a) throws UsageException, IOException {
        Path run = Path.of(a.required("--run"));
        JsonObject env = EnvJson.read(run);
        env.addProperty("complete", false);
        EnvJson.write(run, env);
        Path target = run.resolveSibling(RunFolders.finalName(env.get("runId").getAsString(), false));
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a run folder of that name exists; the run stays in " + run);
        }
        System.out.println(Files.move(run, target));
    }

    /**
     * The plan of the JMH arguments recorded in env.json, to find trials that produced no result;
     * none when none are recorded (an import without them: nothing is known about the plan).
     */
    private static Optional<RunPlan> plannedFrom(JsonObject env) throws UsageException {
        List<String> recorded = new ArrayList<>();
        for (JsonElement e : env.getAsJsonObject("jmh").getAsJsonArray("arguments")) {
            recorded.add(e.getAsString());
        }
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(RunPlan.of(new CommandLineOptions(recorded.toArray(String[]::new))));
        } catch (CommandLineOptionException e) {
            throw new UsageException("env.json holds bad JMH arguments: " + e.getMessage());
        }
    }

    private static CommandLineOptions commandLine(List<String> jmhArguments) throws UsageException {
        try {
            return new CommandLineOptions(jmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new UsageException("bad JMH arguments: " + e.getMessage());
        }
    }

    private static Profile profile(Arguments a) throws UsageException {
        try {
            return Profile.of(a.required("--profile"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static int parseInt(String text, String option) throws UsageException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a whole number, not '" + text + "'");
        }
    }

    /** {@code --name value} options up to {@code --}, and everything after it. */
    record Arguments(Map<String, String> options, List<String> rest) {
        static Arguments parse(String[] args) throws UsageException {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--")) {
                    return new Arguments(options, List.of(Arrays.copyOfRange(args, i + 1, args.length)));
                }
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new UsageException("BenchRun: expected --name value, found '" + args[i] + "'");
                }
                options.put(args[i], args[++i]);
            }
            return new Arguments(options, List.of());
        }

        String required(String name) throws UsageException {
            String v = options.get(name);
            if (v == null) {
                throw new UsageException("BenchRun: missing " + name);
            }
            return v;
        }
    }
}
