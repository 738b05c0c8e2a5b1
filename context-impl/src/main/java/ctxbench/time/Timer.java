package ctxbench.time;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.time.Instant;

/**
 * A Go {@code time.Timer}: a channel timer made by {@link Time#newTimer}/{@link Time#after}, or a
 * function timer made by {@link Time#afterFunc}.
 *
 * <p>Go: {@code time.Timer}, {@code sendTime}, {@code goFunc} (time/sleep.go, Go ≤ 1.22). When a
 * channel timer fires it does a non-blocking send of the current time into its buffered(1)
 * channel, inline on the timer thread: no goroutine. When a function timer fires it starts a new
 * goroutine through {@link Goroutines#go}, which runs the function. The timer is one object
 * (Go's {@code Timer} embeds its {@code runtimeTimer}); the channel is a second, as in Go; firing a
 * channel timer allocates the {@link Instant} it sends (Go copies a {@code Time} value).
 */
public final class Timer extends RuntimeTimer {
    /** Go: {@code Timer.C}; {@code null} for a function timer. */
    public final Chan<Instant> c;
    private final Runnable f;
    private final TimerQueue queue;

    private Timer(Chan<Instant> c, Runnable f, TimerQueue queue) {
        this.c = c;
        this.f = f;
        this.queue = queue;
    }

    /** Go: {@code NewTimer}: a channel timer due after {@code d}. */
    static Timer newChannelTimer(long d) {
        Timer t = new Timer(new Chan<>(1), null, TimerQueues.current());
        t.queue.add(t, Durations.when(d));
        return t;
    }

    /** Go: {@code AfterFunc}: a function timer due after {@code d}. */
    static Timer newFuncTimer(long d, Runnable f) {
        Timer t = new Timer(null, f, TimerQueues.current());
        t.queue.add(t, Durations.when(d));
        return t;
    }

    /**
     * Go: {@code Timer.Stop}. Prevents the timer from firing; true if that stopped it, false if it
     * had already fired or been stopped. It does not drain {@link #c}.
     */
    public boolean stop() {
        return queue.delete(this);
    }

    /**
     * Go: {@code Timer.Reset}: makes the timer fire after {@code d}; true if it was still pending.
     * As in Go, a channel timer should be stopped and drained before Reset.
     */
    public boolean reset(Duration d) {
        return queue.modify(this, Durations.when(Durations.toNanos(d)));
    }

    /** Go: {@code sendTime} for a channel timer, {@code goFunc} for a function timer. */
    @Override
    public void run() {
        if (c != null) {
            c.trySend(Instant.now());
        } else {
            Goroutines.go(f);
        }
    }
}
