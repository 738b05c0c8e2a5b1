package ctxbench.bench.gobench;

import ctxbench.bench.Throwables;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Go's {@code b.RunParallel} (testing/benchmark.go, Go 1.19) on the model's goroutines, for the
 * ported parallel benchmarks whose goroutines block on each other or share the runtime: one run
 * starts {@code procs} goroutines ({@code GOMAXPROCS}, Go's parallelism 1), each runs its body's
 * set-up once (the code before Go's {@code for pb.Next()}) and then operations in grains taken from
 * a shared atomic counter of {@code ops} (Go's {@code pb.Next}, {@code atomic.AddUint64(&n, grain)}),
 * and the calling goroutine waits for all of them (Go: {@code wg.Wait()}). A JMH invocation is one
 * such run ({@code @OperationsPerInvocation(ops)}), so the score is the run's elapsed time divided
 * by every goroutine's operations together: Go's ns/op for {@code RunParallel}, not JMH's per-thread
 * time of {@code @Threads}.
 *
 * <p>Differs from Go: Go sizes the grain from the previous run (about 100 µs of operations,
 * between 1 and 10 000); here it is {@code ops / (64 · procs)}, at least 1, so the last grains
 * leave the goroutines at most about 1/64 of a run apart. Waiting is a receive on a buffered
 * channel of the model (each goroutine sends its result), not a WaitGroup. A goroutine whose body
 * throws stops its operations and still reports, and the run rethrows (Go would crash), so a broken
 * body fails the trial instead of hanging it.
 */
final class RunParallel {
    private RunParallel() {}

    /**
     * One run; call it on a goroutine of {@code sched}.
     *
     * @param sched the goroutine runtime of the {@code procs} goroutines ({@code go} or {@code vt})
     * @param body  per goroutine, its set-up; it returns the operation, whose results are or-ed together
     * @return the or of every operation's result
     * @throws RuntimeException what a goroutine's set-up or operation threw (the first of them), after every goroutine reported
     */
    static int run(String sched, int procs, int ops, Supplier<IntSupplier> body) {
        int grain = Math.max(1, ops / (64 * procs));
        AtomicInteger taken = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Chan<Integer> done = Chan.make(procs);
        for (int p = 0; p < procs; p++) {
            Goroutines.go(sched, () -> {
                int acc = 0;
                try {
                    IntSupplier op = body.get();
                    for (;;) {
                        int from = taken.getAndAdd(grain);
                        if (from >= ops) {
                            break;
                        }
                        for (int i = Math.min(ops, from + grain) - from; i > 0; i--) {
                            acc |= op.getAsInt();
                        }
                    }
                } catch (Throwable t) {
                    failure.compareAndSet(null, t);
                } finally {
                    done.send(acc);
                }
            });
        }
        int result = 0;
        for (int p = 0; p < procs; p++) {
            result |= done.recv();
        }
        Throwable t = failure.get();
        if (t != null) {
            throw Throwables.unchecked(t);
        }
        return result;
    }
}
