package ctxbench.bench.gobench;

import ctxbench.bench.GoRuntimeJmhDefaults;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Go's own channel benchmarks, src/runtime/chan_test.go of Go 1.19, ported onto the model's
 * {@link Chan} and {@link Select} with Go's names (method = Go's benchmark without
 * {@code Benchmark}), so that Go's {@code go test -bench . runtime} rows line up with these.
 * Catalogue: {@code gobench} in docs/benchmarks.md. Each method's javadoc names the Go benchmark
 * and says what differs. Values are {@code Integer}s 0 and 1 and {@code Boolean}s, which are
 * cached: sending them allocates nothing, as Go sends an {@code int} or {@code bool}.
 *
 * <p>Translation rules. Go's {@code select { case <-c: default: }} and
 * {@code select { case c <- v: default: }} compile to {@code selectnbrecv}/{@code selectnbsend}
 * (a non-blocking {@code chanrecv}/{@code chansend}), ported as {@link Chan#tryRecvDiscard()} and
 * {@link Chan#trySend}; a {@code select} of two or more cases is {@link Select#select} over
 * {@link Case}s built once per goroutine and reused (Go builds them on the stack).
 *
 * <p>Goroutines. The benchmarks whose goroutines share channels with blocking operations (they
 * park and ready each other, or contend for the channel's lock in the blocking paths) run on the
 * goroutine runtime {@code sched} ({@link GoroutineRuntime}, Java only): {@code go}, Gs of the
 * model's G/M/P scheduler, or {@code vt}, virtual threads. Their bodies run on a goroutine of that
 * runtime, as Go's benchmark function runs on one, and every goroutine they start is of the same
 * runtime; each JMH invocation is one Go "run" of a fixed number of operations
 * ({@code @OperationsPerInvocation}), so its start (about two thread wake-ups under {@code go}) is
 * amortized as Go amortizes its run's. Those are the {@link ChanProcs} benchmarks (ChanSync, the
 * ChanProdCons and ChanProdConsWork family, SelectProdCons: {@link #CHUNKS} chunks of 1000 per
 * run), ChanPopular, and four {@code b.RunParallel} benchmarks, SelectSyncContended,
 * SelectAsyncContended, ChanContended and ChanSem, which run {@link RunParallel}: GOMAXPROCS
 * goroutines share the run's operations as Go's {@code pb.Next} shares {@code b.N}, so their score
 * is Go's ns/op (elapsed time over every goroutine's operations).
 *
 * <p>The other {@code b.RunParallel} benchmarks use only non-blocking operations
 * (ChanNonblocking, SelectNonblock, ChanClosed) or channels of their own goroutine
 * (SelectUncontended, ChanUncontended, ChanCreation), so what a goroutine is does not matter:
 * they map to {@code @Threads(Threads.MAX)}, as many JMH threads as processors (virtual threads
 * under {@code bench.sh}'s {@code -Djmh.executor=VIRTUAL}), and a per-goroutine local of Go's
 * parallel body is a {@code Scope.Thread} state. The numbers are not the same quantity: JMH's
 * AverageTime is each thread's time per operation averaged over the threads, so with N threads
 * JMH's score is about N times Go's ns/op; divide it by the thread count (JMH's output header,
 * jmh.json's {@code threads}) to compare. Where Go's sizes depend on {@code GOMAXPROCS} the port
 * uses JMH's thread count for those, the runtime's GOMAXPROCS ({@link GoroutineRuntime#procs})
 * for the others.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'gobench.ChanBench' -prof gc}. The
 * forks get the JDK-internal export the {@code go} runtime needs from {@code @Fork(jvmArgsPrepend)}.
 */
public class ChanBench extends GoRuntimeJmhDefaults {
    /** Chunks per run of the {@link ChanProcs} benchmarks: 20 000 operations. Even, as ChanSync needs. */
    static final int CHUNKS = 20;
    /** Operations per run of the {@link ChanProcs} benchmarks. */
    static final int PROCS_OPS = CHUNKS * ChanProcs.CALLS_PER_SCHED;
    /** Go's {@code const C = 100} of ChanUncontended and ChanContended. */
    static final int C = 100;
    /** Go's {@code const n = 1000} of ChanPopular. */
    static final int POPULAR = 1000;
    /** ChanPopular's operations per invocation (each is 1000 sends to parked selects). */
    static final int POPULAR_OPS = 10;
    /** SelectSyncContended's operations per run (about 1 µs each in Go). */
    static final int SELECT_SYNC_OPS = 2_000;
    /** SelectAsyncContended's operations per run (about 200 ns each in Go). */
    static final int SELECT_ASYNC_OPS = 20_000;
    /** ChanContended's operations per run (2·C channel operations each, about 10 µs in Go). */
    static final int CONTENDED_OPS = 500;
    /** ChanSem's operations per run (about 80 ns each in Go). */
    static final int SEM_OPS = 50_000;
    /** How long a tear-down waits for the goroutines it released to end before it fails the trial. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** Go's {@code 0} sent as a value. */
    private static final Integer ZERO = 0;
    /** Go's {@code type Empty struct{}} value of ChanSem. */
    private static final Object EMPTY = new Object();

    // ---- States ------------------------------------------------------------------------------

    /** ChanNonblocking: {@code myc := make(chan int)}, shared by all goroutines. */
    @State(Scope.Benchmark)
    public static class Unbuffered {
        final Chan<Integer> myc = Chan.make();
    }

    /** SelectUncontended: each goroutine's {@code myc1, myc2 := make(chan int, 1), ...; myc1 <- 0}. */
    @State(Scope.Thread)
    public static class OwnPair {
        Chan<Integer> myc1;
        Chan<Integer> myc2;
        Case<?>[] cases;

        @Setup(Level.Trial)
        public void make() {
            myc1 = Chan.make(1);
            myc2 = Chan.make(1);
            myc1.send(ZERO);
            cases = new Case<?>[] {Case.recv(myc1), Case.recv(myc2)};
        }
    }

    /** SelectNonblock: {@code myc1, myc2} unbuffered and {@code myc3, myc4} buffered 1, shared. */
    @State(Scope.Benchmark)
    public static class Nonblock {
        final Chan<Integer> myc1 = Chan.make();
        final Chan<Integer> myc2 = Chan.make();
        final Chan<Integer> myc3 = Chan.make(1);
        final Chan<Integer> myc4 = Chan.make(1);
    }

    /** ChanUncontended: each goroutine's {@code myc := make(chan int, C)}. */
    @State(Scope.Thread)
    public static class OwnBuffer {
        final Chan<Integer> myc = Chan.make(C);
    }

    /**
     * ChanPopular: {@link #POPULAR} goroutines of the runtime, each in a loop of
     * {@code select { case <-c: case <-d: }} on the shared {@code c} (never sent on) and its own
     * {@code d}. Go's goroutines loop {@code b.N} times; these loop until tear-down closes {@code c},
     * which ends them.
     */
    @State(Scope.Benchmark)
    public static class Popular {
        Chan<Boolean> c;
        List<Chan<Boolean>> a;
        List<Goroutine> goroutines;
        /** One invocation: {@link #POPULAR_OPS} times Go's {@code for _, d := range a { d <- true }}. */
        Runnable sends;

        @Setup(Level.Trial)
        public void start(GoroutineRuntime rt) {
            c = Chan.make();
            a = new ArrayList<>(POPULAR);
            goroutines = new ArrayList<>(POPULAR);
            for (int j = 0; j < POPULAR; j++) {
                Chan<Boolean> d = Chan.make();
                a.add(d);
                goroutines.add(rt.go(() -> {
                    Case<?>[] cases = {Case.recv(c), Case.recv(d)};
                    while (Select.select(cases) == 1) {
                        // received from d; the loop continues until c is closed
                    }
                }));
            }
            sends = () -> {
                for (int i = 0; i < POPULAR_OPS; i++) {
                    for (Chan<Boolean> d : a) {
                        d.send(true);
                    }
                }
            };
        }

        @TearDown(Level.Trial)
        public void stop() {
            c.close();
            joinAll(goroutines, STOP_TIMEOUT);
        }
    }

    /** ChanClosed: {@code c := make(chan struct{}); close(c)}, shared. */
    @State(Scope.Benchmark)
    public static class Closed {
        final Chan<Object> c = Chan.make();

        @Setup(Level.Trial)
        public void close() {
            c.close();
        }
    }

    // ---- Benchmarks --------------------------------------------------------------------------

    /**
     * Go: {@code BenchmarkChanNonblocking}: in parallel, {@code select { case <-myc: default: }} on
     * one shared unbuffered channel that never has a sender: {@code chanrecv}'s lock-free fast
     * path. Returns false (nothing received). No allocation.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public boolean ChanNonblocking(Unbuffered s) {
        return s.myc.tryRecvDiscard();
    }

    /**
     * Go: {@code BenchmarkSelectUncontended}: in parallel, each goroutine selects over its own two
     * one-slot channels and moves the token to the other: a select that always finds a case ready
     * (pass 1) plus a buffered send. Differs: the model allocates the select's two order arrays
     * (escape analysis may remove them when {@code selectgo} inlines). Returns the chosen case.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public int SelectUncontended(OwnPair s) {
        int i = Select.select(s.cases);
        if (i == 0) {
            s.myc2.send(ZERO);
        } else {
            s.myc1.send(ZERO);
        }
        return i;
    }

    /**
     * Go: {@code BenchmarkSelectSyncContended}: under {@code b.RunParallel} ({@link RunParallel}),
     * each goroutine starts a sender goroutine that selects over sending on three shared unbuffered
     * channels (or receiving {@code done}), and receives through a select over the three:
     * contended rendezvous selects, mostly parking. One invocation is one run of
     * {@link #SELECT_SYNC_OPS} operations on {@code sched}, with Go's set-up inside (make the
     * channels; each parallel goroutine starts its sender) and {@code close(done)} after, as Go
     * does per run; the senders end on their own, as in Go. Differs: a parked select allocates a
     * waiter and a sudog per case (Go recycles them). Returns which cases were chosen, one bit each
     * (all three, but for chance).
     */
    @Benchmark
    @OperationsPerInvocation(SELECT_SYNC_OPS)
    public int SelectSyncContended(GoroutineRuntime rt) {
        return rt.call(() -> selectSyncContended(rt.sched, rt.procs(), SELECT_SYNC_OPS));
    }

    /** One run of BenchmarkSelectSyncContended on a goroutine of {@code sched}; returns the chosen cases' bits. */
    static int selectSyncContended(String sched, int procs, int ops) {
        Chan<Integer> myc1 = Chan.make();
        Chan<Integer> myc2 = Chan.make();
        Chan<Integer> myc3 = Chan.make();
        Chan<Integer> done = Chan.make();
        int chosen = RunParallel.run(sched, procs, ops, () -> {
            Goroutines.go(sched, () -> {
                Case<?>[] cases = {Case.send(myc1, ZERO), Case.send(myc2, ZERO), Case.send(myc3, ZERO), Case.recv(done)};
                while (Select.select(cases) != 3) {
                    // sent one value; the loop continues until done is closed
                }
            });
            Case<?>[] cases = {Case.recv(myc1), Case.recv(myc2), Case.recv(myc3)};
            return () -> 1 << Select.select(cases);
        });
        done.close();
        return chosen;
    }

    /**
     * Go: {@code BenchmarkSelectAsyncContended}: under {@code b.RunParallel} ({@link RunParallel}),
     * each goroutine first puts one token in the shared {@code myc1}, then selects over {@code myc1}
     * and {@code myc2} (both of capacity procs = GOMAXPROCS) and moves the token it got to the other
     * channel: contended buffered selects, which do not park (a selecting goroutine holds no token,
     * so one is always buffered) but take both channels' locks. One invocation is one run of
     * {@link #SELECT_ASYNC_OPS} operations on {@code sched}, the channels made per run as in Go.
     * Returns which cases were chosen, one bit each.
     */
    @Benchmark
    @OperationsPerInvocation(SELECT_ASYNC_OPS)
    public int SelectAsyncContended(GoroutineRuntime rt) {
        return rt.call(() -> selectAsyncContended(rt.sched, rt.procs(), SELECT_ASYNC_OPS, null));
    }

    /**
     * One run of BenchmarkSelectAsyncContended on a goroutine of {@code sched}; returns the chosen
     * cases' bits. {@code channels}, if not null, receives {@code myc1} and {@code myc2} (for tests).
     */
    static int selectAsyncContended(String sched, int procs, int ops, List<Chan<Integer>> channels) {
        Chan<Integer> myc1 = Chan.make(procs);
        Chan<Integer> myc2 = Chan.make(procs);
        if (channels != null) {
            channels.add(myc1);
            channels.add(myc2);
        }
        return RunParallel.run(sched, procs, ops, () -> {
            myc1.send(ZERO);
            Case<?>[] cases = {Case.recv(myc1), Case.recv(myc2)};
            return () -> {
                int i = Select.select(cases);
                if (i == 0) {
                    myc2.send(ZERO);
                } else {
                    myc1.send(ZERO);
                }
                return 1 << i;
            };
        });
    }

    /**
     * Go: {@code BenchmarkSelectNonblock}: in parallel, four single-case selects with
     * {@code default} on shared channels: receive from the empty unbuffered {@code myc1}, send on
     * the unbuffered {@code myc2} (no receiver), receive from the empty {@code myc3}, send on
     * {@code myc4} (full after the first success): all lock-free fast paths. Returns which
     * operations succeeded, one bit each (0 after the first op). No allocation.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public int SelectNonblock(Nonblock s) {
        int succeeded = s.myc1.tryRecvDiscard() ? 1 : 0;
        succeeded |= s.myc2.trySend(ZERO) ? 2 : 0;
        succeeded |= s.myc3.tryRecvDiscard() ? 4 : 0;
        succeeded |= s.myc4.trySend(ZERO) ? 8 : 0;
        return succeeded;
    }

    /**
     * Go: {@code BenchmarkChanUncontended}: in parallel, each goroutine sends {@link #C} values into
     * its own buffered channel of capacity C and receives them back: 2·C uncontended buffered
     * operations per op (Go's op is one such loop). Returns the last value received.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public Integer ChanUncontended(OwnBuffer s) {
        return fillAndDrain(s.myc);
    }

    /**
     * Go: {@code BenchmarkChanContended}: as ChanUncontended, but under {@code b.RunParallel}
     * ({@link RunParallel}) all goroutines share one channel of capacity C·procs (procs =
     * GOMAXPROCS), so it never blocks but every operation contends for its lock. One invocation is
     * one run of {@link #CONTENDED_OPS} operations on {@code sched}, the channel made per run as in
     * Go. Returns the last values received, or-ed (0).
     */
    @Benchmark
    @OperationsPerInvocation(CONTENDED_OPS)
    public int ChanContended(GoroutineRuntime rt) {
        return rt.call(() -> chanContended(rt.sched, rt.procs(), CONTENDED_OPS, Chan.make(C * rt.procs())));
    }

    /** One run of BenchmarkChanContended over {@code myc} on a goroutine of {@code sched}; returns the last values received, or-ed. */
    static int chanContended(String sched, int procs, int ops, Chan<Integer> myc) {
        return RunParallel.run(sched, procs, ops, () -> () -> fillAndDrain(myc));
    }

    /**
     * Go: {@code BenchmarkChanSync} ({@code benchmarkChanSync(b, 0)}): two goroutines exchange
     * values over one unbuffered channel, each op being one send and one receive by one of them:
     * rendezvous ping-pong between two goroutines ({@link ChanProcs#chanSync}). One invocation is
     * one run of {@link #CHUNKS} chunks on {@code sched}. Differs: Go's run is {@code b.N / 1000} chunks, this one
     * always {@link #CHUNKS}; both include starting the two goroutines.
     */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanSync(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.chanSync(rt.sched, CHUNKS));
    }

    /**
     * Go: {@code BenchmarkChanProdCons0}: procs producers and procs consumers over one unbuffered
     * channel, no local work ({@link ChanProcs#prodCons}); op = one value. Procs = GOMAXPROCS of
     * the runtime. One invocation is one run of {@link #CHUNKS} chunks on {@code sched}.
     */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdCons0(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 0, 0));
    }

    /** Go: {@code BenchmarkChanProdCons10}: as {@link #ChanProdCons0} with a buffer of 10. */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdCons10(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 10, 0));
    }

    /** Go: {@code BenchmarkChanProdCons100}: as {@link #ChanProdCons0} with a buffer of 100. */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdCons100(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 100, 0));
    }

    /**
     * Go: {@code BenchmarkChanProdConsWork0}: as {@link #ChanProdCons0} with 100 iterations of
     * {@code foo *= 2; foo /= 2} per value on both sides (kept from being folded, see
     * {@link ChanProcs}).
     */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdConsWork0(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 0, 100));
    }

    /** Go: {@code BenchmarkChanProdConsWork10}: as {@link #ChanProdConsWork0} with a buffer of 10. */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdConsWork10(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 10, 100));
    }

    /** Go: {@code BenchmarkChanProdConsWork100}: as {@link #ChanProdConsWork0} with a buffer of 100. */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean ChanProdConsWork100(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.prodCons(rt.sched, rt.procs(), CHUNKS, 100, 100));
    }

    /**
     * Go: {@code BenchmarkSelectProdCons} ({@link ChanProcs#selectProdCons}): producers and
     * consumers with work, every operation a three-case select including a one-hour
     * {@code time.After}. Differs: each run leaves its 2·procs one-hour timers in the model's
     * timer heap (under {@code go} its P's heap, as Go's do), but JMH makes many more runs than
     * Go's few, so the heaps grow by some thousands of timers over a trial (a heap insert is O(log n)).
     */
    @Benchmark
    @OperationsPerInvocation(PROCS_OPS)
    public boolean SelectProdCons(GoroutineRuntime rt) {
        return rt.call(() -> ChanProcs.selectProdCons(rt.sched, rt.procs(), CHUNKS));
    }

    /**
     * Go: {@code BenchmarkChanCreation}: in parallel, {@code myc := make(chan int, 1); myc <- 0; <-myc}.
     * Allocation: the channel and its one-slot buffer (Go: 112 B in one object). Go always
     * heap-allocates a channel ({@code makechan} calls {@code mallocgc}); here escape analysis
     * would scalar-replace it (measured: ~0 B/op without the Blackhole), so the channel is handed
     * to the Blackhole to make it escape, as in Go. Returns the value received.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public Integer ChanCreation(Blackhole bh) {
        Chan<Integer> myc = Chan.make(1);
        bh.consume(myc);
        myc.send(ZERO);
        return myc.recv();
    }

    /**
     * Go: {@code BenchmarkChanSem}: under {@code b.RunParallel} ({@link RunParallel}), a buffered
     * channel of capacity procs (= GOMAXPROCS) used as a semaphore: {@code myc <- Empty{}; <-myc};
     * never blocks (as many goroutines as slots) but contends for the channel's lock. One invocation
     * is one run of {@link #SEM_OPS} operations on {@code sched}, the channel made per run as in Go.
     * Returns 1 when every receive got the value sent.
     */
    @Benchmark
    @OperationsPerInvocation(SEM_OPS)
    public int ChanSem(GoroutineRuntime rt) {
        return rt.call(() -> chanSem(rt.sched, rt.procs(), SEM_OPS, Chan.make(rt.procs())));
    }

    /** One run of BenchmarkChanSem over {@code myc} on a goroutine of {@code sched}; returns 1 when every receive got {@code Empty{}}. */
    static int chanSem(String sched, int procs, int ops, Chan<Object> myc) {
        return RunParallel.run(sched, procs, ops, () -> () -> {
            myc.send(EMPTY);
            return myc.recv() == EMPTY ? 1 : 2;
        });
    }

    /**
     * Go: {@code BenchmarkChanPopular}: {@link #POPULAR} goroutines each wait in a select on the
     * shared {@code c} and their own {@code d}; one op sends {@code true} on every {@code d}:
     * 1000 hand-offs to parked selects, each of which parks again on both channels (so {@code c}'s
     * wait queue holds ~1000 sudogs). The goroutines and the sends run on {@code sched}: under
     * {@code go} each send readies a G into the sender's P's {@code runnext}, as Go's does. One
     * invocation is {@link #POPULAR_OPS} ops on one goroutine. Differs: the goroutines start in the
     * trial's setup and loop until tear-down (Go starts them per run and loops {@code b.N} times);
     * each parked select allocates a waiter and two sudogs (Go recycles them). Returns the number of
     * sends per op.
     */
    @Benchmark
    @OperationsPerInvocation(POPULAR_OPS)
    public int ChanPopular(Popular s, GoroutineRuntime rt) {
        rt.run(s.sends);
        return s.a.size();
    }

    /**
     * Go: {@code BenchmarkChanClosed}: in parallel, {@code select { case <-c: default: }} on a
     * closed channel: the fast path's closed check, which always succeeds. Throws if it did not
     * (Go: {@code b.Error("Unreachable")}). No allocation.
     */
    @Benchmark
    @Threads(Threads.MAX)
    public boolean ChanClosed(Closed s) {
        if (!s.c.tryRecvDiscard()) {
            throw new AssertionError("Unreachable");
        }
        return true;
    }

    // ---- Helpers -----------------------------------------------------------------------------

    /** Go: {@code for i := 0; i < C; i++ { myc <- 0 }; for i := 0; i < C; i++ { <-myc }}. */
    private static Integer fillAndDrain(Chan<Integer> myc) {
        for (int i = 0; i < C; i++) {
            myc.send(ZERO);
        }
        Integer last = null;
        for (int i = 0; i < C; i++) {
            last = myc.recv();
        }
        return last;
    }

    /**
     * Waits for released goroutines to end, at most {@code limit} in all (tear-downs use {@link #STOP_TIMEOUT}).
     *
     * @throws IllegalStateException if one is still running then (fails the trial instead of hanging it)
     */
    static void joinAll(Iterable<Goroutine> threads, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        int alive = 0;
        for (Goroutine t : threads) {
            try {
                long left = Math.max(deadline - System.nanoTime(), 1);
                if (!t.join(Duration.ofNanos(left))) {
                    alive++;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for goroutines to end", e);
            }
        }
        if (alive > 0) {
            throw new IllegalStateException(alive + " goroutines did not end within " + limit);
        }
    }
}
