package ctxbench.bench.prof;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.ExternalProfiler;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.profile.ProfilerException;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler that measures OS context switches per operation: how often the benchmark JVM's
 * threads gave up their CPU ({@value #VOLUNTARY}: a thread blocked, e.g. a carrier or an M parked
 * in a futex, and must later be woken by the OS) or were preempted ({@value #INVOLUNTARY}), in
 * {@value #UNIT}, the process's switches during an iteration divided by the iteration's operations.
 * It is the measurement for the claim that the {@code go} scheduler ({@code -Dctxbench.sched=go})
 * makes fewer OS thread wake-ups per request than virtual threads ({@code vt}): a goroutine or
 * virtual thread that parks without parking its carrier costs no OS switch; a carrier (or M) that
 * runs out of work and sleeps costs one voluntary switch, and how often that happens is what the
 * scheduler's design decides.
 *
 * <p>Source: before and after every iteration (warm-up and measurement), the process's cumulative
 * counts from {@code getrusage(RUSAGE_SELF)} ({@code ru_nvcsw}, {@code ru_nivcsw}; {@link RusageCounter}),
 * which include threads that exited during the iteration. It is called through the FFM API, final
 * in JDK 22; on JDK 21 (or if linking fails) the counts come from
 * {@code /proc/self/task/<tid>/status} ({@link ProcTaskCounters}), summed per thread, which loses
 * what a thread did between the first reading and its exit (and everything of a thread that both
 * started and ended within the iteration); the benchmark JVM then prints one line saying so.
 * {@code /proc/self/status} alone would not do: it is the main thread's counts only. Per op: the
 * difference divided by {@code IterationResultMetaData.getAllOps()}, the operations of all
 * benchmark threads including those run while threads synchronise at the iteration's edges (as
 * JMH's {@code gc.alloc.rate.norm} does), already multiplied by {@code @OperationsPerInvocation};
 * iterations are averaged ({@link AggregationPolicy#AVG}). Linux only: elsewhere the constructor
 * throws {@link ProfilerException}, so a run fails at once rather than report zeros.
 *
 * <p>What could fool the measurement:
 * <ul>
 *   <li>The counts are the whole process's: JMH's own threads (the one waiting for the iteration to
 *       end, the link to the host JVM), the JIT compilers (busy in warm-up), GC workers, the VM's
 *       periodic task thread and the timer queue's thread switch too. That background is roughly a
 *       fixed number per second, so it adds about <em>background rate × time per op</em> to every
 *       op: negligible at microseconds per op, dominant for nanosecond benchmarks. Compare
 *       benchmarks with similar times per op, or against an idle benchmark's floor.</li>
 *   <li>A voluntary switch is any block, not only a scheduler's park: every Java thread that runs
 *       at a GC safepoint blocks there, so an allocation-heavy variant pays switches for its GCs
 *       (a real cost, but not a scheduler wake-up); so does a page fault on a file-backed page or
 *       blocking I/O.</li>
 *   <li>Involuntary switches measure competition for the CPU: other processes on the machine, or
 *       more runnable threads than cores; they vary with machine load, not with the design.</li>
 *   <li>Each iteration's start and end (JMH starting the benchmark threads, iteration-level
 *       {@code @Setup}/{@code @TearDown}) fall between the two readings; their switches are divided
 *       by the iteration's ops, so they matter only for very short iterations (the smoke profile's
 *       50 ms) or slow ops.</li>
 *   <li>The thread that runs the benchmark method is JMH's: a platform thread, or a virtual thread
 *       with {@code -Djmh.executor=VIRTUAL} (as in every {@code bench.sh} profile), never a G of the
 *       {@code go} scheduler. A benchmark that calls the model once per JMH call from that thread
 *       measures the hand-offs between JMH's thread and the goroutines, which Go's {@code b.N}
 *       loop does not make; the suites with a {@code sched} parameter run a batch per invocation
 *       inside a goroutine of that runtime ({@code Goroutines.run}), so those hand-offs happen once
 *       per batch.</li>
 *   <li>With {@code -f 0} the benchmark runs in JMH's host JVM, whose own threads are counted too.</li>
 * </ul>
 *
 * <p>The profiler is also an {@link ExternalProfiler} only to add
 * {@code --enable-native-access=ALL-UNNAMED} to the benchmark JVM, which the {@code getrusage}
 * call needs without a warning.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'seed.SeedRequest.fastPath' -prof ctxbench.bench.prof.ContextSwitchProfiler}
 * ({@code scripts/bench.sh} adds it to every run, beside {@code -prof gc}; in {@code results.csv}
 * the metrics are {@code ctxsw_voluntary} and {@code ctxsw_involuntary}). To compare the goroutine
 * runtimes, compare a suite's {@code sched=go} and {@code sched=vt} rows.
 */
public final class ContextSwitchProfiler implements InternalProfiler, ExternalProfiler {
    /** JMH's name of voluntary switches per op. */
    public static final String VOLUNTARY = "ctxsw.voluntary";
    /** JMH's name of involuntary switches per op. */
    public static final String INVOLUNTARY = "ctxsw.involuntary";
    /** The unit of both: switches per operation. */
    public static final String UNIT = "#/op";
    /** The flag that lets the benchmark JVM call {@code getrusage} without a warning. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";
    /** Linux's folder of the process's threads. */
    static final Path TASKS = Path.of("/proc/self/task");

    private final ProcTaskCounters proc;
    private final Supplier<CounterSource> sourceFactory;
    /** The source in use: chosen by the constructor in the benchmark JVM, else at the first iteration. */
    private CounterSource source;
    /** The reading taken before the current iteration; null before the first. */
    private CounterReading before;

    /**
     * The profiler JMH creates ({@code -prof ctxbench.bench.prof.ContextSwitchProfiler}).
     *
     * @throws ProfilerException if this is not Linux or its {@code /proc/self/task} cannot be read
     */
    public ContextSwitchProfiler() throws ProfilerException {
        this(TASKS, null);
    }

    /**
     * A profiler that checks {@code taskDirectory} and counts with the source {@code sourceFactory}
     * gives, at once; with {@code sourceFactory} null, with {@code getrusage} if it links, else
     * {@code taskDirectory}, chosen when {@link #choosesQuietly} allows or else at the first iteration.
     *
     * @throws ProfilerException if {@code taskDirectory} is missing (not Linux) or cannot be read
     */
    ContextSwitchProfiler(Path taskDirectory, Supplier<CounterSource> sourceFactory) throws ProfilerException {
        this.proc = new ProcTaskCounters(taskDirectory);
        if (!Files.isDirectory(taskDirectory)) {
            throw new ProfilerException("ContextSwitchProfiler needs Linux's " + taskDirectory + ", which this system ("
                    + System.getProperty("os.name") + ") does not have");
        }
        try {
            if (proc.read().counters().isEmpty()) throw new IOException("no threads listed");
        } catch (IOException | RuntimeException e) {
            throw new ProfilerException("ContextSwitchProfiler cannot read " + proc.description() + ": " + oneLine(e));
        }
        this.sourceFactory = sourceFactory != null ? sourceFactory : () -> choose(proc, RusageCounter::open, System.err);
        if (sourceFactory != null || choosesQuietly()) source();
    }

    /**
     * Whether the source can be chosen now, in the constructor, without the JVM's warning about
     * native access: on JDK 21 (no FFM call at all: {@code /proc}), or when this module has native
     * access (the benchmark JVM, given {@value #NATIVE_ACCESS} by {@link #addJVMOptions}). Then a
     * fallback note comes before the iterations rather than inside an iteration's output line.
     * Otherwise (JMH's host JVM) the choice waits for the first iteration, which a host JVM runs
     * only with {@code -f 0}.
     */
    private static boolean choosesQuietly() {
        if (Runtime.version().feature() < RusageCounter.FFM_FEATURE) return true;
        try {
            return (boolean) Module.class.getMethod("isNativeAccessEnabled").invoke(ContextSwitchProfiler.class.getModule());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The source to count with: {@code getrusage} when it links and its first reading is at least
     * the sum over the live threads in {@code proc} (a check of the struct layout), else
     * {@code proc}, saying why on {@code err} in one line.
     */
    static CounterSource choose(ProcTaskCounters proc, Supplier<? extends CounterSource> rusage, PrintStream err) {
        String reason;
        try {
            CounterSource counter = rusage.get();
            ContextSwitches threads = proc.read().total();
            ContextSwitches process = counter.read().total();
            if (!process.isBelow(threads)) return counter;
            reason = "getrusage gave " + process + ", below the live threads' " + threads + " (unexpected struct rusage layout)";
        } catch (IOException | RuntimeException e) {
            reason = oneLine(e);
        }
        err.println("# ContextSwitchProfiler: counting from " + proc.description() + ", not getrusage (" + reason
                + "): switches of threads that exit during an iteration are not counted");
        return proc;
    }

    /** The source in use, chosen on first call. */
    CounterSource source() {
        if (source == null) source = sourceFactory.get();
        return source;
    }

    /** Takes the reading the iteration's switches are counted from. */
    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        before = read();
    }

    /** The iteration's voluntary and involuntary switches per operation (NaN if it had no operations). */
    @Override
    @SuppressWarnings("rawtypes") // JMH declares Collection<? extends Result>
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        CounterReading after = read();
        CounterReading earlier = before;
        before = null;
        if (earlier == null) return perOp(ContextSwitches.ZERO, 0);
        return perOp(after.since(earlier), result.getMetadata().getAllOps());
    }

    /**
     * JMH's results for {@code switches} over {@code ops} operations: {@value #VOLUNTARY} and
     * {@value #INVOLUNTARY} in {@value #UNIT}, averaged over iterations; NaN when {@code ops} is 0.
     */
    static List<ScalarResult> perOp(ContextSwitches switches, long ops) {
        return List.of(
                new ScalarResult(VOLUNTARY, ratio(switches.voluntary(), ops), UNIT, AggregationPolicy.AVG),
                new ScalarResult(INVOLUNTARY, ratio(switches.involuntary(), ops), UNIT, AggregationPolicy.AVG));
    }

    private static double ratio(long count, long ops) {
        return ops > 0 ? (double) count / ops : Double.NaN;
    }

    private CounterReading read() {
        try {
            return source().read();
        } catch (IOException e) {
            throw new UncheckedIOException("ContextSwitchProfiler: " + e.getMessage(), e);
        }
    }

    /** None: the profiler does not change how the benchmark JVM is started. */
    @Override
    public Collection<String> addJVMInvokeOptions(BenchmarkParams params) {
        return List.of();
    }

    /** {@value #NATIVE_ACCESS}, for the {@code getrusage} call. */
    @Override
    public Collection<String> addJVMOptions(BenchmarkParams params) {
        return List.of(NATIVE_ACCESS);
    }

    /** Nothing to do before a fork. */
    @Override
    public void beforeTrial(BenchmarkParams benchmarkParams) {
    }

    /** No results from the host JVM: they come per iteration from the benchmark JVM. */
    @Override
    @SuppressWarnings("rawtypes") // JMH declares Collection<? extends Result>
    public Collection<? extends Result> afterTrial(BenchmarkResult br, long pid, java.io.File stdOut, java.io.File stdErr) {
        return List.of();
    }

    /** The benchmark JVM's output is left to JMH. */
    @Override
    public boolean allowPrintOut() {
        return true;
    }

    /** The benchmark JVM's error output is left to JMH. */
    @Override
    public boolean allowPrintErr() {
        return true;
    }

    /** What {@code -lprof} shows. */
    @Override
    public String getDescription() {
        return "OS context switches per op (" + VOLUNTARY + ": blocked, " + INVOLUNTARY + ": preempted), "
                + "from getrusage(RUSAGE_SELF), or /proc/self/task on JDK 21; Linux only";
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
