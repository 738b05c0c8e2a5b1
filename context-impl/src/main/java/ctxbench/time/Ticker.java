package ctxbench.time;

import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import java.time.Duration;
import java.time.Instant;

/**
 * A Go {@code time.Ticker}: sends the time on {@link #c} every period, dropping ticks a slow
 * receiver has not taken (its channel holds one).
 *
 * <p>Go: time/tick.go ({@code NewTicker}, {@code Stop}, {@code Reset}, {@code Tick}) over the
 * runtime's period timers: when the timer fires, {@code runOneTimer} (Go 1.19) or
 * {@code unlockAndRun} (Go 1.23) leaves it due at the first {@code when + period·n} after now,
 * so missed periods are skipped, and {@code sendTime} does a non-blocking send. In
 * {@link TimerMode#GO1_23} the channel is synchronous as a timer's ({@link Timer}): queued only
 * while a goroutine waits on it, {@code len}/{@code cap} 0, no stale tick after Stop or Reset.
 * Needs the {@code go-heap} timer queue, the only one of the model's queues with period timers.
 * Go's {@code Ticker} has the {@code Timer}'s layout; here it is a second object holding the timer.
 */
public final class Ticker {
    /** Go: {@code Ticker.C}, the channel on which the ticks are delivered. */
    public final Chan<Instant> c;
    private final Timer timer;

    private Ticker(Timer timer) {
        this.timer = timer;
        this.c = timer.c;
    }

    /** Go: {@code NewTicker(d)}; panics "non-positive interval for NewTicker" if {@code d <= 0}. */
    static Ticker newTicker(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for NewTicker");
        }
        return new Ticker(Timer.newPeriodTimer(d));
    }

    /** Go: {@code Ticker.Stop}: no more ticks are sent; does not close {@link #c}. */
    public void stop() {
        timer.stop();
    }

    /**
     * Go: {@code Ticker.Reset(d)}: stops the ticker and sets its period to {@code d}; the next
     * tick comes after {@code d}. Panics "non-positive interval for Ticker.Reset" if {@code d <= 0}.
     */
    public void reset(Duration d) {
        long nanos = Durations.toNanos(d);
        if (nanos <= 0) {
            throw new GoPanic("non-positive interval for Ticker.Reset");
        }
        timer.resetTo(Durations.when(nanos), nanos);
    }
}
