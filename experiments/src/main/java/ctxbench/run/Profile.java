package ctxbench.run;

import ctxbench.results.ParamValues;
import java.util.List;

/**
 * The run profiles of {@code scripts/bench.sh}: how long each benchmark runs and which
 * parameters it runs with, as JMH command-line options. Every profile also gets
 * {@code -prof gc} (B/op), {@code -prof ctxbench.bench.prof.ContextSwitchProfiler} (OS context
 * switches per op), JMH's JSON result file and the suite filter (see {@link JmhArguments}).
 *
 * <p>Budgets on a 2-core machine, where starting a forked JVM costs about a second:
 * <ul>
 *   <li>{@link #SMOKE}: every benchmark with every parameter combination, one fork, no warm-up,
 *       one 50 ms iteration, failing on the first error: proves that each one runs (CI), on both
 *       goroutine runtimes ({@code sched=go} and {@code vt}) and in every class set of the channel
 *       suite ({@code channels}, {@code channels.sync}, {@code channels.go}). About 540 trials ×
 *       ~1.3 s ≈ 12 min on an idle machine (the JVM start dominates). Forks are
 *       kept (rather than {@code -f 0}, one JVM for all) so that each benchmark runs exactly as
 *       in the real profiles, with its own JVM flags and no state left over from another
 *       benchmark (e.g. a million stopped timers still referenced by an earlier trial's heap).</li>
 *   <li>{@link #QUICK}: the README's main job, about 15 minutes with the load experiments: one
 *       fork, 2 × 300 ms warm-up, 6 × 200 ms measurement (six samples per series, the fewest
 *       that give a 95% interval of the median, without which the report leaves its ratios
 *       untested), about 260 trials: the parameter space is cut where it is widest,
 *       the timer queue {@code go-heap} only (the JVM's queues, {@code jdk} and {@code wheel}, in
 *       {@code full}), {@code live} ∈ 0, 100 000, the channel suite's JVM comparison on virtual
 *       threads only ({@code -p threads=virtual}). Both goroutine runtimes run: {@code sched} is a
 *       parameter of its own, so the {@code sched=go} rows that stand beside Go's (including the
 *       {@code channels.go} classes, which have no {@code threads}) are always in.</li>
 *   <li>{@link #FULL}: the report's run, about 80 minutes of JMH (95 with the load experiments): every parameter, each suite measured
 *       as its class's {@code @Fork}, {@code @Warmup} and {@code @Measurement} say, so that the
 *       seed suite, whose variants differ by 7–50%, gets 3 forks of 1 s iterations after a
 *       warm-up long enough for its live timers to reach a steady state, while the suites that
 *       compare larger differences spend less.</li>
 * </ul>
 * Every profile runs JMH's benchmark threads as virtual threads ({@code -Djmh.executor=VIRTUAL}):
 * in Go the code under test runs on a goroutine, whose park and wake-up are user-level scheduler
 * operations; on a platform thread each wake-up is an OS futex wake, which on this machine costs
 * tens of microseconds per request and would swamp what the suites compare.
 *
 * <p>A JMH option given to {@code bench.sh} after {@code --} replaces the profile's (for {@code -p},
 * the profile's values of that one parameter).
 */
public enum Profile {
    /** Every benchmark once, briefly; fails on the first error. */
    SMOKE(List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "50ms", "-foe", "true", "-to", "60s",
            "-jvmArgsAppend", Profile.GOROUTINE_EXECUTOR)),
    /** The ~15-minute run: reduced parameters, one fork, six samples per series. */
    QUICK(List.of("-f", "1", "-wi", "2", "-w", "300ms", "-i", "6", "-r", "200ms", "-to", "60s",
            "-p", "queue=go-heap", "-p", "live=0,100000", "-p", "threads=virtual",
            "-jvmArgsAppend", Profile.GOROUTINE_EXECUTOR)),
    /** The report's run: every parameter, each suite's own forks and iterations (its annotations). */
    FULL(List.of("-to", "120s", "-jvmArgsAppend", Profile.GOROUTINE_EXECUTOR));

    /** The JVM flag that makes JMH run benchmark threads as virtual threads (goroutines). */
    static final String GOROUTINE_EXECUTOR = "-Djmh.executor=VIRTUAL";

    private final List<String> jmhOptions;

    Profile(List<String> jmhOptions) {
        this.jmhOptions = jmhOptions;
    }

    /** The profile's JMH options. */
    public List<String> jmhOptions() {
        return jmhOptions;
    }

    /** The name used on the command line and in run ids: {@code smoke}, {@code quick}, {@code full}. */
    public String id() {
        return ParamValues.of(this);
    }

    /**
     * The profile called {@code id}.
     *
     * @throws IllegalArgumentException naming the known profiles
     */
    public static Profile of(String id) {
        return ParamValues.lookup(values(), "profile", id);
    }
}
