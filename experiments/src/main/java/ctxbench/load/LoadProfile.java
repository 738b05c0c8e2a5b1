package ctxbench.load;

import ctxbench.cli.BadInputException;
import ctxbench.results.DecimalText;
import ctxbench.results.ParamValues;
import ctxbench.seed.SeedVariant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code scripts/load.sh --profile P} runs: each profile's seed-scenario settings and, for
 * {@code full}, the other distributions. {@link #plan} turns a profile and the user's overrides
 * into one {@link LoadCli} command line per JVM: each seed variant on each queue runs in a JVM of
 * its own, and so does each other experiment.
 * <ul>
 *   <li>{@code smoke} (CI): 200 req/s for 2 s per variant after 0.5 s of warm-up, on go-heap.</li>
 *   <li>{@code quick}: 2000 req/s for 10 s after 2 s of warm-up, on go-heap and jdk.</li>
 *   <li>{@code full}: 2000 req/s for 30 s after 5 s of warm-up, on go-heap, jdk and wheel; then
 *       timer lateness on each of those queues (100 000 idle timers, 1000 probes/s for 10 s, each
 *       due 1 ms after it is added), cancel propagation (chain and fan-out of 10 and 1000,
 *       1000 trials each) and channel hand-off (platform and virtual, 200 000 round trips).</li>
 * </ul>
 * Every profile runs the seed scenario's channel timers in Go 1.19's semantics on its queues and in
 * Go 1.23's on {@code go-heap} (the model of Go's heap), unless {@code --timers} names the modes to
 * run on every queue. Every profile runs all four variants with no slow requests unless told otherwise, on the
 * goroutine runtime {@code go} (the model of Go's scheduler, whose rows stand beside Go's:
 * {@code ModelDefaults}) unless {@code --sched} names others; with {@code --sched go,vt} the whole
 * profile runs once per runtime, every experiment in a JVM of its own. One runtime keeps the
 * profiles within their budgets (about 3 and 28 minutes); both double them.
 */
enum LoadProfile {
    /** CI: a couple of seconds per variant at a low rate. */
    SMOKE(200, Duration.ofSeconds(2), Duration.ofMillis(500), List.of("go-heap"), false),
    /** The main job: about three minutes. */
    QUICK(2000, Duration.ofSeconds(10), Duration.ofSeconds(2), List.of("go-heap", "jdk"), false),
    /** The report's run: about 28 minutes. */
    FULL(2000, Duration.ofSeconds(30), Duration.ofSeconds(5), List.of("go-heap", "jdk", "wheel"), true);

    /** Full's timer-lateness settings. */
    static final int LATENESS_IDLE = 100_000;
    static final double LATENESS_RATE = 1000;
    static final Duration LATENESS_DURATION = Duration.ofSeconds(10);
    static final Duration LATENESS_DELAY = Duration.ofMillis(1);
    static final Duration LATENESS_WARMUP = Duration.ofSeconds(2);
    /** Full's cancel-propagation shapes and trials. */
    static final List<Integer> CANCEL_SIZES = List.of(10, 1000);
    static final int CANCEL_TRIALS = 1000;
    static final int CANCEL_WARMUP_TRIALS = 200;
    /** Full's hand-off round trips. */
    static final int HANDOFF_ROUND_TRIPS = 200_000;
    static final int HANDOFF_WARMUP_ROUND_TRIPS = 20_000;
    /** Seconds a JVM takes to start and load the experiment, for the estimate. */
    private static final double JVM_START_SECONDS = 1.5;

    final double rate;
    final Duration duration;
    final Duration warmup;
    final List<String> queues;
    final boolean otherDistributions;

    LoadProfile(double rate, Duration duration, Duration warmup, List<String> queues, boolean otherDistributions) {
        this.rate = rate;
        this.duration = duration;
        this.warmup = warmup;
        this.queues = queues;
        this.otherDistributions = otherDistributions;
    }

    /** The profile's name on the command line. */
    String id() {
        return ParamValues.of(this);
    }

    /** The profile called {@code id}. */
    static LoadProfile of(String id) throws BadInputException {
        return ParamValues.find(values(), id)
                .orElseThrow(() -> new BadInputException("unknown profile '" + id + "' (" + ParamValues.list(values()) + ")"));
    }

