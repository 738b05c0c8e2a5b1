package ctxbench.bench.seed;

import ctxbench.bench.GoroutineBatch;
import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import ctxbench.seed.Engine;
import ctxbench.seed.SeedVariant;
import ctxbench.time.TimerMode;
import ctxbench.workloads.queues.InstalledQueue;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The seed's request code (seeds/000), one request per operation, in the four
 * {@link SeedVariant}s ({@code variant}) on each timer queue ({@code queue}, Java only) and each
 * goroutine runtime ({@code sched}, Java only): make {@code engineCtxCh} (buffered 1), {@code go}
 * the worker, {@code select} on the answer or the timeout. Mirrors
 * {@code BenchmarkSeedRequest_fastPath/variant=…} and {@code BenchmarkSeedRequest_timeoutPath/variant=…}
 * of the Go mirror ({@code experiments/go/seed}).
 *
 * <p>The requests run inside a goroutine, as the Go mirror's {@code b.N} loop runs inside one: each
 * invocation runs a batch of requests ({@code @OperationsPerInvocation}) on one goroutine of the
 * {@code sched} runtime ({@link Goroutines#run}), so the worker goroutines, the select's parks and
 * wake-ups and the timers are that runtime's: {@code go}, the model of Go's scheduler (the worker in
 * the requester's P's {@code runnext}, timers in the Ps' heaps run by the Ms, on {@code go-heap}); {@code vt},
 * JDK virtual threads and a timer thread per queue. The goroutine's start and the JMH thread's
 * wake-up at the end of the batch are shared by the batch (about two wake-ups per
 * {@value #FAST_PATH_BATCH} requests). On {@code jdk} and {@code wheel} the queue's own thread fires the
 * timers under both runtimes.
 *
 * <p>{@link #fastPath}: the worker answers at once and the timeout is 200 ms, as in production.
 * Timers that the variant does not stop ({@link SeedVariant#BEFORE_LEAKY}'s context timer, {@link SeedVariant#AFTER}'s
 * channel timer) stay live for 200 ms and then fire, so during a measurement the queue holds about
 * <em>request rate × 200 ms</em> live timers (e.g. 100 000 at 2 µs per request), and the firing
 * (a goroutine per leaky context timer, a channel send per {@code time.After} timer) competes
 * with the requests for the two cores. That growth is the effect being measured, not noise:
 * it is why the seed's "after" and "before" differ in production. {@link SeedVariant#BEFORE_CANCEL} and
 * {@link SeedVariant#TIMER_STOP} stop their timer; on the Go heap the stopped entry stays until it surfaces.
 * With {@code timers=go1.23} the channel timers of {@link SeedVariant#AFTER} and
 * {@link SeedVariant#TIMER_STOP} enter a queue only if the select blocks (the worker had not
 * answered yet) and leave it (a zombie on the Go heap) when it wakes, so {@code after} no longer
 * leaves a live timer per request; the contexts' timers are function timers, unchanged.
 *
 * <p>{@link #timeoutPath}: the worker never answers and the timeout is 100 µs, so every request
 * ends on the timeout case: the cost of a timer that fires (plus the timer queue's wake-up
 * latency; the wheel's 1 ms tick makes its requests last about 1 ms).
 *
 * <p>Allocation ({@code -prof gc}): every request allocates the channel, the worker's closure and
 * goroutine (a {@code G} and its continuation, or a virtual thread), the select's cases, orders and (when it parks) waiter and sudogs, and the
 * variant's timer objects; these escape to other threads, so escape analysis cannot remove them
 * (only when the answer is already there at the select's first pass could the cases be
 * scalar-replaced, which the goroutine's start-up time makes rare). JMH 1.37 on JDK 21+ counts
 * every thread's allocation ({@code getTotalThreadAllocatedBytes}), so B/op includes what the
 * Ms, the timer thread and the goroutines allocate, e.g. the {@code Instant} a fired channel timer sends;
 * a timer fires 200 ms after its request, which in a steady state is the same amount per op.
 *
 * <p>Blocking: each operation blocks in {@code select} until the answer or the timer arrives; the
 * timer always arrives, so a trial cannot hang. {@link #tearDown} restores the default queue.
 *
 * <p>Measurement (the {@code full} profile's; {@code smoke} and {@code quick} set their own): the
 * variants differ by 7–50% in Go, so 3 forks, each 2 s of warm-up (the JIT, and the live timers
 * of the leaky variants, which reach their steady state of rate × 200 ms after 200 ms) and five
 * 1 s iterations (each spans five generations of 200 ms timers, so a burst of firings or a GC
 * lands in every sample alike): 15 samples per series.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'seed.SeedRequest' -prof gc}
 * (or {@code scripts/bench.sh --suite seed.SeedRequest}). The forks get the one JDK-internal
 * export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}, so a command line's
 * {@code -jvmArgsAppend} adds to it.
 */
@State(Scope.Benchmark)
@Fork(value = 3, jvmArgsPrepend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SeedRequest {
    /** The timeout path's timeout: short, so that every request times out quickly. */
    static final Duration TIMEOUT_PATH_TIMEOUT = Duration.ofNanos(100_000);
    /**
     * Fast-path requests per invocation: some 5–10 ms of work, so the batch's own start and end
     * (about 35 µs: two thread wake-ups) cost under 1% (1000 per invocation left them at ~5%).
     */
    static final int FAST_PATH_BATCH = 10_000;
    /** Timeout-path requests per invocation: each waits at least its 100 µs timeout. */
    static final int TIMEOUT_PATH_BATCH = 10;

    /** A worker that never answers (returns without sending, as the seed's worker does on error). */
    static final Engine<Context> NEVER_ANSWERS = ctx -> null;

    /** Which of {@link SeedVariant#NAMES}. */
    @Param({"before-leaky", "before-cancel", "after", "timer-stop"})
    public String variant;

    /** Which timer queue: {@code go-heap} (the model of Go's heap), {@code jdk}, {@code wheel}. */
    @Param({"go-heap", "jdk", "wheel"})
    public String queue;

    /** Which goroutine runtime runs the requests: {@code go} (the model of Go's scheduler) or {@code vt} (virtual threads). */
    @Param({"go", "vt"})
    public String sched;

    /**
     * Which timer semantics the channel timers follow ({@link TimerMode}): {@code go1.19} (every Go
     * before 1.23, and Go 1.23 for a module that says an older go line) or {@code go1.23} (Go 1.23's
     * synchronous channel timers, queued only while a goroutine is blocked on them). Function timers
     * (the contexts' {@code AfterFunc}) are the same in both. Java only: Go's rows say it by toolchain.
     */
    @Param({"go1.19", "go1.23"})
    public String timers;

    private InstalledQueue installed;
    private SeedVariant request;
    /** {@value #FAST_PATH_BATCH} fast-path requests; returns how many got the worker's answer. */
    private GoroutineBatch fastPathBatch;
    /** {@value #TIMEOUT_PATH_BATCH} timeout-path requests; returns how many got the worker's answer. */
    private GoroutineBatch timeoutPathBatch;

    /** Installs the queue for the runtime and picks the variant, outside the measurement. */
    @Setup(Level.Trial)
    public void setUp() {
        installed = InstalledQueue.install(queue, sched);
        TimerMode.set(TimerMode.named(timers));
        request = SeedVariant.named(variant);
        fastPathBatch = new GoroutineBatch(sched, () -> requests(FAST_PATH_BATCH, SeedVariant.SEED_TIMEOUT, Engine.ANSWERS_AT_ONCE));
        timeoutPathBatch = new GoroutineBatch(sched, () -> requests(TIMEOUT_PATH_BATCH, TIMEOUT_PATH_TIMEOUT, NEVER_ANSWERS));
    }

    /** Restores the default queue (the wheel's thread stops; timers still pending are dropped) and timer mode. */
    @TearDown(Level.Trial)
    public void tearDown() {
        TimerMode.set(TimerMode.GO1_19);
        installed.close();
    }

    /**
     * {@value #FAST_PATH_BATCH} requests whose worker answers at once; 200 ms timeout. Returns how
     * many got the answer (all of them, unless the machine stalled past a timeout).
     */
    @Benchmark
    @OperationsPerInvocation(FAST_PATH_BATCH)
    public int fastPath() {
        return fastPathBatch.run();
    }

    /** {@value #TIMEOUT_PATH_BATCH} requests whose worker never answers; 100 µs timeout. Returns how many got an answer (0). */
    @Benchmark
    @OperationsPerInvocation(TIMEOUT_PATH_BATCH)
    public int timeoutPath() {
        return timeoutPathBatch.run();
    }

    /** Makes {@code n} requests one after the other; returns how many got the worker's answer. */
    private int requests(int n, Duration timeout, Engine<Context> engine) {
        int got = 0;
        for (int i = 0; i < n; i++) {
            if (request.request(Context.todo(), timeout, engine) != null) {
                got++;
            }
        }
        return got;
    }
}
