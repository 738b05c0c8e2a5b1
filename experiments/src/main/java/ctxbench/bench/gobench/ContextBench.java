package ctxbench.bench.gobench;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Go's own context benchmarks, src/context/benchmark_test.go of Go 1.19, ported onto the model
 * with Go's names (method = Go's benchmark without {@code Benchmark}, a sub-benchmark segment
 * without {@code =} joined with {@code _}; JMH parameters = Go's sub-benchmark keys), so that Go's
 * {@code go test -bench . context} rows line up with these. Catalogue: {@code gobench} in
 * docs/benchmarks.md. Each method's javadoc quotes the Go benchmark and says what differs.
 *
 * <p>{@code b.RunParallel} maps to {@code @Threads(Threads.MAX)}: as many benchmark threads as
 * processors, as Go runs {@code GOMAXPROCS} (= number of CPUs) goroutines. The numbers are not the
 * same quantity: Go's ns/op for RunParallel is elapsed time divided by the operations of all
 * goroutines together, while JMH's AverageTime is each thread's time per operation, averaged over
 * the threads. With N threads JMH's score is about N times Go's ns/op; divide it by the thread
 * count (in JMH's output header and in jmh.json's {@code threads}) to compare with Go. Allocation
 * per op ({@code gc.alloc.rate.norm}, Go's B/op) is total bytes over total operations on both
 * sides, so it compares as is. Work that Go's loop does per iteration stays inside the op here.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'gobench.ContextBench' -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ContextBench {
    /** Go's {@code time.Hour}, the timeout of BenchmarkWithTimeout's contexts. */
    static final Duration HOUR = Duration.ofHours(1);

    // ---- BenchmarkCommonParentCancel -------------------------------------------------------

    /** {@code root := WithValue(Background(), "key", "value"); shared, sharedcancel := WithCancel(root)}. */
    @State(Scope.Benchmark)
    public static class CommonParent {
        Object key = "key";
        Object expected = "value";
        CancelFunc shared;

        @Setup
        public void setUp() {
            shared = Context.withCancel(Context.withValue(Context.background(), key, expected));
        }

        /** Go: {@code defer sharedcancel()}. */
        @TearDown
        public void tearDown() {
            shared.cancel();
        }
    }

    /** The {@code x} of each RunParallel goroutine, kept across its iterations as Go's local is. */
    @State(Scope.Thread)
    public static class Spinner {
        int x;
    }

    /**
     * Go: {@code BenchmarkCommonParentCancel}: under {@code b.RunParallel}, each iteration does
     * {@code ctx, cancel := WithCancel(shared)}, checks {@code ctx.Value("key") == "value"}, spins
     * 100 times {@code x /= x + 1}, calls {@code cancel()}, spins 100 more. Measures contention on
     * the shared parent's lock and children set (join and remove) between threads, diluted by the
     * spins. Differs: JMH threads instead of goroutines (see the class comment for how the score
     * relates to Go's); {@code x} lives in a per-thread state so the JIT cannot fold the divisions.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public void CommonParentCancel(CommonParent s, Spinner t, Blackhole bh) {
        bh.consume(commonParentCancel(s.shared.context(), s.key, s.expected, t));
    }

    /** One iteration of BenchmarkCommonParentCancel's parallel loop; returns the child's cancel function. */
    static CancelFunc commonParentCancel(Context shared, Object key, Object expected, Spinner t) {
        CancelFunc cancel = Context.withCancel(shared);
        if (!expected.equals(cancel.context().value(key))) {
            throw new IllegalStateException("should not be reached");
        }
        int x = t.x;
        for (int i = 0; i < 100; i++) {
            x /= x + 1;
        }
        cancel.cancel();
        for (int i = 0; i < 100; i++) {
            x /= x + 1;
        }
        t.x = x;
        return cancel;
    }

    // ---- BenchmarkWithTimeout --------------------------------------------------------------

    /**
     * {@code concurrency} contexts with a one-hour timeout, alive during the whole measurement:
     * made, as in Go's {@code benchmarkWithTimeout}, by one goroutine per processor
     * ({@code concurrency / GOMAXPROCS} each), cancelled after it. Their timers sit in the timer
     * queue, so every op's timer insertion and removal works against a queue of that size.
     */
    @State(Scope.Benchmark)
    public static class Timeouts {
        /** Go: the {@code concurrency=%d} sub-benchmarks, 40 to 4e5 by factors of 100. */
        @Param({"40", "4000", "400000"})
        public int concurrency;

        CancelFunc[][] ccf;

        /** Go: the {@code ccf} goroutines and {@code wg.Wait()} before {@code b.ResetTimer()}. */
        @Setup
        public void setUp() throws InterruptedException {
            int gomaxprocs = Runtime.getRuntime().availableProcessors();
            int perPContexts = concurrency / gomaxprocs;
            ccf = new CancelFunc[gomaxprocs][];
            CountDownLatch wg = new CountDownLatch(gomaxprocs);
            for (int i = 0; i < gomaxprocs; i++) {
                int p = i;
                Goroutines.go(() -> {
                    try {
                        CancelFunc[] cf = new CancelFunc[perPContexts];
                        for (int j = 0; j < cf.length; j++) {
                            cf[j] = Context.withTimeout(Context.background(), HOUR);
                        }
                        ccf[p] = cf;
                    } finally {
                        wg.countDown();
                    }
                });
            }
            wg.await();
            for (CancelFunc[] cf : ccf) {
                if (cf == null) {
                    throw new IllegalStateException("a setup goroutine failed to make its contexts (see its stack trace)");
                }
            }
        }

        /** Go: the loop after {@code b.StopTimer()} that cancels every concurrent context. */
        @TearDown
        public void tearDown() {
            for (CancelFunc[] cf : ccf) {
                for (CancelFunc f : cf) {
                    f.cancel();
                }
            }
        }
    }

    /** Go: each RunParallel goroutine's {@code wcf := make([]CancelFunc, 10)}, reused across its iterations. */
    @State(Scope.Thread)
    public static class TimeoutBatch {
        final CancelFunc[] wcf = new CancelFunc[10];
        Context root = Context.background();
        Duration timeout = HOUR;
    }

    /**
     * Go: {@code BenchmarkWithTimeout/concurrency=N}: under {@code b.RunParallel}, each iteration
     * makes 10 {@code WithTimeout(root, time.Hour)} (root = {@code Background()}, so no
     * propagation) and then calls their 10 cancel functions; one op is all 20 calls, as in Go.
     * Measures timerCtx allocation, timer insertion and stop, against a queue already holding
     * {@code concurrency} live timers. Differs: Go spreads timers over one heap per P (each about
     * {@code concurrency / GOMAXPROCS} deep) and its threads rarely share one; the model has one
     * queue (default: the Go-style 4-ary heap) that all threads share under one lock; JMH threads
     * for goroutines (see the class comment for the score).
     */
    @Benchmark
    @Threads(Threads.MAX)
    public void WithTimeout(Timeouts s, TimeoutBatch t, Blackhole bh) {
        withTimeoutBatch(t.root, t.timeout, t.wcf);
        bh.consume(t.wcf);
    }

    /** One iteration of benchmarkWithTimeout's parallel loop: fills {@code wcf} with new timeouts, then cancels them. */
    static void withTimeoutBatch(Context root, Duration timeout, CancelFunc[] wcf) {
        for (int i = 0; i < wcf.length; i++) {
            wcf[i] = Context.withTimeout(root, timeout);
        }
        for (CancelFunc f : wcf) {
            f.cancel();
        }
    }

    // ---- BenchmarkCancelTree ---------------------------------------------------------------

    /** Go: the {@code depth=%d/Root=...} sub-benchmarks. */
    @State(Scope.Benchmark)
    public static class Tree {
        /** Go: {@code depths := []int{1, 10, 100, 1000}}. */
        @Param({"1", "10", "100", "1000"})
        public int depth;

        /** Go: the {@code Root=} sub-benchmark; the field keeps Go's key as the parameter's name. */
        @Param({"Background", "OpenCanceler", "ClosedCanceler"})
        public ContextTreeRoot Root;
    }

    /**
     * Go: {@code BenchmarkCancelTree/depth=D/Root=R}: one op = build a chain of {@code D}
     * {@code WithCancel} contexts below the root {@code R} ({@code buildContextTree}) and, for
     * {@code OpenCanceler}, cancel the root after; for {@code ClosedCanceler} the root is cancelled
     * before, so each child is cancelled as it is made (see {@link ContextTreeRoot}). All of it is
     * inside the op, as in Go. Differs: the deepest context goes to the Blackhole (Go drops it; here
     * it keeps escape analysis from removing the chain, which Go's compiler would not remove either).
     */
    @Benchmark
    public void CancelTree(Tree s, Blackhole bh) {
        bh.consume(s.Root.build(s.depth));
    }

    // ---- BenchmarkCheckCanceled ------------------------------------------------------------

    /** Go: {@code ctx, cancel := WithCancel(Background()); cancel()}, before both sub-benchmarks. */
    @State(Scope.Benchmark)
    public static class Canceled {
        Context ctx;

        @Setup
        public void setUp() {
            CancelFunc cancel = Context.withCancel(Context.background());
            cancel.cancel();
            ctx = cancel.context();
        }
    }

    /**
     * Go: {@code BenchmarkCheckCanceled/Err}: {@code ctx.Err()} on a cancelled context: a lock and a
     * field read. Differs: the error goes to the Blackhole (Go drops it).
     */
    @Benchmark
    public void CheckCanceled_Err(Canceled s, Blackhole bh) {
        bh.consume(s.ctx.err());
    }

    /**
     * Go: {@code BenchmarkCheckCanceled/Done}: {@code select { case <-ctx.Done(): default: }} on a
     * cancelled context (whose done channel is the shared closed one, as it was cancelled before
     * anyone asked): Go's {@code selectnbrecv}, the model's {@code tryRecvDiscard}. Differs: whether
     * the case fired goes to the Blackhole.
     */
    @Benchmark
    public void CheckCanceled_Done(Canceled s, Blackhole bh) {
        bh.consume(s.ctx.done().tryRecvDiscard());
    }

    // ---- BenchmarkContextCancelDone --------------------------------------------------------

    /** Go: {@code ctx, cancel := WithCancel(Background()); defer cancel()}. */
    @State(Scope.Benchmark)
    public static class Open {
        CancelFunc cancel;

        @Setup
        public void setUp() {
            cancel = Context.withCancel(Context.background());
        }

        @TearDown
        public void tearDown() {
            cancel.cancel();
        }
    }

    /**
     * Go: {@code BenchmarkContextCancelDone}: under {@code b.RunParallel},
     * {@code select { case <-ctx.Done(): default: }} on an open context: all threads read the same
     * done channel (made by the first {@code Done()}, an atomic load after) and poll it. Differs:
     * JMH threads for goroutines (see the class comment for the score).
     */
    @Benchmark
    @Threads(Threads.MAX)
    public void ContextCancelDone(Open s, Blackhole bh) {
        bh.consume(s.cancel.context().done().tryRecvDiscard());
    }

    // ---- BenchmarkDeepValueNewGoRoutine, BenchmarkDeepValueSameGoRoutine --------------------

    /** Go: {@code ctx = WithValue(ctx, i, i)} for {@code i < depth}, from {@code Background()}; the lookup key is {@code -1}. */
    @State(Scope.Benchmark)
    public static class DeepValue {
        /** Go: {@code []int{10, 20, 30, 50, 100}}. */
        @Param({"10", "20", "30", "50", "100"})
        public int depth;

        Context ctx;
        /** Go: the {@code -1} of {@code ctx.Value(-1)}: a key no node holds, so every lookup walks the whole chain. */
        Object missing = -1;

        @Setup
        public void setUp() {
            Context c = Context.background();
            for (int i = 0; i < depth; i++) {
                c = Context.withValue(c, i, i);
            }
            ctx = c;
        }
    }

    /**
     * Go: {@code BenchmarkDeepValueNewGoRoutine/depth=D}: per op, start a goroutine that does
     * {@code ctx.Value(-1)} and wait for it with a {@code sync.WaitGroup}. Measures goroutine start,
     * the lookup on a fresh goroutine, and the wake-up of the waiter. Differs: the goroutine is a
     * virtual thread ({@link Goroutines#go}; about 1 µs to start, Go's about 0.3 µs), the WaitGroup a
     * {@link CountDownLatch}; the looked-up value is handed back and consumed (Go drops it). The
     * benchmark thread blocks in {@code await}; the goroutine always counts down, so it cannot hang.
     */
    @Benchmark
    public void DeepValueNewGoRoutine(DeepValue s, Blackhole bh) throws InterruptedException {
        bh.consume(valueInNewGoroutine(s.ctx, s.missing));
    }

    /** One iteration of BenchmarkDeepValueNewGoRoutine; returns what the goroutine looked up. */
    static Object valueInNewGoroutine(Context ctx, Object key) throws InterruptedException {
        CountDownLatch wg = new CountDownLatch(1);
        ContextValueProbe probe = new ContextValueProbe(ctx, key, wg);
        Goroutines.go(probe);
        wg.await();
        return probe.result();
    }

    /**
     * Go: {@code BenchmarkDeepValueSameGoRoutine/depth=D}: {@code ctx.Value(-1)}, walking all
     * {@code D} nodes and comparing each {@code int} key with {@code -1} ({@code Integer.equals}
     * here, Go's interface comparison there). Differs: the result goes to the Blackhole.
     */
    @Benchmark
    public void DeepValueSameGoRoutine(DeepValue s, Blackhole bh) {
        bh.consume(s.ctx.value(s.missing));
    }
}
