package ctxbench.load;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.cli.RunDirOption;
import ctxbench.results.MalformedResultsException;
import ctxbench.results.RunFolder;
import ctxbench.run.EndOptions;
import ctxbench.run.StartOptions;
import ctxbench.runtime.Sched;
import ctxbench.seed.SeedVariant;
import ctxbench.time.TimerMode;
import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.queues.InstalledQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Java half of {@code scripts/load.sh}: planning, the run folder, and each experiment, one per
 * JVM (the script starts a fresh JVM for every command line the plan prints).
 * <pre>
 * LoadCli plan     [--profile P] [--rate R] [--duration D] [--variants LIST] [--queues LIST] [--slow P] [--sched LIST] [--timers LIST]
 *     checks the options; prints seconds=N (the estimate), then command=LINE for each JVM, each
 *     line with the --sched its JVM must run (load.sh starts that JVM with -Dctxbench.sched=X)
 * LoadCli start    --results-dir DIR --profile P --args TEXT --repo DIR
 *     reserves results/.&lt;run-id&gt;.partial/ (run id &lt;UTC minute&gt;-load-jdk&lt;major&gt;), writes
 *     env.json; prints run_dir=PARTIAL and run_id=ID
 * LoadCli stage    --into RUN
 *     where the experiments of load.sh --into RUN write: RUN itself when it is a run being written
 *     (bench.sh's, not yet published), else a staging folder beside the published RUN
 *     ({@link RunFolder#stage}); prints run_dir=DIR
 * LoadCli finish   --run DIR --complete true|false [--into RUN]
 *     without --into: completes env.json and renames the reserved folder to &lt;run-id&gt; or
 *     &lt;run-id&gt;-incomplete ({@link RunFolder#publish}); with --into: a complete staged merge is
 *     committed into RUN, an incomplete one discarded (RUN as it was); prints run=FOLDER
 * LoadCli seed     --run-dir DIR --variant V --queue Q --rate R --duration D --slow P --warmup D [--timers T] [--sched S] [--profile P]
 * LoadCli lateness --run-dir DIR --queue Q --idle N --rate R --duration D --delay D --warmup D [--sched S] [--profile P]
 * LoadCli cancel   --run-dir DIR --shape chain|fanout --size N --trials N --warmup-trials N [--sched S] [--profile P]
 * LoadCli handoff  --run-dir DIR --threads platform|virtual --round-trips N --warmup-round-trips N [--sched S] [--profile P]
 * LoadCli go-import --run-dir DIR
 * </pre>
 * Every command prints named values, one {@code key=value} line each ({@link CliCommand#value}),
 * which load.sh reads by name. An experiment writes its {@code hdr/} files, merges its rows into
 * {@code results.csv}, appends its entry to env.json ({@link LoadEnv}) and prints a one-line summary. An experiment runs on
 * the JVM's goroutine runtime ({@code -Dctxbench.sched=go|vt}, default {@code vt}); {@code --sched},
 * if given, must name that runtime (exit 2 otherwise), so a command line never mislabels its rows.
 * Durations are
 * {@code 500ms}, {@code 3s}, {@code 2m} or seconds. Each command takes {@code --help}. Exit status
 * ({@link Exit}): 0 done; 1 an experiment failed or a file could not be read or written; 2 bad
 * input (one line {@code load: <what>} on stderr, nothing written; command-line errors as
 * {@link CliTool} words them).
 */
@Command(name = "LoadCli", description = "The Java half of scripts/load.sh: the plan, the run folder and each experiment.",
        subcommands = GoLatencyImport.class)
public final class LoadCli {
    /** The timer semantics the seed scenario can run with ({@link TimerMode}). */
    private static final List<String> TIMER_MODES = Arrays.stream(TimerMode.values()).map(TimerMode::label).toList();
    /** The tool: its commands are this class's {@code @Command} methods and {@link GoLatencyImport}; a malformed file in the run folder is bad input. */
    public static final CliTool.Entry TOOL = CliTool.named("load").badInput(MalformedResultsException.class)
            .noCommand("a command is needed: plan, start, stage, finish, seed, lateness, cancel, handoff, go-import").entry(LoadCli::new);

    /** Command-line entry point; see the class comment. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Command(name = "plan", description = "Checks the options; prints seconds=, then a command= line per JVM.")
    int plan(@Mixin CliCommand cli,
             @Option(names = "--profile", paramLabel = "P", defaultValue = "quick", description = "smoke, quick (the default) or full.") String profile,
             @Option(names = "--rate", paramLabel = "R", description = "Requests per second of the seed scenario.") String rate,
             @Option(names = "--duration", paramLabel = "D", description = "How long each variant sends requests: 500ms, 3s, 2m.") String duration,
             @Option(names = "--variants", paramLabel = "LIST", description = "Comma list of seed variants.") String variants,
             @Option(names = "--queues", paramLabel = "LIST", description = "Comma list of timer queues.") String queues,
             @Option(names = "--slow", paramLabel = "P", description = "Share of slow requests, 0..1.") String slow,
             @Option(names = "--sched", paramLabel = "LIST", description = "Comma list of goroutine runtimes: go, vt.") String sched,
             @Option(names = "--timers", paramLabel = "LIST", description = "Comma list of the seed scenario's timer semantics, "
                     + "go1.19 and go1.23, each on every queue (default: go1.19 on every queue, go1.23 on go-heap).") String timers)
            throws BadInputException {
        LoadProfile p = LoadProfile.of(profile);
        LoadProfile.Plan plan = p.plan(CliOptions.positive("--rate", rate, p.rate),
                CliOptions.duration("--duration", duration, p.duration, false), CliOptions.share("--slow", slow, 0),
                CliOptions.names("--variants", variants, SeedVariant.NAMES, SeedVariant.NAMES),
                CliOptions.names("--queues", queues, p.queues, InstalledQueue.NAMES),
                CliOptions.names("--sched", sched, LoadSched.DEFAULT, LoadSched.NAMES),
                timers == null ? null : CliOptions.names("--timers", timers, TIMER_MODES, TIMER_MODES));
        cli.value("seconds", Math.round(plan.estimatedSeconds()));
        for (List<String> command : plan.commands()) {
            cli.value("command", String.join(" ", command));
        }
        return Exit.OK;
    }

    @Command(name = "start", description = "Reserves results/.<run-id>.partial/ and writes env.json; prints run_dir= and run_id=.")
    int start(@Mixin CliCommand cli, @Mixin StartOptions start) throws BadInputException, IOException {
        String id = LoadProfile.of(start.profile()).id();
        start.start(cli, "load", (runId, now, args, repo) -> LoadEnv.atStart(runId, id, args, now, repo));
        return Exit.OK;
    }

    @Command(name = "stage", description = "Where the experiments of load.sh --into RUN write; prints run_dir=.")
    int stage(@Mixin CliCommand cli,
              @Option(names = "--into", required = true, paramLabel = "RUN", description = "The run the experiments add to.") Path into)
            throws BadInputException, IOException {
        if (!Files.isDirectory(into)) {
            throw new BadInputException("--into " + into + " is not a run folder");
        }
        cli.value("run_dir", RunFolder.isReserved(into) ? into : RunFolder.stage(into).stage());
        return Exit.OK;
    }

    @Command(name = "finish", description = "Publishes a run started here, or commits (or discards) a staged --into merge; prints run=.")
    int finish(@Mixin CliCommand cli, @Mixin EndOptions end,
               @Option(names = "--into", paramLabel = "RUN", description = "The run of load.sh --into, when the experiments were staged for it.")
               Path into) throws BadInputException, IOException {
        if (into == null) {
            cli.value("run", end.publish());
            return Exit.OK;
        }
        boolean done = end.complete();
        if (RunFolder.isReserved(into)) {
            cli.value("run", into); // a run being written: the experiments wrote into it; its owner publishes it
        } else {
            RunFolder.Merge merge = RunFolder.staged(into, end.run());
            if (done) {
                merge.commit();
            } else {
                merge.discard();
            }
            cli.value("run", into);
        }
        return Exit.OK;
    }

    /** An experiment's measurement, as {@link Experiment#run} runs it. */
    @FunctionalInterface
    interface Measure<R> {
        /** Measures; returns the result. */
        R run() throws IOException, InterruptedException;
    }

    /** How an experiment's result writes its {@code hdr/} files and rows into a run folder. */
    @FunctionalInterface
    interface Output {
        /** Writes into {@code run}. */
        void writeTo(Path run) throws IOException;
    }

    /** The options every experiment takes: its run folder, the profile it belongs to, the runtime it must run on. */
    static final class Experiment {
        @Mixin
        CliCommand cli;

        @Mixin
        RunDirOption run;

        @Option(names = "--profile", paramLabel = "P", description = "The profile, recorded in env.json.")
        String profile;

        @Option(names = "--sched", paramLabel = "go|vt", description = "The goroutine runtime this JVM must run (-Dctxbench.sched).")
        String sched;

        /**
         * The goroutine runtime of this JVM ({@code ctxbench.sched}) once the options every
         * experiment takes are checked: {@code --profile}, if given, must be a profile, the run
         * folder must exist, and {@code --sched}, if given, must name this runtime (the rows say
         * which runtime made them, so a mismatch is refused before anything runs). Each
         * experiment calls it as it reads its options.
         */
        String sched() throws BadInputException {
            if (profile != null) {
                LoadProfile.of(profile);
            }
            run.existing();
            String mode = Sched.mode();
            if (sched != null) {
                String wanted = CliOptions.single("--sched", sched, LoadSched.NAMES);
                if (!wanted.equals(mode)) {
                    throw new BadInputException("--sched " + wanted + " needs a JVM started with -D" + Sched.PROPERTY + "=" + wanted
                            + " (this one runs " + mode + ")");
                }
            }
            return mode;
        }

        /** Prints what is about to run, {@code load: <what> ...}, and runs it; returns its result. */
        <R> R run(String what, Measure<R> measure) throws IOException, InterruptedException {
            cli.out().println("load: " + what + " ...");
            return measure.run();
        }

        /** Writes the experiment's files, records it in env.json and prints its summary. */
        int finish(String command, String benchmark, String params, String summary, Output output) throws BadInputException, IOException {
            Path dir = run.existing();
            output.writeTo(dir);
            LoadEnv.record(RunFolder.at(dir), command, benchmark, params, profile, summary);
            cli.out().println("load: " + summary);
            return Exit.OK;
        }
    }

    @Command(name = "seed", description = "The seed scenario open-loop at a fixed rate, one variant on one queue.")
    int seed(@Mixin Experiment e,
             @Option(names = "--variant", required = true, paramLabel = "V", description = "The seed variant.") String variant,
             @Option(names = "--queue", required = true, paramLabel = "Q", description = "The timer queue.") String queue,
             @Option(names = "--rate", required = true, paramLabel = "R", description = "Requests per second.") String rate,
             @Option(names = "--duration", required = true, paramLabel = "D", description = "How long requests are sent.") String duration,
             @Option(names = "--slow", paramLabel = "P", description = "Share of slow requests, 0..1 (default 0).") String slow,
             @Option(names = "--warmup", paramLabel = "D", description = "Warm-up before measuring (default 0).") String warmup,
             @Option(names = "--timers", paramLabel = "T", defaultValue = "go1.19",
                     description = "Channel timers' semantics: go1.19 (the default) or go1.23.") String timers)
            throws BadInputException, IOException, InterruptedException {
        SeedLoad.Config config = new SeedLoad.Config(CliOptions.single("--variant", variant, SeedVariant.NAMES),
                CliOptions.single("--queue", queue, InstalledQueue.NAMES), e.sched(), CliOptions.single("--timers", timers, TIMER_MODES),
                CliOptions.positive("--rate", rate, 0),
                CliOptions.duration("--duration", duration, null, false), CliOptions.share("--slow", slow, 0),
                CliOptions.duration("--warmup", warmup, Duration.ZERO, true), SeedVariant.SEED_TIMEOUT);
        SeedLoad.Result r = e.run(config.describe(), () -> SeedLoad.run(config));
        return e.finish("seed", SeedLoad.BENCHMARK, config.params(), r.summary(), r::writeTo);
    }

    @Command(name = "lateness", description = "Timer lateness: probes among idle timers on one queue.")
    int lateness(@Mixin Experiment e,
                 @Option(names = "--queue", required = true, paramLabel = "Q", description = "The timer queue.") String queue,
                 @Option(names = "--idle", paramLabel = "N", description = "Idle timers (default 0).") String idle,
                 @Option(names = "--rate", paramLabel = "R", description = "Probes per second (default 1000).") String rate,
                 @Option(names = "--duration", paramLabel = "D", description = "How long probes are added (default 10s).") String duration,
                 @Option(names = "--delay", paramLabel = "D", description = "Each probe's delay (default 1ms).") String delay,
                 @Option(names = "--warmup", paramLabel = "D", description = "Warm-up before measuring (default 0).") String warmup)
            throws BadInputException, IOException, InterruptedException {
        TimerLateness.Config config = new TimerLateness.Config(CliOptions.single("--queue", queue, InstalledQueue.NAMES), e.sched(),
                CliOptions.whole("--idle", idle, 0, 0), CliOptions.positive("--rate", rate, 1000),
                CliOptions.duration("--duration", duration, Duration.ofSeconds(10), false),
                CliOptions.duration("--delay", delay, Duration.ofMillis(1), true),
                CliOptions.duration("--warmup", warmup, Duration.ZERO, true));
        TimerLateness.Result r = e.run("timer lateness on " + config.queue() + " with " + config.idle() + " idle timers, sched "
                + config.sched(), () -> TimerLateness.run(config));
        return e.finish("lateness", TimerLateness.BENCHMARK, config.params(), r.summary(), r::writeTo);
    }

    @Command(name = "cancel", description = "Cancel propagation through a chain or fan-out of contexts.")
    int cancel(@Mixin Experiment e,
               @Option(names = "--shape", required = true, paramLabel = "chain|fanout", description = "The shape of the context tree.") String shape,
               @Option(names = "--size", required = true, paramLabel = "N", description = "Contexts in the chain or fan-out.") String size,
               @Option(names = "--trials", paramLabel = "N", description = "Measured trials (default 100).") String trials,
               @Option(names = "--warmup-trials", paramLabel = "N", description = "Warm-up trials (default 0).") String warmupTrials)
            throws BadInputException, IOException, InterruptedException {
        CancelLatency.Shape s = CancelLatency.Shape.of(CliOptions.single("--shape", shape, List.of("chain", "fanout")));
        CancelLatency.Config config = new CancelLatency.Config(s, e.sched(), CliOptions.whole("--size", size, 1, 1),
                CliOptions.whole("--trials", trials, 100, 1), CliOptions.whole("--warmup-trials", warmupTrials, 0, 0));
        CancelLatency.Result r = e.run("cancel propagation, " + s.param() + " of " + config.size() + ", sched " + config.sched(),
                () -> CancelLatency.run(config));
        return e.finish("cancel", CancelLatency.BENCHMARK, config.params(), r.summary(), r::writeTo);
    }

    @Command(name = "handoff", description = "Channel hand-off round trips between two threads.")
    int handoff(@Mixin Experiment e,
                @Option(names = "--threads", required = true, paramLabel = "platform|virtual", description = "The threads.") String threads,
                @Option(names = "--round-trips", paramLabel = "N", description = "Measured round trips (default 100000).") String roundTrips,
                @Option(names = "--warmup-round-trips", paramLabel = "N", description = "Warm-up round trips (default 0).") String warmupRoundTrips)
            throws BadInputException, IOException, InterruptedException {
        ThreadKind kind = ThreadKind.of(CliOptions.single("--threads", threads, List.of("platform", "virtual")));
        ChanHandoff.Config config = new ChanHandoff.Config(kind, e.sched(), CliOptions.whole("--round-trips", roundTrips, 100_000, 1),
                CliOptions.whole("--warmup-round-trips", warmupRoundTrips, 0, 0));
        ChanHandoff.Result r = e.run("channel hand-off, " + kind.param + " threads, sched " + config.sched(),
                () -> ChanHandoff.run(config));
        return e.finish("handoff", ChanHandoff.BENCHMARK, config.params(), r.summary(), r::writeTo);
    }
}