    /**
     * The plan: an estimate and one command line per JVM.
     *
     * @param estimatedSeconds about how long the runs take, JVM starts included
     * @param commands         each a {@link LoadCli} command and its options (no {@code --run-dir})
     */
    record Plan(double estimatedSeconds, List<List<String>> commands) {
    }

    /**
     * The plan of this profile with the user's overrides ({@code plan} options of {@link LoadCli},
     * checked there): the seed scenario's {@code rate}, {@code duration} and {@code slow} share,
     * the {@code variants}, the {@code queues} (timer lateness's too), the runtimes {@code scheds}
     * and the seed scenario's timer semantics {@code timers}, each on every queue (null: go1.19 on
     * every queue and go1.23 on go-heap). Every command line starts with its command and
     * {@code --sched S}, the runtime its JVM must run; the runtimes come one after the other, in
     * the order given.
     */
    Plan plan(double rate, Duration duration, double slow, List<String> variants, List<String> queues, List<String> scheds,
              List<String> timers) {
        List<List<String>> commands = new ArrayList<>();
        double seconds = 0;
        for (String s : scheds) {
            seconds += plan(s, rate, duration, slow, variants, queues, timers, commands);
        }
        return new Plan(seconds, commands);
    }

    /** The seed scenario's runs: each queue with each timer semantics, or by default go1.19 everywhere and go1.23 on go-heap. */
    private static List<List<String>> seedQueuesAndTimers(List<String> queues, List<String> timers) {
        List<List<String>> runs = new ArrayList<>();
        for (String q : queues) {
            for (String t : timers != null ? timers : q.equals("go-heap") ? List.of("go1.19", "go1.23") : List.of("go1.19")) {
                runs.add(List.of(q, t));
            }
        }
        return runs;
    }

    /** Adds the commands of one runtime to {@code commands}; returns their estimated seconds. */
    private double plan(String sched, double r, Duration d, double slow, List<String> variants, List<String> qs,
                        List<String> timers, List<List<String>> commands) {
        double seconds = 0;
        Duration drain = SeedVariant.SEED_TIMEOUT.plus(slow > 0 ? SeedVariant.SEED_TIMEOUT.multipliedBy(2) : Duration.ZERO);
        for (List<String> queueAndTimers : seedQueuesAndTimers(qs, timers)) {
            for (String v : variants) {
                commands.add(List.of("seed", "--sched", sched, "--variant", v, "--queue", queueAndTimers.get(0),
                        "--timers", queueAndTimers.get(1), "--rate", DecimalText.format(r),
                        "--duration", CliOptions.format(d), "--slow", DecimalText.format(slow),
                        "--warmup", CliOptions.format(warmup)));
                seconds += JVM_START_SECONDS + seconds(warmup.plus(d).plus(drain).plus(drain));
            }
        }
        if (otherDistributions) {
            for (String q : qs) {
                commands.add(List.of("lateness", "--sched", sched, "--queue", q, "--idle", Integer.toString(LATENESS_IDLE),
                        "--rate", DecimalText.format(LATENESS_RATE), "--duration", CliOptions.format(LATENESS_DURATION),
                        "--delay", CliOptions.format(LATENESS_DELAY), "--warmup", CliOptions.format(LATENESS_WARMUP)));
                seconds += JVM_START_SECONDS + 1 + seconds(LATENESS_WARMUP.plus(LATENESS_DURATION));
            }
            for (CancelLatency.Shape shape : CancelLatency.Shape.values()) {
                for (int size : CANCEL_SIZES) {
                    commands.add(List.of("cancel", "--sched", sched, "--shape", shape.param(), "--size", Integer.toString(size),
                            "--trials", Integer.toString(CANCEL_TRIALS), "--warmup-trials", Integer.toString(CANCEL_WARMUP_TRIALS)));
                    seconds += JVM_START_SECONDS + (CANCEL_TRIALS + CANCEL_WARMUP_TRIALS) * size * 5e-6;
                }
            }
            for (String threads : List.of("platform", "virtual")) {
                commands.add(List.of("handoff", "--sched", sched, "--threads", threads, "--round-trips", Integer.toString(HANDOFF_ROUND_TRIPS),
                        "--warmup-round-trips", Integer.toString(HANDOFF_WARMUP_ROUND_TRIPS)));
                seconds += JVM_START_SECONDS + (HANDOFF_ROUND_TRIPS + HANDOFF_WARMUP_ROUND_TRIPS) * 20e-6;
            }
        }
        return seconds;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
