package ctxbench.bench;

import ctxbench.runtime.Goroutines;
import java.util.function.IntSupplier;

/**
 * One JMH invocation's batch of operations, run inside a goroutine of a runtime ({@code go} or
 * {@code vt}, {@link Goroutines#run}), as a Go benchmark's {@code b.N} loop runs inside the
 * benchmark goroutine. Made once per trial, so {@link #run} allocates nothing; the batch's start
 * and end (about two thread wake-ups under {@code go}) are shared by its operations.
 *
 * <p>The batch's result goes from the goroutine to the caller through a plain field: the write
 * happens before the goroutine ends, and {@link Goroutines#run} returns only after that.
 */
public final class GoroutineBatch {
    private final String sched;
    /** The batch on the goroutine: runs the operations and keeps their result. */
    private final Runnable onGoroutine;
    private int result;

    /**
     * @param sched the goroutine runtime: {@code go} or {@code vt}
     * @param ops   the batch's operations, one after the other; returns what the benchmark returns
     *              (a sum or a count, so that nothing is dead code)
     */
    public GoroutineBatch(String sched, IntSupplier ops) {
        this.sched = sched;
        this.onGoroutine = () -> result = ops.getAsInt();
    }

    /** Runs the batch on a new goroutine of the runtime and waits for it; returns its result. */
    public int run() {
        Goroutines.run(sched, onGoroutine);
        return result;
    }
}
