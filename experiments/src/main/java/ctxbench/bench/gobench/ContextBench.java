package ctxbench.bench.gobench;

import ctxbench.bench.GoRuntimeJmhDefaults;
import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Sema;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Go's own context benchmarks, src/context/benchmark_test.go of Go 1.19, ported onto the model
 * with Go's names (method = Go's benchmark without {@code Benchmark}, a sub-benchmark segment
 * without {@code =} joined with {@code _}; JMH parameters = Go's sub-benchmark keys), so that Go's
 * {@code go test -bench . context} rows line up with these. Catalogue: {@code gobench} in
 * docs/benchmarks.md. Each method's javadoc quotes the Go benchmark and says what differs.
 *
 * <p>Goroutines. The benchmarks whose goroutines wait for each other or share the runtime run on
 * the goroutine runtime {@code sched} ({@link GoroutineRuntime}, Java only: {@code go}, Gs of the
 * model's G/M/P scheduler, or {@code vt}, virtual threads), with their bodies on a goroutine of it,
 * as Go's benchmark function runs on one: DeepValueNewGoRoutine (starts a goroutine per op and
 * waits for it), CommonParentCancel (goroutines cancel children of one shared parent, contending
 * for its lock) and WithTimeout (goroutines' timers, which under {@code go} go to their P's heap as
 * in Go). The last two are {@code b.RunParallel} benchmarks and run {@link RunParallel}: GOMAXPROCS
 * goroutines share one run's operations as Go's {@code pb.Next} shares {@code b.N}, a JMH
 * invocation being one run ({@code @OperationsPerInvocation}), so their score is Go's ns/op
 * (elapsed time over every goroutine's operations).
 *
 * <p>ContextCancelDone, the remaining {@code b.RunParallel} benchmark, only polls a done channel
 * (an atomic load), so what a goroutine is does not matter: it maps to
 * {@code @Threads(Threads.MAX)}, as many benchmark threads as processors. The numbers are not the
 * same quantity there: JMH's AverageTime is each thread's time per operation, averaged over the
 * threads, so with N threads JMH's score is about N times Go's ns/op; divide it by the thread
 * count (in JMH's output header and in jmh.json's {@code threads}) to compare with Go. Allocation
 * per op ({@code gc.alloc.rate.norm}, Go's B/op) is total bytes over total operations on both
 * sides, so it compares as is. Work that Go's loop does per iteration stays inside the op here.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'gobench.ContextBench' -prof gc}. The
 * forks get the JDK-internal export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
public class ContextBench extends GoRuntimeJmhDefaults {
    /** Go's {@code time.Hour}, the timeout of BenchmarkWithTimeout's contexts. */
    static final Duration HOUR = Duration.ofHours(1);
    /** CommonParentCancel's operations per run (about 1 µs each in Go). */
    static final int COMMON_PARENT_OPS = 4_000;
    /** WithTimeout's operations per run (20 calls each, about 3 µs in Go). */
    static final int WITH_TIMEOUT_OPS = 2_000;
    /** DeepValueNewGoRoutine's operations per invocation (about 0.5 µs each in Go). */
    static final int NEW_GOROUTINE_OPS = 2_000;

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
    static final class Spinner {
        int x;
    }

    /**
     * Go: {@code BenchmarkCommonParentCancel}: under {@code b.RunParallel} ({@link RunParallel}),
     * each iteration does {@code ctx, cancel := WithCancel(shared)}, checks
     * {@code ctx.Value("key") == "value"}, spins 100 times {@code x /= x + 1}, calls
     * {@code cancel()}, spins 100 more. Measures contention on the shared parent's lock and children
     * set (join and remove) between the goroutines of {@code sched}, diluted by the spins. One
     * invocation is one run of {@link #COMMON_PARENT_OPS} operations. Differs: {@code x} is handed
     * back (or-ed, 0) so the JIT cannot drop the divisions; the shared parent lives for the trial
     * (Go's for the benchmark function). A goroutine that finds the parent's lock taken blocks its
     * carrier (a G its M) until the holder releases it, a few instructions later; Go's mutex spins
     * first too.
     */
    @Benchmark
    @OperationsPerInvocation(COMMON_PARENT_OPS)
    public int CommonParentCancel(CommonParent s, GoroutineRuntime rt) {
        Context shared = s.shared.context();
        return rt.runParallel(COMMON_PARENT_OPS, () -> {
            Spinner t = new Spinner();
            return () -> {
                commonParentCancel(shared, s.key, s.expected, t);
                return t.x;
            };
        });
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
     * made, as in Go's {@code benchmarkWithTimeout}, by one goroutine of the runtime per P
     * ({@code concurrency / GOMAXPROCS} each), cancelled after it. Their timers sit in the timer
     * queue (under {@code go}, in the heaps of the Ps that ran those goroutines), so every op's
     * timer insertion and removal works against a queue of that size.
     */
    @State(Scope.Benchmark)
    public static class Timeouts {
        /** Go: the {@code concurrency=%d} sub-benchmarks, 40 to 4e5 by factors of 100. */
        @Param({"40", "4000", "400000"})
        public int concurrency;

        CancelFunc[][] ccf;

        /**
         * Go: the {@code ccf} goroutines and {@code wg.Wait()} before {@code b.ResetTimer()}. The
         * wait is the set-up thread's (no goroutine), so a JDK latch does.
         */
        @Setup
        public void setUp(GoroutineRuntime rt) throws InterruptedException {
            int gomaxprocs = rt.procs();
            int perPContexts = concurrency / gomaxprocs;
            ccf = new CancelFunc[gomaxprocs][];
            CountDownLatch wg = new CountDownLatch(gomaxprocs);
            for (int i = 0; i < gomaxprocs; i++) {
                int p = i;
                rt.go(() -> {
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

    /**
     * Go: {@code BenchmarkWithTimeout/concurrency=N}: under {@code b.RunParallel}
     * ({@link RunParallel}), each iteration makes 10 {@code WithTimeout(root, time.Hour)} (root =
     * {@code Background()}, so no propagation) in the goroutine's {@code wcf} and then calls their
     * 10 cancel functions; one op is all 20 calls, as in Go. Measures timerCtx allocation, timer
     * insertion and stop, against a queue already holding {@code concurrency} live timers. Under
     * {@code go} each goroutine's timers go to its P's heap (about {@code concurrency / GOMAXPROCS}
     * deep), as in Go; under {@code vt} all goroutines share one heap and its lock. One invocation
     * is one run of {@link #WITH_TIMEOUT_OPS} operations on {@code sched}. Returns 1.
     */
    @Benchmark
    @OperationsPerInvocation(WITH_TIMEOUT_OPS)
    public int WithTimeout(Timeouts s, GoroutineRuntime rt) {
        return rt.runParallel(WITH_TIMEOUT_OPS, () -> {
            CancelFunc[] wcf = new CancelFunc[10];
            Context root = Context.background();
            return () -> {
                withTimeoutBatch(root, HOUR, wcf);
                return 1;
            };
        });
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
     * the lookup on a fresh goroutine, and the wake-up of the waiter. The ops run on a goroutine of
     * {@code sched}, {@link #NEW_GOROUTINE_OPS} per invocation, and start goroutines of the same
     * runtime: under {@code go} the new G goes to the waiter's P's {@code runnext} and the wait
     * parks the waiter, so the P runs the new G next, as in Go. Differs: the WaitGroup is a
     * {@link Sema} (Go's {@code semacquire}, under {@code WaitGroup.Wait}); the looked-up value is
     * handed back (Go drops it); dead goroutines are not reused (Go's are). Returns the last
     * value looked up (null: the key is missing).
     */
    @Benchmark
    @OperationsPerInvocation(NEW_GOROUTINE_OPS)
    public Object DeepValueNewGoRoutine(DeepValue s, GoroutineRuntime rt) {
        return rt.call(() -> {
            Object last = null;
            for (int i = 0; i < NEW_GOROUTINE_OPS; i++) {
                last = valueInNewGoroutine(rt.sched, s.ctx, s.missing);
            }
            return last;
        });
    }

    /** One iteration of BenchmarkDeepValueNewGoRoutine, a goroutine of {@code sched} started and awaited; returns what it looked up. */
    static Object valueInNewGoroutine(String sched, Context ctx, Object key) {
        Sema wg = new Sema();
        ContextValueProbe probe = new ContextValueProbe(ctx, key, wg);
        Goroutines.go(sched, probe);
        wg.acquire();
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
