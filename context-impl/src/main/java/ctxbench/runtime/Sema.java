package ctxbench.runtime;

import java.util.ArrayDeque;

/**
 * A counting semaphore whose waiters park as goroutines: what {@code sync} builds on.
 *
 * <p>Go: {@code runtime_Semacquire} / {@code runtime_Semrelease} (runtime/sema.go), as
 * {@code sync.WaitGroup} uses them. Go keeps waiters in a tree of queues keyed by the
 * semaphore's address; the model keeps one FIFO queue in the semaphore, under its monitor, and
 * hands a release directly to the first waiter (Go's {@code handoff}). The monitor is never held
 * while parking or readying. Cost: an uncontended monitor enter and exit per acquire or release,
 * plus a {@link Waiter} and a park for an acquire that finds no unit.
 */
public final class Sema {
    // Guarded by this object's monitor.
    private int count;
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();

    /** Creates a semaphore with a count of zero. */
    public Sema() {}

    /** Go: {@code semacquire}: takes one unit, parking until a {@link #release()} hands one over. */
    public void acquire() {
        Waiter w;
        synchronized (this) {
            if (count > 0) {
                count--;
                return;
            }
            w = new Waiter();
            waiters.addLast(w);
        }
        w.park();
    }

    /** Go: {@code semrelease}: hands one unit to the first waiter, or adds it to the count. */
    public void release() {
        Waiter w;
        synchronized (this) {
            w = waiters.pollFirst();
            if (w == null) {
                count++;
                return;
            }
        }
        w.ready(null);
    }

    /** Go: {@code semrelease} called {@code n} times. */
    public void release(int n) {
        for (int i = 0; i < n; i++) {
            release();
        }
    }
}
