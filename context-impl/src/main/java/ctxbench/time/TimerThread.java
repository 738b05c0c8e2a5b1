package ctxbench.time;

import java.util.concurrent.locks.LockSupport;

/**
 * The daemon platform thread ({@code go-timer-heap}) that drives one {@link GoTimerHeap} under
 * the {@code vt} runtime: it runs {@link GoTimerHeap#checkTimers(long)} and sleeps until the next
 * due time or until woken for an earlier one.
 *
 * <p>Go: nothing of its own; it stands in for the Ps that run {@code checkTimers} in
 * {@code schedule} and for the M that sleeps in {@code netpoll} until the next timer, which
 * {@code wakeNetPoller} wakes. Cost: a timer's function runs after an OS wake-up of this thread;
 * an add or an earlier reset unparks it only when its sleep would last past the new due time.
 */
final class TimerThread implements GoTimerHeap.Waker {
    private final GoTimerHeap heap;
    private final Thread thread;
    /** When the thread will next wake on its own (Long.MAX_VALUE: only when unparked). */
    private volatile long sleepingUntil = Long.MAX_VALUE;

    /** A thread for {@code heap}, not started yet. */
    TimerThread(GoTimerHeap heap) {
        this.heap = heap;
        this.thread = Thread.ofPlatform().daemon().name("go-timer-heap").unstarted(this::loop);
    }

    /** Starts the thread's loop. */
    void start() {
        thread.start();
    }

    /**
     * Checks the heap, then sleeps until the next due time. {@link #sleepingUntil} is written
     * before the sleep and an add reads it after publishing its timer, so an add either sees
     * the old, later time and unparks the thread, or the thread's next check sees the new timer.
     */
    private void loop() {
        for (;;) {
            long next = heap.checkTimers(Time.nanotime());
            sleepingUntil = next;
            long again = heap.nextWhen();
            long now = Time.nanotime();
            if (again < next) {
                continue; // an earlier timer arrived before sleepingUntil was published
            }
            if (next > now) {
                LockSupport.parkNanos(this, next == Long.MAX_VALUE ? Long.MAX_VALUE : next - now);
            }
            sleepingUntil = Long.MAX_VALUE;
        }
    }

    /** Go: {@code wakeNetPoller}: wakes the thread if it sleeps past {@code when}. */
    @Override
    public void wake(long when) {
        if (when < sleepingUntil) {
            LockSupport.unpark(thread);
        }
    }
}
