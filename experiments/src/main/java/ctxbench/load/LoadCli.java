package ctxbench.load;

import ctxbench.bench.channels.ThreadKind;
import ctxbench.bench.queues.InstalledQueue;
import ctxbench.bench.run.EnvJson;
import ctxbench.bench.run.RunFolders;
import ctxbench.bench.seed.SeedVariants;
import ctxbench.cli.ErrorLine;
import ctxbench.runtime.Sched;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

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
 * {@code 500ms}, {@code 3s}, {@code 2m} or seconds. Exit status: 0 done; 1 an experiment failed or
 * a file could not be read or written; 2 bad input (one line {@code load: <what>} on stderr,
 * nothing written).
 */
public final class LoadCli {
    private static final Set<String> PLAN = Set.of("profile", "rate", "duration", "variants", "queues", "slow", "sched");
    private static final Set<String> START = Set.of("results-dir", "profile", "args", "repo");
    private static final Set<String> FINISH = Set.of("run", "complete");
    private static final Set<String> SEED = Set.of("run-dir", "profile", "sched", "variant", "queue", "rate", "duration", "slow", "warmup");
    private static final Set<String> LATENESS = Set.of("run-dir", "profile", "sched", "queue", "idle", "rate", "duration", "delay", "warmup");
    private static final Set<String> CANCEL = Set.of("run-dir", "profile", "sched", "shape", "size", "trials", "warmup-trials");
    private static final Set<String> HANDOFF = Set.of("run-dir", "profile", "sched", "threads", "round-trips", "warmup-round-trips");

    private LoadCli() {
    }

