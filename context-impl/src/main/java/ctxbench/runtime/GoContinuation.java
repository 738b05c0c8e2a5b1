package ctxbench.runtime;

import jdk.internal.vm.Continuation;
import jdk.internal.vm.ContinuationScope;

/**
 * A goroutine's stack: the one class that uses {@code jdk.internal.vm} (the boundary), so the rest
 * of the scheduler depends on {@link #resume()} and {@link #yieldG()} only.
 *
 * <p>Go: the {@code g}'s stack and the {@code gogo}/{@code mcall} pair that switches between a
 * goroutine and its M's {@code g0}. Cost: a resume mounts the continuation's frozen frames on the
 * carrier thread and a yield freezes them back into a heap stack chunk; together about 90 ns on
 * JDK 25, where Go's switch is tens of nanoseconds. Needs
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} at compile and run time.
 *
 * <p>Pinning: a yield fails when the goroutine's stack holds a native frame (a class
 * initializer, a call back from native code) or a critical section. The JDK's default reaction
 * is to throw; this class lets the failure through instead, so that {@link #yieldG()} returns
 * false and the goroutine falls back to parking its carrier thread ({@link Waiter} does that and
 * is unparked by {@code ready}). A pinned goroutine blocks its M and so its P until it is
 * readied.
 *
 * <p>Monitors do not pin: on JDK 25 a continuation yields with a {@code synchronized} block held,
 * and the monitor stays owned by the carrier thread, which then runs other goroutines that would
 * re-enter it. Hence {@link Waiter}'s invariant: no goroutine parks while holding a monitor or a
 * {@code java.util.concurrent} lock. {@code Continuation.isPinned} cannot check it: it reports
 * pinned even on a bare stack here, and costs about 400 ns.
 */
final class GoContinuation extends Continuation {
    /** The scope all goroutines run in: a yield in this scope returns to the M that resumed the goroutine. */
    private static final ContinuationScope SCOPE = new ContinuationScope("goroutine");

    /** Starts a goroutine's stack that runs {@code body} on its first {@link #resume()}. */
    GoContinuation(Runnable body) {
        super(SCOPE, body);
    }

    /**
     * Go: {@code execute} → {@code gogo}: runs the goroutine on the calling thread until it yields
     * or returns. Returns true once the body has returned (or thrown).
     */
    boolean resume() {
        run();
        return isDone();
    }

    /**
     * Go: {@code mcall(park_m)}: suspends the calling goroutine and returns to its M. Returns true
     * after the goroutine was resumed; false at once, without suspending, if the stack is pinned.
     */
    static boolean yieldG() {
        return Continuation.yield(SCOPE);
    }

    /** A pinned yield returns false to {@link #yieldG()} instead of throwing (see the class comment). */
    @Override
    protected void onPinned(Continuation.Pinned reason) {
        // Nothing to do here: yield0 returns false right after this call.
    }
}
