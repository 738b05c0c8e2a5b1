package ctxbench.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.results.AtomicFiles;
import ctxbench.results.JmhImport;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Java half of {@code scripts/bench.sh}: the steps that need JMH's benchmark list or the
 * result-file code. The script runs JMH itself (so that it can show progress and stop it on
 * Ctrl-C) and calls this class before and after. Every step prints named values, one
 * {@code key=value} line each ({@link CliCommand#value}; the script reads them by name):
 * <pre>
 * BenchRun plan    --profile P [--suite REGEX] [-- JMH args]
 *     prints trials=N, seconds=N (the estimate), estimate=TEXT, then jmh_arg=A for each JMH argument
 * BenchRun start   --results-dir DIR --profile P --args TEXT --repo DIR --trials N [-- JMH args]
 *     reserves results/.&lt;run-id&gt;.partial/ ({@link RunFolder#reserve}), writes env.json;
 *     prints run_dir=PARTIAL and run_id=ID
 * BenchRun record  --run PARTIAL --complete true|false [--jmh-log FILE]
 *     when JMH has ended: converts jmh.json to results.csv and samples.csv (complete runs) and
 *     records JMH's facts in env.json; prints summary=LINE for each line of the summary, then
 *     complete=true|false (false also when JMH wrote no jmh.json). An interrupted JMH leaves an
 *     empty jmh.json (it creates the file first), which is removed. With --jmh-log, an incomplete
 *     run keeps JMH's console output as jmh.log. The run stays reserved: the load experiments
 *     write into it next.
 * BenchRun publish --run PARTIAL --complete true|false
 *     completes env.json and renames the folder to &lt;run-id&gt; or &lt;run-id&gt;-incomplete, once
 *     ({@link RunFolder#publish}); prints run=FOLDER
 * BenchRun import  --results-dir DIR --jmh-json FILE [--repo DIR] [-- the JMH arguments it ran with]
 *     a run folder from a JMH JSON file made without bench.sh ({@code java -jar benchmarks.jar ...
 *     -rf json -rff FILE}): start, record and publish in one step, with the file as jmh.json. The
 *     run id is &lt;time&gt;-jmh-jdk&lt;major&gt;; start and end are the file's modification time (JMH
 *     writes it when it ends and records no start); machine and JDK are this JVM's (import where JMH
 *     ran). With the JMH arguments, the trials they plan and the file lacks are listed as missing.
 *     Prints summary=LINE lines, then run=FOLDER. A file that is not JMH JSON is refused before
 *     anything is written.
 * </pre>
 * The JMH arguments after {@code --} are passed on as they are. Each step takes {@code --help}.
 * Exit status ({@link Exit}): 0 done, 1 a file could not be read or written, 2 bad arguments (one
 * line {@code bench: <what>} on stderr; command-line errors as {@link CliTool} words them).
 */
@Command(name = "BenchRun", description = "The Java half of scripts/bench.sh: plan, start, record, publish, import.")
public final class BenchRun {
    /** The tool: its steps are this class's {@code @Command} methods; {@code @FILE} arguments go to JMH as they are. */
    public static final CliTool.Entry TOOL = (args, out, err) -> CliTool.named("bench")
            .noCommand("BenchRun needs a step: plan, start, record, publish or import")
            .commandLine(new BenchRun(), out, err).setExpandAtFiles(false).execute(args);

    /** Runs one step; see the class comment. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Command(name = "plan", description = "Prints trials=, seconds=, estimate= and a jmh_arg= line per JMH argument.")
    int plan(@Mixin CliCommand cli,
             @Option(names = "--profile", required = true, paramLabel = "P", description = "smoke, quick or full.") String profile,
             @Option(names = "--suite", paramLabel = "REGEX", description = "The benchmarks to run.") String suite,
             @Mixin JmhPassThrough passed) throws BadInputException {
        JmhArguments jmh = JmhArguments.of(profile(profile), suite, passed.arguments());
        RunPlan plan = RunPlan.of(jmh.options());
        if (plan.trials().isEmpty()) {
            throw new BadInputException("no benchmark matches " + jmh.options().getIncludes()
                    + (jmh.options().getExcludes().isEmpty() ? "" : " minus " + jmh.options().getExcludes()));
        }
        RunPlan.checkParameters(jmh.options(), jmh.userParameters());
        cli.value("trials", plan.trials().size());
        cli.value("seconds", Math.round(plan.estimatedSeconds()));
        cli.value("estimate", plan.estimateText());
        for (String a : jmh.arguments()) cli.value("jmh_arg", a);
        return Exit.OK;
    }

    @Command(name = "start", description = "Reserves results/.<run-id>.partial/ and writes env.json; prints run_dir= and run_id=.")
    int start(@Mixin CliCommand cli, @Mixin StartOptions start,
              @Option(names = "--trials", required = true, paramLabel = "N", description = "The trials the plan counted.") String trials,
              @Mixin JmhPassThrough passed) throws BadInputException, IOException {
        Profile p = profile(start.profile());
        int n = parseInt(trials, "--trials");
        start.start(cli, p.id(), (runId, now, args, repo) ->
                EnvJson.atStart(new EnvJson.Start(runId, p.id(), args, passed.arguments(), n, now, repo)));
        return Exit.OK;
    }

    @Command(name = "record", description = "Converts jmh.json and records JMH's facts in env.json; prints summary= lines, then complete=.")
    int record(@Mixin CliCommand cli, @Mixin EndOptions end,
               @Option(names = "--jmh-log", paramLabel = "FILE", description = "JMH's console output, kept in the run as jmh.log when it is incomplete.")
               Path jmhLog) throws BadInputException, IOException {
        boolean ranToTheEnd = end.complete();
        RunFolder run = end.reserved();
        boolean done = recordJmh(cli, run, ranToTheEnd);
        if (!done && jmhLog != null && Files.isRegularFile(jmhLog)) {
            // the scores of the trials that finished are in it (JMH writes jmh.json only at the end)
            AtomicFiles.write(run.jmhLog(), Files.readAllBytes(jmhLog), WriteMode.CREATE_NEW);
        }
        cli.value("complete", done);
        return Exit.OK;
    }

    @Command(name = "publish", description = "Completes env.json and renames the run folder to <run-id> or <run-id>-incomplete; prints run=.")
    int publish(@Mixin CliCommand cli, @Mixin EndOptions end) throws BadInputException, IOException {
        cli.value("run", end.publish());
        return Exit.OK;
    }

    @Command(name = "import", description = "A run folder from a JMH JSON file made without bench.sh; prints summary= lines, then run=.")
    int importJson(@Mixin CliCommand cli,
                   @Option(names = "--results-dir", required = true, paramLabel = "DIR", description = "Where the run folder goes.") Path resultsDir,
                   @Option(names = "--jmh-json", required = true, paramLabel = "FILE", description = "JMH's JSON result file.") Path json,
                   @Option(names = "--repo", paramLabel = "DIR", defaultValue = "", description = "The repository, for env.json (default: this folder).")
                   Path repo,
                   @Mixin JmhPassThrough passed) throws BadInputException, IOException {
        if (!Files.isRegularFile(json)) {
            throw new BadInputException("--jmh-json " + json + ": no such file");
        }
        List<String> arguments = passed.arguments();
        long results = JmhImport.fromJson(json).results().stream().filter(r -> r.metric().equals("time")).count();
        int trials = arguments.isEmpty() ? (int) results : RunPlan.of(commandLine(arguments)).trials().size();
        Instant written = Files.getLastModifiedTime(json).toInstant();
        RunFolder.Reserved reserved = RunFolder.reserve(resultsDir, RunFolder.baseId(written, "jmh", Runtime.version().feature()));
        RunFolder run = RunFolder.at(reserved.partial());
        run.writeEnv(EnvJson.atStart(new EnvJson.Start(reserved.runId(), "jmh",
                "BenchRun import --jmh-json " + json, arguments, trials, written, repo.toAbsolutePath())));
        Files.copy(json, run.jmhJson());
        boolean complete = recordJmh(cli, run, true);
        cli.value("run", RunFolder.publish(run.dir(), complete, written));
        return Exit.OK;
    }

    /**
     * Records what JMH left in {@code run} (see the class comment: {@code record}); prints the
     * summary as {@code summary=} values; returns whether the JMH part is complete.
     */
    private static boolean recordJmh(CliCommand cli, RunFolder run, boolean complete) throws BadInputException, IOException {
        JsonObject env = run.readEnv();
        Path jmhJson = run.jmhJson();
        List<String> flags = List.of();
        List<String> missing = List.of();
        if (Files.exists(jmhJson) && Files.size(jmhJson) == 0) {
            Files.delete(jmhJson); // JMH creates the file when it starts and writes it only at the end
        }
        if (complete && !Files.exists(jmhJson)) {
            cli.value("summary", "JMH wrote no " + RunFolder.JMH_JSON + ": the run is incomplete");
            complete = false;
        }
        if (Files.exists(jmhJson)) {
            flags = EnvJson.jvmFlags(JsonParser.parseString(Files.readString(jmhJson, StandardCharsets.UTF_8)));
        }
        if (complete) {
            JmhImport.Imported imported = JmhImport.fromJson(jmhJson);
            ResultsCsv.writeResults(run.resultsCsv(), imported.results());
            ResultsCsv.writeSamples(run.samplesCsv(), imported.samples());
            missing = plannedFrom(env).map(plan -> RunSummary.missing(plan, imported.results())).orElse(List.of());
            for (String line : RunSummary.table(imported.results()).lines().toList()) cli.value("summary", line);
            if (!missing.isEmpty()) {
                cli.value("summary", missing.size() + " planned trial(s) have no result (failed? see the JMH log):");
                for (String m : missing) cli.value("summary", "  " + m);
            }
        }
        EnvJson.recordJmh(env, complete, flags, missing);
        run.writeEnv(env);
        return complete;
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
