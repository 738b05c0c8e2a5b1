package ctxbench.examples;

import ctxbench.time.JdkTimerQueue;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;

/**
 * Counts the timers an example leaves pending: created, and neither fired nor stopped, so they
 * will still fire and, in Go ≤ 1.22, stay reachable from the runtime's timer heap until they do.
 *
 * <p>While installed, every new timer (channel timers of {@code time.After}/{@code NewTimer} and
 * the {@code AfterFunc} timers behind {@code context.WithTimeout}) goes to one shared
 * {@link JdkTimerQueue} with {@code removeOnCancel}, whose size is exactly the number of timers
 * still to fire: a stopped timer leaves it at once, a fired one as it runs. The model's default
 * {@link ctxbench.time.GoTimerHeap} would not give that number: like Go's heap it keeps a stopped
 * timer's entry until the entry surfaces (Go's scheduler also clears stopped entries once they are
 * a quarter of the heap; the model's heap only when its timer thread next wakes), so its size
 * counts stopped timers too. "Still pending" is the honest measure of what seed 003 calls the
 * {@code time.After} leak. An example that installs this waits for its own pending timers before
 * closing it, so the shared queue is empty between examples.
 */
public final class PendingTimers implements AutoCloseable {
    private static final TimerQueue QUEUE = new JdkTimerQueue(true);

    private final TimerQueue previous;
    private final int baseline;

    private PendingTimers(TimerQueue previous) {
        this.previous = previous;
        this.baseline = QUEUE.size();
    }

    /** Sends timers created from now on to the counting queue, until {@link #close()}. */
    public static PendingTimers install() {
        PendingTimers counter = new PendingTimers(TimerQueues.current());
        TimerQueues.set(QUEUE);
        return counter;
    }

    /** Timers created since {@link #install()} that have neither fired nor been stopped. */
    public int count() {
        return QUEUE.size() - baseline;
    }

    /**
     * Waits (at most {@link Settle#LIMIT}) until every pending timer has fired and its firing has
     * run (a channel timer's send, an {@code AfterFunc} timer's start of its goroutine); returns
     * how many are still pending. A timer leaves the queue when the queue's one thread takes it,
     * before it runs: a timer due at once, added then, runs after it on that thread, so receiving
     * its tick means the firings before it are done.
     */
    public int awaitAllFired() {
        Settle.until(() -> count() <= 0);
        Time.newTimer(Duration.ZERO).c.recv();
        return count();
    }

    /** Restores the timer queue that was current at {@link #install()}. */
    @Override
    public void close() {
        TimerQueues.set(previous);
    }
}
