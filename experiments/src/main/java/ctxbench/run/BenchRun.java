package ctxbench.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ctxbench.cli.BadInputException;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.results.JmhImport;
import ctxbench.results.ResultsCsv;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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
 * The JMH arguments after {@code --} are passed on as they are. Each step takes {@code --help}.
 * Exit status ({@link Exit}): 0 done, 1 a file could not be read or written, 2 bad arguments (one
 * line {@code bench: <what>} on stderr; command-line errors as {@link CliTool} words them).
 */
@Command(name = "BenchRun", description = "The Java half of scripts/bench.sh: plan, start, finish, demote, import.",
        subcommands = {BenchRun.Plan.class, BenchRun.Start.class, BenchRun.Finish.class, BenchRun.Demote.class, BenchRun.Import.class})
public final class BenchRun implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Runs one step; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one step with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return CliTool.named("bench").commandLine(new BenchRun(), out, err).setExpandAtFiles(false).execute(args);
    }

    @Override
    public Integer call() throws BadInputException {
        throw new BadInputException("BenchRun needs a step: plan, start, finish, demote or import");
    }

    /** The help option and the output of every step. */
    static final class Step {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "plan", description = "Prints the trials, the estimated seconds, the estimate as text, then one JMH argument per line.")
    static final class Plan implements Callable<Integer> {
        @Mixin
        Step step;

        @Option(names = "--profile", required = true, paramLabel = "P", description = "smoke, quick or full.")
        String profile;

        @Option(names = "--suite", paramLabel = "REGEX", description = "The benchmarks to run.")
        String suite;

        @Parameters(paramLabel = "JMH_ARGS", description = "JMH arguments, after --.")
        List<String> jmhArguments = new ArrayList<>();

        @Override
        public Integer call() throws BadInputException {
            JmhArguments jmh = JmhArguments.of(profile(profile), suite, jmhArguments);
            RunPlan plan = RunPlan.of(jmh.options());
            if (plan.trials().isEmpty()) {
                throw new BadInputException("no benchmark matches " + jmh.options().getIncludes()
                        + (jmh.options().getExcludes().isEmpty() ? "" : " minus " + jmh.options().getExcludes()));
            }
            RunPlan.checkParameters(jmh.options(), jmh.userParameters());
            PrintWriter out = step.out();
            out.println(plan.trials().size());
            out.println(Math.round(plan.estimatedSeconds()));
            out.println(plan.estimateText());
            jmh.arguments().forEach(out::println);
            return Exit.OK;
        }
    }

    @Command(name = "start", description = "Reserves results/.<run-id>.partial/ and writes env.json; prints the folder, then the run id.")
    static final class Start implements Callable<Integer> {
        @Mixin
        Step step;

        @Option(names = "--results-dir", required = true, paramLabel = "DIR", description = "Where the run folder goes.")
        Path resultsDir;

        @Option(names = "--profile", required = true, paramLabel = "P", description = "smoke, quick or full.")
        String profile;

        @Option(names = "--args", required = true, paramLabel = "TEXT", description = "bench.sh's arguments, for env.json.")
        String args;

        @Option(names = "--repo", required = true, paramLabel = "DIR", description = "The repository, for env.json.")
        Path repo;

        @Option(names = "--trials", required = true, paramLabel = "N", description = "The trials the plan counted.")
        String trials;

        @Parameters(paramLabel = "JMH_ARGS", description = "The JMH arguments of the plan, after --.")
        List<String> jmhArguments = new ArrayList<>();

        @Override
        public Integer call() throws BadInputException, IOException {
            Profile p = profile(profile);
            Instant now = Instant.now();
            RunFolders.Reserved run = RunFolders.reserve(resultsDir, RunFolders.baseId(now, p.id(), Runtime.version().feature()));
            int n = parseInt(trials, "--trials");
            EnvJson.write(run.partial(), EnvJson.atStart(new EnvJson.Start(run.runId(), p.id(), args, jmhArguments, n, now, repo)));
            step.out().println(run.partial());
            step.out().println(run.runId());
            return Exit.OK;
        }
    }

    @Command(name = "finish", description = "Converts jmh.json, completes env.json and renames the run folder; prints the summary, then the folder.")
    static final class Finish implements Callable<Integer> {
        @Mixin
        Step step;

        @Option(names = "--run", required = true, paramLabel = "PARTIAL", description = "The run folder start reserved.")
        Path partial;

        @Option(names = "--complete", required = true, paramLabel = "true|false", description = "Whether JMH ran to the end.")
        String complete;

        @Override
        public Integer call() throws BadInputException, IOException {
            boolean done = switch (complete) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadInputException("--complete takes true or false");
            };
            finish(step.out(), partial, done, Instant.now());
            return Exit.OK;
        }
    }

    @Command(name = "import", description = "A run folder from a JMH JSON file made without bench.sh; prints the summary, then the folder.")
    static final class Import implements Callable<Integer> {
        @Mixin
        Step step;

        @Option(names = "--results-dir", required = true, paramLabel = "DIR", description = "Where the run folder goes.")
        Path resultsDir;

        @Option(names = "--jmh-json", required = true, paramLabel = "FILE", description = "JMH's JSON result file.")
        Path json;

        @Option(names = "--repo", paramLabel = "DIR", description = "The repository, for env.json (default: this folder).")
        Path repo = Path.of("");

        @Parameters(paramLabel = "JMH_ARGS", description = "The JMH arguments the file was made with, after --.")
        List<String> jmhArguments = new ArrayList<>();

        @Override
        public Integer call() throws BadInputException, IOException {
            if (!Files.isRegularFile(json)) {
                throw new BadInputException("--jmh-json " + json + ": no such file");
            }
            long results = JmhImport.fromJson(json).results().stream().filter(r -> r.metric().equals("time")).count();
            int trials = jmhArguments.isEmpty() ? (int) results : RunPlan.of(commandLine(jmhArguments)).trials().size();
            Instant written = Files.getLastModifiedTime(json).toInstant();
            RunFolders.Reserved run = RunFolders.reserve(resultsDir, RunFolders.baseId(written, "jmh", Runtime.version().feature()));
            EnvJson.write(run.partial(), EnvJson.atStart(new EnvJson.Start(run.runId(), "jmh",
                    "BenchRun import --jmh-json " + json, jmhArguments, trials, written, repo.toAbsolutePath())));
            Files.copy(json, run.partial().resolve("jmh.json"));
            finish(step.out(), run.partial(), true, written);
            return Exit.OK;
        }
    }

    private static void finish(PrintWriter out, Path partial, boolean complete, Instant end) throws BadInputException, IOException {
        JsonObject env = EnvJson.read(partial);
        String runId = env.get("runId").getAsString();
        Path jmhJson = partial.resolve("jmh.json");
        List<String> flags = List.of();
        List<String> missing = List.of();
        if (Files.exists(jmhJson) && Files.size(jmhJson) == 0) {
            Files.delete(jmhJson); // JMH creates the file when it starts and writes it only at the end
        }
        if (complete && !Files.exists(jmhJson)) {
            out.println("JMH wrote no jmh.json: the run is incomplete");
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
            out.print(RunSummary.table(imported.results()));
            if (!missing.isEmpty()) {
                out.println(missing.size() + " planned trial(s) have no result (failed? see the JMH log):");
                missing.forEach(m -> out.println("  " + m));
            }
        }
        EnvJson.atEnd(env, runId, end, complete, flags, missing);
        EnvJson.write(partial, env);
        out.println(RunFolders.publish(partial, runId, complete));
    }

    @Command(name = "demote", description = "Marks a published run incomplete and renames it to <run-id>-incomplete; prints it.")
    static final class Demote implements Callable<Integer> {
        @Mixin
        Step step;

        @Option(names = "--run", required = true, paramLabel = "FINAL", description = "The published run folder.")
        Path run;

        @Override
        public Integer call() throws IOException {
            JsonObject env = EnvJson.read(run);
            env.addProperty("complete", false);
            EnvJson.write(run, env);
            Path target = run.resolveSibling(RunFolders.finalName(env.get("runId").getAsString(), false));
            if (Files.exists(target)) {
                throw new FileAlreadyExistsException(target.toString(), null, "a run folder of that name exists; the run stays in " + run);
            }
            step.out().println(Files.move(run, target));
            return Exit.OK;
        }
    }

    /**
     * The plan of the JMH arguments recorded in env.json, to find trials that produced no result;
     * none when none are recorded (an import without them: nothing is known about the plan).
     */
    private static Optional<RunPlan> plannedFrom(JsonObject env) throws BadInputException {
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
            throw new BadInputException("env.json holds bad JMH arguments: " + e.getMessage());
        }
    }

    private static CommandLineOptions commandLine(List<String> jmhArguments) throws BadInputException {
        try {
            return new CommandLineOptions(jmhArguments.toArray(String[]::new));
        } catch (CommandLineOptionException e) {
            throw new BadInputException("bad JMH arguments: " + e.getMessage());
        }
    }

    private static Profile profile(String id) throws BadInputException {
        try {
            return Profile.of(id);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private static int parseInt(String text, String option) throws BadInputException {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new BadInputException(option + " takes a whole number, not '" + text + "'");
        }
    }
}
