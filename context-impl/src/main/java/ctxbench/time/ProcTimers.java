package ctxbench.time;

import ctxbench.runtime.Sched;

/**
 * The timers of the {@code go} scheduler: one {@link GoTimerHeap} per P, each driven by its P's M
 * ({@link GoTimerHeap#checkTimers(long)} in {@code findRunnable}) with no timer thread.
 *
 * <p>Go: {@code addtimer} puts a timer in the current P's heap; {@code deltimer} and
 * {@code modtimer} go to the heap the timer is in ({@code timer.pp}). Costs are the heap's. A
 * caller that is not on an M (a platform thread) adds to a P of the default scheduler chosen by
 * its thread id ({@link Sched#timerHeap()}). Difference: a Reset of a timer that already ran or
 * was stopped re-adds it to the heap it was in, where Go adds it to the current P's.
 */
final class ProcTimers implements TimerQueue {
    @Override
    public String name() {
        return "go-heap";
    }

    /** Go: {@code addtimer}: to the current P's heap. */
    @Override
    public void add(RuntimeTimer t, long when) {
        Sched.timerHeap().add(t, when);
    }

    /** Go: {@code deltimer}: on the heap the timer is in; false for a timer never added. */
    @Override
    public boolean delete(RuntimeTimer t) {
        GoTimerHeap h = t.heap;
        return h != null && h.delete(t);
    }

    /** Go: {@code modtimer}: on the heap the timer is in, or the current P's for a timer never added. */
    @Override
    public boolean modify(RuntimeTimer t, long when) {
        GoTimerHeap h = t.heap;
        if (h == null) {
            add(t, when);
            return false;
        }
        return h.modify(t, when);
    }

    /** Entries over all Ps' heaps of the default scheduler, stopped ones included. */
    @Override
    public int size() {
        return Sched.get().timerEntries();
    }
}