    /** Command-line entry point; see the class comment. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            if (args.length == 0) {
                throw new UsageException("a command is needed: plan, start, finish, seed, lateness, cancel, handoff, go-import");
            }
            switch (args[0]) {
                case "plan" -> plan(CliOptions.parse(args, 1, PLAN), out);
                case "start" -> start(CliOptions.parse(args, 1, START), out);
                case "finish" -> finish(CliOptions.parse(args, 1, FINISH), out);
                case "seed" -> seed(CliOptions.parse(args, 1, SEED), out);
                case "lateness" -> lateness(CliOptions.parse(args, 1, LATENESS), out);
                case "cancel" -> cancel(CliOptions.parse(args, 1, CANCEL), out);
                case "handoff" -> handoff(CliOptions.parse(args, 1, HANDOFF), out);
                case "go-import" -> {
                    return GoLatencyImport.run(Arrays.copyOfRange(args, 1, args.length), out, err);
                }
                default -> throw new UsageException("unknown command '" + args[0] + "'");
            }
            return 0;
        } catch (UsageException e) {
            err.println("load: " + e.getMessage());
            return 2;
        } catch (IOException | RuntimeException e) {
            err.println("load: " + ErrorLine.of(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("load: interrupted");
            return 1;
        }
    }

    private static void plan(CliOptions o, PrintStream out) throws UsageException {
        LoadProfile.Plan plan = LoadProfile.of(o.text("profile", "quick")).plan(o);
        out.println(Math.round(plan.estimatedSeconds()));
        for (List<String> command : plan.commands()) {
            out.println(String.join(" ", command));
        }
    }

    private static void start(CliOptions o, PrintStream out) throws UsageException, IOException {
        Path resultsDir = Path.of(o.required("results-dir"));
        String profile = LoadProfile.of(o.required("profile")).id();
        String args = o.required("args");
        Path repo = Path.of(o.required("repo"));
        if (Files.exists(resultsDir) && !Files.isDirectory(resultsDir)) {
            throw new UsageException("--results-dir " + resultsDir + " is not a folder");
        }
        Instant now = Instant.now();
        RunFolders.Reserved run = RunFolders.reserve(resultsDir, RunFolders.baseId(now, "load", Runtime.version().feature()));
        EnvJson.write(run.partial(), LoadEnv.atStart(run.runId(), profile, args, now, repo));
        out.println(run.partial());
        out.println(run.runId());
    }

    private static void finish(CliOptions o, PrintStream out) throws UsageException, IOException {
        Path partial = Path.of(o.required("run"));
        boolean complete = switch (o.required("complete")) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new UsageException("--complete takes true or false");
        };
        String runId = EnvJson.read(partial).get("runId").getAsString();
        LoadEnv.atEnd(partial, Instant.now(), complete);
        out.println(RunFolders.publish(partial, runId, complete));
    }

    private static void seed(CliOptions o, PrintStream out) throws UsageException, IOException, InterruptedException {
        Path run = runDir(o, "variant", "queue", "rate", "duration");
        SeedLoad.Config config = new SeedLoad.Config(single(o, "variant", SeedVariants.NAMES),
                single(o, "queue", InstalledQueue.NAMES), sched(o), o.positive("rate", 0), o.duration("duration", null, false),
                o.share("slow", 0), o.duration("warmup", Duration.ZERO, true), SeedLoad.SEED_TIMEOUT);
        out.println("load: " + config.describe() + " ...");
        SeedLoad.Result r = SeedLoad.run(config);
        r.writeTo(run);
        finishExperiment(run, o, "seed", SeedLoad.BENCHMARK, config.params(), r.summary(), out);
    }

    private static void lateness(CliOptions o, PrintStream out) throws UsageException, IOException {
        Path run = runDir(o, "queue");
        TimerLateness.Config config = new TimerLateness.Config(single(o, "queue", InstalledQueue.NAMES), sched(o),
                o.whole("idle", 0, 0), o.positive("rate", 1000), o.duration("duration", Duration.ofSeconds(10), false),
                o.duration("delay", Duration.ofMillis(1), true), o.duration("warmup", Duration.ZERO, true));
        out.println("load: timer lateness on " + config.queue() + " with " + config.idle() + " idle timers, sched " + config.sched() + " ...");
        TimerLateness.Result r = TimerLateness.run(config);
        r.writeTo(run);
        finishExperiment(run, o, "lateness", TimerLateness.BENCHMARK, config.params(), r.summary(), out);
    }

    private static void cancel(CliOptions o, PrintStream out) throws UsageException, IOException, InterruptedException {
        Path run = runDir(o, "shape", "size");
        CancelLatency.Shape shape = CancelLatency.Shape.of(single(o, "shape", List.of("chain", "fanout")));
        CancelLatency.Config config = new CancelLatency.Config(shape, sched(o), o.whole("size", 1, 1), o.whole("trials", 100, 1),
                o.whole("warmup-trials", 0, 0));
        out.println("load: cancel propagation, " + shape.param() + " of " + config.size() + ", sched " + config.sched() + " ...");
        CancelLatency.Result r = CancelLatency.run(config);
        r.writeTo(run);
        finishExperiment(run, o, "cancel", CancelLatency.BENCHMARK, config.params(), r.summary(), out);
    }

    private static void handoff(CliOptions o, PrintStream out) throws UsageException, IOException, InterruptedException {
        Path run = runDir(o, "threads");
        ThreadKind threads = ThreadKind.of(single(o, "threads", List.of("platform", "virtual")));
        ChanHandoff.Config config = new ChanHandoff.Config(threads, sched(o), o.whole("round-trips", 100_000, 1),
                o.whole("warmup-round-trips", 0, 0));
        out.println("load: channel hand-off, " + threads.param + " threads, sched " + config.sched() + " ...");
        ChanHandoff.Result r = ChanHandoff.run(config);
        r.writeTo(run);
        finishExperiment(run, o, "handoff", ChanHandoff.BENCHMARK, config.params(), r.summary(), out);
    }

    /** Records the experiment in env.json and prints its summary. */
    private static void finishExperiment(Path run, CliOptions o, String command, String benchmark, String params,
                                         String summary, PrintStream out) throws IOException {
        LoadEnv.record(run, command, benchmark, params, o.text("profile", null), summary);
        out.println("load: " + summary);
    }

    /**
     * The run folder an experiment writes into (it must exist), after checking that the
     * {@code required} options are there and that {@code --profile}, if given, is a profile.
     */
    private static Path runDir(CliOptions o, String... required) throws UsageException {
        for (String name : required) {
            o.required(name);
        }
        if (o.has("profile")) {
            LoadProfile.of(o.text("profile", null));
        }
        Path run = Path.of(o.required("run-dir"));
        if (!Files.isDirectory(run)) {
            throw new UsageException("run folder " + run + " does not exist");
        }
        return run;
    }

    /**
     * The goroutine runtime of this JVM ({@code ctxbench.sched}), which {@code --sched}, if given,
     * must name: the rows say which runtime made them, so a mismatch is refused before anything runs.
     */
    private static String sched(CliOptions o) throws UsageException {
        String mode = Sched.mode();
        if (o.has("sched")) {
            String wanted = single(o, "sched", LoadSched.NAMES);
            if (!wanted.equals(mode)) {
                throw new UsageException("--sched " + wanted + " needs a JVM started with -D" + Sched.PROPERTY + "=" + wanted
                        + " (this one runs " + mode + ")");
            }
        }
        return mode;
    }

    /** A required option naming exactly one of {@code known}. */
    private static String single(CliOptions o, String name, List<String> known) throws UsageException {
        List<String> names = o.names(name, List.of(), known);
        if (names.size() != 1) {
            throw new UsageException("--" + name + " takes one of " + String.join(", ", known));
        }
        return names.getFirst();
    }
}
