package ctxbench.load;

import ctxbench.workloads.channels.ThreadKind;
import ctxbench.workloads.queues.InstalledQueue;
import ctxbench.run.EnvJson;
import ctxbench.run.RunFolders;
import ctxbench.seed.SeedVariant;
import ctxbench.cli.BadInputException;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.results.MalformedResultsException;
import ctxbench.runtime.Sched;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Java half of {@code scripts/load.sh}: planning, the run folder, and each experiment, one per
 * JVM (the script starts a fresh JVM for every command line the plan prints).
 * <pre>
 * LoadCli plan     [--profile P] [--rate R] [--duration D] [--variants LIST] [--queues LIST] [--slow P] [--sched LIST]
 *     checks the options; prints the estimated seconds, then one command line per JVM, each with
 *     the --sched its JVM must run (load.sh starts that JVM with -Dctxbench.sched=X)
 * LoadCli start    --results-dir DIR --profile P --args TEXT --repo DIR
 *     reserves results/.&lt;run-id&gt;.partial/ (run id &lt;UTC minute&gt;-load-jdk&lt;major&gt;), writes
 *     env.json; prints the folder, then the run id
 * LoadCli finish   --run PARTIAL --complete true|false
 *     completes env.json and renames the folder to &lt;run-id&gt; or &lt;run-id&gt;-incomplete; prints it
 * LoadCli seed     --run-dir DIR --variant V --queue Q --rate R --duration D --slow P --warmup D [--sched S] [--profile P]
 * LoadCli lateness --run-dir DIR --queue Q --idle N --rate R --duration D --delay D --warmup D [--sched S] [--profile P]
 * LoadCli cancel   --run-dir DIR --shape chain|fanout --size N --trials N --warmup-trials N [--sched S] [--profile P]
 * LoadCli handoff  --run-dir DIR --threads platform|virtual --round-trips N --warmup-round-trips N [--sched S] [--profile P]
 * LoadCli go-import --run-dir DIR
 * </pre>
 * An experiment writes its {@code hdr/} files, merges its rows into {@code results.csv}, appends
 * its entry to env.json ({@link LoadEnv}) and prints a one-line summary. An experiment runs on
 * the JVM's goroutine runtime ({@code -Dctxbench.sched=go|vt}, default {@code vt}); {@code --sched},
 * if given, must name that runtime (exit 2 otherwise), so a command line never mislabels its rows.
 * Durations are
 * {@code 500ms}, {@code 3s}, {@code 2m} or seconds. Each command takes {@code --help}. Exit status
 * ({@link Exit}): 0 done; 1 an experiment failed or a file could not be read or written; 2 bad
 * input (one line {@code load: <what>} on stderr, nothing written; command-line errors as
 * {@link CliTool} words them).
 */
@Command(name = "LoadCli", description = "The Java half of scripts/load.sh: the plan, the run folder and each experiment.",
        subcommands = {LoadCli.PlanCommand.class, LoadCli.Start.class, LoadCli.Finish.class, LoadCli.Seed.class,
                LoadCli.Lateness.class, LoadCli.Cancel.class, LoadCli.Handoff.class, GoLatencyImport.class})
