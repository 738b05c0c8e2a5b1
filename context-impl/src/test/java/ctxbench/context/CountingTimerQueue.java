package ctxbench.context;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TimerQueue} that counts the timers queued ({@code addtimer}) and stopped
 * ({@code deltimer}) through it while delegating to the queue that was current, so a test can
 * assert that a context operation queued exactly the timers Go's would. Installed with
 * {@link #install()} for the length of a try-with-resources block; timers created meanwhile keep
 * using it (and so the real queue) after it is closed.
 *
 * <p>Only calls made by the thread that installed it are counted: the queue is global while it is
 * installed, and a goroutine of an earlier test still running (one that creates a timer) must not
 * change this test's counts. The context operations under test queue and stop their timers on the
 * calling thread.
 */
final class CountingTimerQueue implements TimerQueue, AutoCloseable {
    private final TimerQueue delegate;
    private final Thread owner = Thread.currentThread();
    private final AtomicInteger adds = new AtomicInteger();
    private final AtomicInteger deletes = new AtomicInteger();

    private CountingTimerQueue(TimerQueue delegate) {
        this.delegate = delegate;
    }

    /** Makes a counter around the current queue the queue for new timers. */
    static CountingTimerQueue install() {
        CountingTimerQueue q = new CountingTimerQueue(TimerQueues.current());
        TimerQueues.set(q);
        return q;
    }

    /** Timers queued by the installing thread since {@link #install()}. */
    int adds() {
        return adds.get();
    }

    /** Stops by the installing thread that found the timer still waiting (Go: {@code deltimer} returned true). */
    int deletes() {
        return deletes.get();
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public void add(RuntimeTimer t, long when) {
        if (Thread.currentThread() == owner) {
            adds.incrementAndGet();
        }
        delegate.add(t, when);
    }

    @Override
    public boolean delete(RuntimeTimer t) {
        boolean stopped = delegate.delete(t);
        if (stopped && Thread.currentThread() == owner) {
            deletes.incrementAndGet();
        }
        return stopped;
    }

    @Override
    public boolean modify(RuntimeTimer t, long when) {
        return delegate.modify(t, when);
    }

    @Override
    public int size() {
        return delegate.size();
    }

    /** Puts the delegate back as the queue for new timers. */
    @Override
    public void close() {
        TimerQueues.set(delegate);
    }
}
