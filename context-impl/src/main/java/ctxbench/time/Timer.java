package ctxbench.time;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.time.Instant;

/**
 * A Go {@code time.Timer}: a channel timer made by {@link Time#newTimer}/{@link Time#after}, or a
 * function timer made by {@link Time#afterFunc}; also the runtime timer under a {@link Ticker}.
 *
 * <p>Go: {@code time.Timer}, {@code sendTime}, {@code goFunc} (time/sleep.go). When a channel
 * timer fires it does a non-blocking send of the current time into its buffered(1) channel,
 * inline on the timer thread: no goroutine. When a function timer fires it starts a new
 * goroutine through {@link Goroutines#go}, which runs the function. The timer is one object
 * (Go's {@code Timer} embeds its {@code runtimeTimer}); the channel is a second, as in Go; firing a
 * channel timer allocates the {@link Instant} it sends (Go copies a {@code Time} value).
 *
 * <p>Channel timers follow the {@link TimerMode} current when they were made. In
 * {@link TimerMode#GO1_19} a one-shot channel timer is queued from creation until it fires (Go
 * 1.19, and Go 1.23 with {@code asynctimerchan=1}). In {@link TimerMode#GO1_23} it follows Go
 * 1.23's synchronous timer channels ({@link ChanTimerState}): queued only while a goroutine is
 * blocked on {@link #c}, fired lazily by a receive that finds it due, {@code len}/{@code cap} 0,
 * and Stop and Reset discard a value sent before them. Function timers are the same in both.
 * Tickers and {@code go1.23} channel timers carry a {@link ChanTimerState}; other timers none.
 */
public final class Timer extends RuntimeTimer {
    /** Go: {@code Timer.C}; {@code null} for a function timer. */
    public final Chan<Instant> c;
    private final Runnable f;
    /** The queue the timer was created on, which its Stop and Reset go to. */
    final TimerQueue queue;
    /** A ticker's period and Go 1.23's channel state; null for a Go 1.19 one-shot timer and a function timer. */
    private final ChanTimerState state;

    private Timer(Chan<Instant> c, Runnable f, TimerQueue queue) {
        this.c = c;
        this.f = f;
        this.queue = queue;
        this.state = null;
    }

    /** A channel timer with a {@link ChanTimerState}: a ticker ({@code period > 0}) or a {@code go1.23} timer ({@code sync}). */
    private Timer(TimerQueue queue, long when, long period, boolean sync) {
        this.state = new ChanTimerState(this, when, period, sync);
        this.c = sync ? new Chan<>(1, state) : new Chan<>(1);
        this.f = null;
        this.queue = queue;
        this.when = when;
    }

    /** Go: {@code NewTimer}: a channel timer due after {@code d}, in the current {@link TimerMode}. */
    static Timer newChannelTimer(long d) {
        TimerQueue queue = TimerQueues.current();
        if (TimerMode.current() == TimerMode.GO1_19) {
            Timer t = new Timer(new Chan<>(1), null, queue);
            queue.add(t, Durations.when(d));
            return t;
        }
        return newStateTimer(queue, Durations.when(d), 0, true);
    }

    /**
     * Go: {@code NewTicker}'s {@code newTimer(when(d), int64(d), sendTime, c, syncTimer(c))}: a
     * period timer of {@code d > 0} ns on the go-heap queue, in the current {@link TimerMode}.
     */
    static Timer newPeriodTimer(long d) {
        TimerQueue queue = TimerQueues.current();
        TimerMode.requireGoHeap(queue, "time.NewTicker");
        return newStateTimer(queue, Durations.when(d), d, TimerMode.current() == TimerMode.GO1_23);
    }

    /**
     * A timer with a {@link ChanTimerState}: a Go 1.19 one (a ticker) is queued now; a Go 1.23
     * one is pending but queued only when a goroutine blocks on its channel (Go 1.23:
     * {@code newTimer} → {@code t.modify}, whose {@code needsAdd} is false).
     */
    private static Timer newStateTimer(TimerQueue queue, long when, long period, boolean sync) {
        Timer t = new Timer(queue, when, period, sync);
        if (!sync) {
            queue.add(t, when);
        }
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
     * had already fired or been stopped. In {@code go1.19} it does not drain {@link #c}; in
     * {@code go1.23} it does, and also returns true if that discarded a value sent before.
     */
    public boolean stop() {
        ChanTimerState s = state;
        if (s != null && s.sync) {
            return s.stop();
        }
        return queue.delete(this);
    }

    /**
     * Go: {@code Timer.Reset}: makes the timer fire after {@code d}; true if it was still pending.
     * In {@code go1.19}, as in Go, a channel timer should be stopped and drained before Reset; in
     * {@code go1.23} Reset drains it itself (and returns true if that discarded a value).
     */
    public boolean reset(Duration d) {
        return resetTo(Durations.when(Durations.toNanos(d)), 0);
    }

    /** Go: {@code resetTimer(t, when, period)}: the runtime side of {@code Timer.Reset} and {@code Ticker.Reset}. */
    boolean resetTo(long when, long period) {
        ChanTimerState s = state;
        if (s != null && s.sync) {
            return s.modify(when, period);
        }
        if (s != null) {
            s.period = period; // Go 1.19: modtimer sets t.period before it queues the new time
        }
        return queue.modify(this, when);
    }

    /** Go: {@code timer.period}; 0 unless this is a ticker's timer. */
    @Override
    long period() {
        ChanTimerState s = state;
        return s == null ? 0 : s.period;
    }

    /**
     * Go: {@code sendTime} for a channel timer, {@code goFunc} for a function timer; for a Go 1.23
     * channel timer, {@code unlockAndRun}, which re-checks the timer's own state first.
     */
    @Override
    public void run() {
        ChanTimerState s = state;
        if (s != null && s.sync) {
            s.runFromHeap();
        } else if (c != null) {
            c.trySend(Instant.now());
        } else {
            Goroutines.go(f);
        }
    }
}
