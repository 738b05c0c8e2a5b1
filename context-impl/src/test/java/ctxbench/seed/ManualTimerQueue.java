package ctxbench.seed;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.TimerQueue;
import java.util.ArrayList;
import java.util.List;

/**
 * A timer queue for tests whose timers fire only when the test says so ({@link #fireAll}), so
 * that what a piece of code leaves queued can be counted and fired deterministically. Follows
 * the {@link TimerQueue} contract: stop and reset report whether the timer was pending.
 */
final class ManualTimerQueue implements TimerQueue {
    private final List<RuntimeTimer> pending = new ArrayList<>();

    @Override
    public String name() {
        return "manual";
    }

    @Override
    public synchronized void add(RuntimeTimer t, long when) {
        pending.add(t);
        notifyAll();
    }

    @Override
    public synchronized boolean delete(RuntimeTimer t) {
        return pending.remove(t);
    }

    @Override
    public synchronized boolean modify(RuntimeTimer t, long when) {
        boolean was = pending.remove(t);
        pending.add(t);
        return was;
    }

    @Override
    public synchronized int size() {
        return pending.size();
    }

    /** The timers waiting now. */
    synchronized List<RuntimeTimer> pending() {
        return List.copyOf(pending);
    }

    /** Waits until {@code n} timers are pending (for code running on another thread). */
    synchronized void awaitPending(int n) throws InterruptedException {
        while (pending.size() < n) {
            wait();
        }
    }

    /** Fires every pending timer on the calling thread, as a timer thread would; returns how many. */
    int fireAll() {
        List<RuntimeTimer> due;
        synchronized (this) {
            due = List.copyOf(pending);
            pending.clear();
        }
        due.forEach(RuntimeTimer::run);
        return due.size();
    }
}