public final class LoadCli implements Callable<Integer> {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** Command-line entry point; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return CliTool.named("load").badInput(MalformedResultsException.class).run(new LoadCli(), args, out, err);
    }

    @Override
    public Integer call() throws BadInputException {
        throw new BadInputException("a command is needed: plan, start, finish, seed, lateness, cancel, handoff, go-import");
    }

    @Command(name = "plan", description = "Checks the options; prints the estimated seconds, then one command line per JVM.")
    static final class PlanCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--profile", paramLabel = "P", description = "smoke, quick (the default) or full.")
        String profile = "quick";

        @Option(names = "--rate", paramLabel = "R", description = "Requests per second of the seed scenario.")
        String rate;

        @Option(names = "--duration", paramLabel = "D", description = "How long each variant sends requests: 500ms, 3s, 2m.")
        String duration;

        @Option(names = "--variants", paramLabel = "LIST", description = "Comma list of seed variants.")
        String variants;

        @Option(names = "--queues", paramLabel = "LIST", description = "Comma list of timer queues.")
        String queues;

        @Option(names = "--slow", paramLabel = "P", description = "Share of slow requests, 0..1.")
        String slow;

        @Option(names = "--sched", paramLabel = "LIST", description = "Comma list of goroutine runtimes: go, vt.")
        String sched;

        @Override
        public Integer call() throws BadInputException {
            LoadProfile p = LoadProfile.of(profile);
            LoadProfile.Plan plan = p.plan(CliOptions.positive("--rate", rate, p.rate),
                    CliOptions.duration("--duration", duration, p.duration, false), CliOptions.share("--slow", slow, 0),
                    CliOptions.names("--variants", variants, SeedVariant.NAMES, SeedVariant.NAMES),
                    CliOptions.names("--queues", queues, p.queues, InstalledQueue.NAMES),
                    CliOptions.names("--sched", sched, LoadSched.DEFAULT, LoadSched.NAMES));
            spec.commandLine().getOut().println(Math.round(plan.estimatedSeconds()));
            for (List<String> command : plan.commands()) {
                spec.commandLine().getOut().println(String.join(" ", command));
            }
            return Exit.OK;
        }
    }

    @Command(name = "start", description = "Reserves results/.<run-id>.partial/ and writes env.json; prints the folder, then the run id.")
    static final class Start implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--results-dir", required = true, paramLabel = "DIR", description = "Where the run folder goes.")
        Path resultsDir;

        @Option(names = "--profile", required = true, paramLabel = "P", description = "The profile, for env.json.")
        String profile;

        @Option(names = "--args", required = true, paramLabel = "TEXT", description = "load.sh's arguments, for env.json.")
        String args;

        @Option(names = "--repo", required = true, paramLabel = "DIR", description = "The repository, for env.json.")
        Path repo;

        @Override
        public Integer call() throws BadInputException, IOException {
            String id = LoadProfile.of(profile).id();
            if (Files.exists(resultsDir) && !Files.isDirectory(resultsDir)) {
                throw new BadInputException("--results-dir " + resultsDir + " is not a folder");
            }
            Instant now = Instant.now();
            RunFolders.Reserved run = RunFolders.reserve(resultsDir, RunFolders.baseId(now, "load", Runtime.version().feature()));
            EnvJson.write(run.partial(), LoadEnv.atStart(run.runId(), id, args, now, repo));
            spec.commandLine().getOut().println(run.partial());
            spec.commandLine().getOut().println(run.runId());
            return Exit.OK;
        }
    }

    @Command(name = "finish", description = "Completes env.json and renames the folder to <run-id> or <run-id>-incomplete; prints it.")
    static final class Finish implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--run", required = true, paramLabel = "PARTIAL", description = "The run folder start reserved.")
        Path partial;

        @Option(names = "--complete", required = true, paramLabel = "true|false", description = "Whether every experiment ran.")
        String complete;

        @Override
        public Integer call() throws BadInputException, IOException {
            boolean done = switch (complete) {
                case "true" -> true;
                case "false" -> false;
                default -> throw new BadInputException("--complete takes true or false");
            };
            String runId = EnvJson.read(partial).get("runId").getAsString();
            LoadEnv.atEnd(partial, Instant.now(), done);
            spec.commandLine().getOut().println(RunFolders.publish(partial, runId, done));
            return Exit.OK;
        }
    }

    /** The options every experiment takes: its run folder, the profile it belongs to, the runtime it must run on. */
    static final class Experiment {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        boolean help;

        @Option(names = "--run-dir", required = true, paramLabel = "DIR", description = "The run folder (it must exist).")
        Path runDir;

        @Option(names = "--profile", paramLabel = "P", description = "The profile, recorded in env.json.")
        String profile;

        @Option(names = "--sched", paramLabel = "go|vt", description = "The goroutine runtime this JVM must run (-Dctxbench.sched).")
        String sched;

        /** The run folder, after checking that {@code --profile}, if given, is a profile. */
        Path run() throws BadInputException {
            if (profile != null) {
                LoadProfile.of(profile);
            }
            if (!Files.isDirectory(runDir)) {
                throw new BadInputException("run folder " + runDir + " does not exist");
            }
            return runDir;
        }

        /**
         * The goroutine runtime of this JVM ({@code ctxbench.sched}), which {@code --sched}, if
         * given, must name: the rows say which runtime made them, so a mismatch is refused before
         * anything runs.
         */
        String sched() throws BadInputException {
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

        /** Prints what is about to run. */
        void starting(String what) {
            spec.commandLine().getOut().println("load: " + what + " ...");
        }

        /** Records the experiment in env.json and prints its summary. */
        int finish(Path run, String command, String benchmark, String params, String summary) throws IOException {
            LoadEnv.record(run, command, benchmark, params, profile, summary);
            spec.commandLine().getOut().println("load: " + summary);
            return Exit.OK;
        }
    }

    @Command(name = "seed", description = "The seed scenario open-loop at a fixed rate, one variant on one queue.")
    static final class Seed implements Callable<Integer> {
        @Mixin
        Experiment e;

        @Option(names = "--variant", required = true, paramLabel = "V", description = "The seed variant.")
        String variant;

        @Option(names = "--queue", required = true, paramLabel = "Q", description = "The timer queue.")
        String queue;

        @Option(names = "--rate", required = true, paramLabel = "R", description = "Requests per second.")
        String rate;

        @Option(names = "--duration", required = true, paramLabel = "D", description = "How long requests are sent.")
        String duration;

        @Option(names = "--slow", paramLabel = "P", description = "Share of slow requests, 0..1 (default 0).")
        String slow;

        @Option(names = "--warmup", paramLabel = "D", description = "Warm-up before measuring (default 0).")
        String warmup;

        @Override
        public Integer call() throws BadInputException, IOException, InterruptedException {
            Path run = e.run();
            SeedLoad.Config config = new SeedLoad.Config(CliOptions.single("--variant", variant, SeedVariant.NAMES),
                    CliOptions.single("--queue", queue, InstalledQueue.NAMES), e.sched(), CliOptions.positive("--rate", rate, 0),
                    CliOptions.duration("--duration", duration, null, false), CliOptions.share("--slow", slow, 0),
                    CliOptions.duration("--warmup", warmup, Duration.ZERO, true), SeedLoad.SEED_TIMEOUT);
            e.starting(config.describe());
            SeedLoad.Result r = SeedLoad.run(config);
            r.writeTo(run);
            return e.finish(run, "seed", SeedLoad.BENCHMARK, config.params(), r.summary());
        }
    }

    @Command(name = "lateness", description = "Timer lateness: probes among idle timers on one queue.")
    static final class Lateness implements Callable<Integer> {
        @Mixin
        Experiment e;

        @Option(names = "--queue", required = true, paramLabel = "Q", description = "The timer queue.")
        String queue;

        @Option(names = "--idle", paramLabel = "N", description = "Idle timers (default 0).")
        String idle;

        @Option(names = "--rate", paramLabel = "R", description = "Probes per second (default 1000).")
        String rate;

        @Option(names = "--duration", paramLabel = "D", description = "How long probes are added (default 10s).")
        String duration;

        @Option(names = "--delay", paramLabel = "D", description = "Each probe's delay (default 1ms).")
        String delay;

        @Option(names = "--warmup", paramLabel = "D", description = "Warm-up before measuring (default 0).")
        String warmup;

        @Override
        public Integer call() throws BadInputException, IOException {
            Path run = e.run();
            TimerLateness.Config config = new TimerLateness.Config(CliOptions.single("--queue", queue, InstalledQueue.NAMES), e.sched(),
                    CliOptions.whole("--idle", idle, 0, 0), CliOptions.positive("--rate", rate, 1000),
                    CliOptions.duration("--duration", duration, Duration.ofSeconds(10), false),
                    CliOptions.duration("--delay", delay, Duration.ofMillis(1), true),
                    CliOptions.duration("--warmup", warmup, Duration.ZERO, true));
            e.starting("timer lateness on " + config.queue() + " with " + config.idle() + " idle timers, sched " + config.sched());
            TimerLateness.Result r = TimerLateness.run(config);
            r.writeTo(run);
            return e.finish(run, "lateness", TimerLateness.BENCHMARK, config.params(), r.summary());
        }
    }

    @Command(name = "cancel", description = "Cancel propagation through a chain or fan-out of contexts.")
    static final class Cancel implements Callable<Integer> {
        @Mixin
        Experiment e;

        @Option(names = "--shape", required = true, paramLabel = "chain|fanout", description = "The shape of the context tree.")
        String shape;

        @Option(names = "--size", required = true, paramLabel = "N", description = "Contexts in the chain or fan-out.")
        String size;

        @Option(names = "--trials", paramLabel = "N", description = "Measured trials (default 100).")
        String trials;

        @Option(names = "--warmup-trials", paramLabel = "N", description = "Warm-up trials (default 0).")
        String warmupTrials;

        @Override
        public Integer call() throws BadInputException, IOException, InterruptedException {
            Path run = e.run();
            CancelLatency.Shape s = CancelLatency.Shape.of(CliOptions.single("--shape", shape, List.of("chain", "fanout")));
            CancelLatency.Config config = new CancelLatency.Config(s, e.sched(), CliOptions.whole("--size", size, 1, 1),
                    CliOptions.whole("--trials", trials, 100, 1), CliOptions.whole("--warmup-trials", warmupTrials, 0, 0));
            e.starting("cancel propagation, " + s.param() + " of " + config.size() + ", sched " + config.sched());
            CancelLatency.Result r = CancelLatency.run(config);
            r.writeTo(run);
            return e.finish(run, "cancel", CancelLatency.BENCHMARK, config.params(), r.summary());
        }
    }

    @Command(name = "handoff", description = "Channel hand-off round trips between two threads.")
    static final class Handoff implements Callable<Integer> {
        @Mixin
        Experiment e;

        @Option(names = "--threads", required = true, paramLabel = "platform|virtual", description = "The threads.")
        String threads;

        @Option(names = "--round-trips", paramLabel = "N", description = "Measured round trips (default 100000).")
        String roundTrips;

        @Option(names = "--warmup-round-trips", paramLabel = "N", description = "Warm-up round trips (default 0).")
        String warmupRoundTrips;

        @Override
        public Integer call() throws BadInputException, IOException, InterruptedException {
            Path run = e.run();
            ThreadKind kind = ThreadKind.of(CliOptions.single("--threads", threads, List.of("platform", "virtual")));
            ChanHandoff.Config config = new ChanHandoff.Config(kind, e.sched(), CliOptions.whole("--round-trips", roundTrips, 100_000, 1),
                    CliOptions.whole("--warmup-round-trips", warmupRoundTrips, 0, 0));
            e.starting("channel hand-off, " + kind.param + " threads, sched " + config.sched());
            ChanHandoff.Result r = ChanHandoff.run(config);
            r.writeTo(run);
            return e.finish(run, "handoff", ChanHandoff.BENCHMARK, config.params(), r.summary());
        }
    }
}
