package ctxbench.bench.propagation;

import ctxbench.bench.JmhDefaults;
import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of {@code WithCancel(parent)} then {@code cancel()} for each path of Go's
 * {@code propagateCancel} (src/context/context.go; the model's {@code CancelCtx.propagateCancel}):
 * the parents are described in {@link Parent#create}. Catalogue: {@code PropagateCancel.withCancel}
 * in docs/benchmarks.md; Go mirror: {@code BenchmarkPropagateCancel_withCancel} in
 * experiments/go/propagation/propagation_test.go.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'propagation.PropagateCancel' -prof gc}
 */
public class PropagateCancel extends JmhDefaults {

    /** The parent of every op's {@code WithCancel}, built once per trial. */
    @State(Scope.Benchmark)
    public static class Parents {
        /** Which propagateCancel path: a name from {@link Parent#NAMES}. */
        @Param({"background", "cancelled", "cancelCtx", "timerCtx", "valueOverCancel", "afterFuncer", "foreign"})
        public String parent;

        Parent built;
        private long goroutinesBefore;

        /** Builds the parent and notes how many goroutines ran before the benchmark started any. */
        @Setup(Level.Trial)
        public void setUp() {
            goroutinesBefore = Goroutines.running();
            built = Parent.create(parent);
        }

        /**
         * Waits until every watcher goroutine that the iteration started (the {@code foreign}
         * parent: one per op) has returned, so that no iteration inherits another's backlog; a
         * watcher that never returns fails the trial here. Other parents start none and pass at once.
         */
        @TearDown(Level.Iteration)
        public void settle() {
            GoroutineSettle.await(goroutinesBefore, Duration.ofSeconds(10));
        }

        /** Releases the parent (stops the timerCtx's timer, closes the custom parents' channels). */
        @TearDown(Level.Trial)
        public void tearDown() {
            built.release().run();
            GoroutineSettle.await(goroutinesBefore, Duration.ofSeconds(10));
        }
    }

    /**
     * One op: {@code ctx, cancel := WithCancel(parent); cancel()}. Measures the child's allocation
     * (cancelCtx and cancel function), the propagateCancel path of the parent, and {@code cancel}:
     * the child's {@code Done()} is never called, so cancel stores the shared closed channel
     * instead of closing one, and it removes the child from the parent's children set
     * ({@code cancelCtx}, {@code timerCtx}, {@code valueOverCancel}) or calls the stop function
     * ({@code afterFuncer}).
     *
     * <p>What could mislead: the parent's children set is allocated by the first child and reused
     * after, so its allocation is amortized away (as in Go, whose map is kept too). For
     * {@code foreign} each op starts a watcher goroutine (a virtual thread) that returns once it sees
     * the child's done channel closed; it runs on the other core while the benchmark thread goes on,
     * so only part of its cost lands in the op and the rest in the iteration's tail, which
     * {@link Parents#settle} waits out unmeasured. The child escapes into the Blackhole, so escape
     * analysis cannot remove its allocation (Go allocates it too).
     */
    @Benchmark
    public void withCancel(Parents s, Blackhole bh) {
        bh.consume(cancelChild(s.built.context()));
    }

    /** {@code ctx, cancel := WithCancel(parent); cancel()}; returns the cancel function, which carries {@code ctx}. */
    static CancelFunc cancelChild(Context parent) {
        CancelFunc cancel = Context.withCancel(parent);
        cancel.cancel();
        return cancel;
    }
}
