package ctxbench.bench.gobench;

import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Sched;
import ctxbench.workloads.queues.InstalledQueue;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The goroutine runtime a ported Go benchmark runs on ({@code sched}, Java only), for the
 * benchmarks whose goroutines park and wake each other or share the runtime's timers: a JMH state
 * that the benchmark method (or another state's set-up) takes as an argument, so that only those
 * benchmarks get the parameter. {@code go}: goroutines are Gs of the model's G/M/P scheduler
 * ({@link Sched}), the measured body runs on one ({@link #call}) as Go's benchmark function runs
 * in a goroutine, and the goroutines it starts are Gs of the same scheduler ({@link #go});
 * {@code vt}: virtual threads.
 *
 * <p>The trial's set-up installs the {@code go-heap} timer queue laid out for the runtime
 * ({@link InstalledQueue#install(String, String)}): under {@code go} the timers a goroutine makes go
 * to its P's heap and fire on the Ms, as in Go; under {@code vt} to one heap with its own thread.
 * Tear-down restores the previous queue.
 *
 * <p>Cost: {@link #call} is about two thread wake-ups (the goroutine's and the JMH thread's; none
 * under {@code vt} when JMH's thread is virtual), so the benchmarks run a batch of operations per
 * call ({@code @OperationsPerInvocation}).
 */
@State(Scope.Benchmark)
public class GoroutineRuntime {
    /** Which goroutine runtime runs the benchmark's goroutines: {@code go} (the model of Go's scheduler) or {@code vt} (virtual threads). */
    @Param({"go", "vt"})
    public String sched;

    private InstalledQueue installed;

    /** Installs the {@code go-heap} timer queue laid out for {@link #sched}. */
    @Setup(Level.Trial)
    public void install() {
        installed = InstalledQueue.install("go-heap", sched);
    }

    /** Restores the previous timer queue (timers still pending stay where they are). */
    @TearDown(Level.Trial)
    public void restore() {
        installed.close();
    }

    /** A runtime set up as JMH would (for tests): {@link #sched} set and {@link #install} run. */
    static GoroutineRuntime of(String sched) {
        GoroutineRuntime rt = new GoroutineRuntime();
        rt.sched = sched;
        rt.install();
        return rt;
    }

    /** Runs {@code f} as a goroutine of {@link #sched} and waits until it returned ({@link Goroutines#run}). */
    void run(Runnable f) {
        Goroutines.run(sched, f);
    }

    /** Runs {@code f} as a goroutine of {@link #sched} and returns its result. */
    <T> T call(Supplier<T> f) {
        Object[] result = new Object[1];
        Goroutines.run(sched, () -> result[0] = f.get());
        @SuppressWarnings("unchecked")
        T t = (T) result[0];
        return t;
    }

    /** Go: {@code go f()} on {@link #sched} ({@link Goroutines#go(String, Runnable)}). */
    Goroutine go(Runnable f) {
        return Goroutines.go(sched, f);
    }

    /**
     * Go's {@code runtime.GOMAXPROCS(0)} on this runtime: the default scheduler's Ps under
     * {@code go}, the processors under {@code vt} (the ForkJoinPool's parallelism).
     */
    int procs() {
        return sched.equals("go") ? Sched.get().gomaxprocs() : Runtime.getRuntime().availableProcessors();
    }

    /**
     * Go's {@code b.RunParallel(body)} for one run of {@code ops} operations, run on a goroutine of
     * this runtime ({@link RunParallel#run}); returns the operations' results or-ed together.
     */
    int runParallel(int ops, Supplier<IntSupplier> body) {
        int procs = procs();
        return call(() -> RunParallel.run(sched, procs, ops, body));
    }
}
