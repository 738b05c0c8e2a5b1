package ctxbench.workloads.queues;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import io.netty.util.HashedWheelTimer;
import io.netty.util.Timeout;
import java.util.concurrent.TimeUnit;

/**
 * Timers on Netty's {@link HashedWheelTimer}: the hashed timing wheel that Netty, gRPC and many
 * Java servers use for request timeouts, measured beside Go's heap ({@code go-heap}) and the
 * JDK's {@code ScheduledThreadPoolExecutor} ({@code jdk}) under the name {@code wheel}.
 *
 * <p>Semantics, and how they differ from Go's heap:
 * <ul>
 *   <li>Schedule is O(1): the timeout is appended to a lock-free queue (one
 *       {@code HashedWheelTimeout} and one task adapter allocated), and the wheel's thread moves
 *       it into its bucket (slot = due tick mod {@value #TICKS_PER_WHEEL}) on its next tick, at
 *       most 100 000 per tick.</li>
 *   <li>Cancel ({@link #delete}) is an O(1) state change plus a queue append; the entry leaves its
 *       bucket on the next tick, so {@link #size()} (Netty's {@code pendingTimeouts()}) still
 *       counts it until then — like a stopped timer in Go's heap, but for at most one tick.</li>
 *   <li>Resolution is one tick ({@value #TICK_MILLIS} ms): a timer fires on the first tick at or
 *       after its due time, so up to a tick late (a 100 µs timeout takes about 1 ms).</li>
 *   <li>Every tick the wheel's thread walks one bucket and decrements the round counter of each
 *       entry in it, so with n live timers it touches about n / {@value #TICKS_PER_WHEEL}
 *       entries per millisecond even when nothing is due (1 000 000 one-hour timers: about 2 000
 *       entries per tick).</li>
 *   <li>Due timers run on the wheel's single thread, one after another, as the model's other
 *       queues run them on theirs.</li>
 * </ul>
 * {@link RuntimeTimer#queueHandle()} holds the timer's Netty {@link Timeout}. The due time is
 * kept by the wheel, not in {@link RuntimeTimer#when()} (a field only the model's own queues can
 * set). {@link #close()} stops the wheel's thread and drops the timers it still holds.
 */
public final class WheelTimerQueue implements TimerQueue, AutoCloseable {
    /** The tick: the wheel's resolution. */
    public static final long TICK_MILLIS = 1;
    /** Buckets per wheel revolution (Netty's default). */
    public static final int TICKS_PER_WHEEL = 512;

    private final HashedWheelTimer wheel = new HashedWheelTimer(
            Thread.ofPlatform().daemon().name("wheel-timer-queue").factory(),
            TICK_MILLIS, TimeUnit.MILLISECONDS, TICKS_PER_WHEEL,
            false, // no leak detection: the benchmarks close the queue themselves
            -1);   // no limit on pending timeouts

    @Override
    public String name() {
        return "wheel";
    }

    /** Schedules {@code t} to run at {@code when} on the {@link Time#nanotime()} clock. */
    @Override
    public void add(RuntimeTimer t, long when) {
        t.setQueueHandle(wheel.newTimeout(timeout -> t.run(), when - Time.nanotime(), TimeUnit.NANOSECONDS));
    }

    /** Cancels the timer's timeout; true if it had neither fired nor been cancelled (Go's Stop result). */
    @Override
    public boolean delete(RuntimeTimer t) {
        return t.queueHandle() instanceof Timeout timeout && timeout.cancel();
    }

    /** Cancels the timer's timeout and schedules a new one at {@code when}; true if the old one was pending. */
    @Override
    public boolean modify(RuntimeTimer t, long when) {
        boolean pending = delete(t);
        add(t, when);
        return pending;
    }

    /** Netty's {@code pendingTimeouts()}: scheduled timeouts, including cancelled ones until the next tick removes them. */
    @Override
    public int size() {
        return Math.toIntExact(wheel.pendingTimeouts());
    }

    /** Stops the wheel's thread; timers not yet fired never fire. */
    @Override
    public void close() {
        wheel.stop();
    }
}
