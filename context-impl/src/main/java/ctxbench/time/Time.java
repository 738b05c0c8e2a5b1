package ctxbench.time;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Sched;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;

/**
 * Go's {@code time} package as far as the model needs it: the monotonic clock, channel timers,
 * function timers, tickers and {@code Sleep}.
 *
 * <p>Go: time/sleep.go and time/time.go. Durations are {@link Duration}s, converted to
 * nanoseconds with saturation (a very long duration never overflows into the past).
 */
public final class Time {
    private static final long ORIGIN = System.nanoTime();
    /**
     * The wall clock read right after {@link #ORIGIN}, once, when this class is initialized: what
     * Go's {@code time.Now()} at the origin would carry beside its monotonic reading. It is read
     * only to print a time on the {@link #nanotime()} clock as Go prints a {@code time.Time}
     * ({@link GoTime}); nothing on the timer or context paths reads it.
     */
    private static final Instant WALL_AT_ORIGIN = Instant.now();

    private Time() {}

    /**
     * Go: {@code runtime.nanotime}: monotonic nanoseconds since the model started. Deadlines and
     * timer due times are on this clock; it starts at 0 so that no due time is negative.
     */
    public static long nanotime() {
        return System.nanoTime() - ORIGIN;
    }

    /**
     * The wall-clock time at the origin of the {@link #nanotime()} clock: a time {@code t} on that
     * clock is the wall-clock time {@code wallAtOrigin().plusNanos(t)} (the model derives wall time
     * from the monotonic clock; Go reads both clocks at each {@code time.Now()}, so the two differ
     * by whatever the system clock was adjusted since the origin).
     */
    public static Instant wallAtOrigin() {
        return WALL_AT_ORIGIN;
    }

    /**
     * Go: {@code time.After(d)}: the channel of a new timer. In {@code go1.19} the timer stays
     * queued until it fires; in {@code go1.23} only while a goroutine waits on the channel
     * ({@link TimerMode}).
     */
    public static Chan<Instant> after(Duration d) {
        return Timer.newChannelTimer(Durations.toNanos(d)).c;
    }

    /** Go: {@code time.NewTimer(d)}: a timer that sends the time on its channel after {@code d}. */
    public static Timer newTimer(Duration d) {
        return Timer.newChannelTimer(Durations.toNanos(d));
    }

    /**
     * Go: {@code time.NewTicker(d)}: a ticker that sends the time on its channel every {@code d},
     * dropping ticks for a slow receiver. Panics "non-positive interval for NewTicker" if
     * {@code d <= 0}; needs the {@code go-heap} timer queue ({@link IllegalStateException} otherwise).
     */
    public static Ticker newTicker(Duration d) {
        return Ticker.newTicker(Durations.toNanos(d));
    }

    /**
     * Go: {@code time.Tick(d)}: the channel of a new ticker, which nothing can stop; {@code null}
     * (a nil channel, which never delivers) if {@code d <= 0}.
     */
    public static Chan<Instant> tick(Duration d) {
        long nanos = Durations.toNanos(d);
        if (nanos <= 0) {
            return null;
        }
        return Ticker.newTicker(nanos).c;
    }

    /** Go: {@code time.AfterFunc(d, f)}: runs {@code f} in its own goroutine after {@code d}. */
    public static Timer afterFunc(Duration d, Runnable f) {
        return Timer.newFuncTimer(Durations.toNanos(d), f);
    }

    /** The same as {@link #afterFunc(Duration, Runnable)} with {@code d} in nanoseconds (no {@link Duration} allocated). */
    public static Timer afterFunc(long nanos, Runnable f) {
        return Timer.newFuncTimer(nanos, f);
    }

    /**
     * Go: {@code time.Now().Add(d)} on the {@link #nanotime()} clock: the deadline {@code d} from
     * now, saturating instead of overflowing for very long durations.
     */
    public static long deadlineAfter(Duration d) {
        long now = nanotime();
        long t = now + Durations.toNanos(d);
        if (d.isNegative()) {
            return t > now ? Long.MIN_VALUE + 1 : t;
        }
        return t < now ? Long.MAX_VALUE : t;
    }

    /**
     * Go: {@code time.Until(t)} on the {@link #nanotime()} clock, saturating as Go's
     * {@code Time.Sub} does: a deadline too far in the past gives the most negative duration
     * instead of wrapping around to a positive one.
     */
    public static long until(long deadline) {
        long now = nanotime();
        long d = deadline - now;
        if (((deadline ^ now) & (deadline ^ d)) < 0) { // overflow
            return deadline < now ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return d;
    }

    /** Go: {@code time.Now()}, wall-clock. */
    public static Instant now() {
        return Instant.now();
    }

    /**
     * Go: {@code time.Sleep(d)}: parks the goroutine for at least {@code d}. On the {@code go}
     * scheduler, as in Go, the goroutine parks on a timer that readies it
     * ({@link Sched#timeSleep}); any other thread parks directly, which costs no timer entry.
     */
    public static void sleep(Duration d) {
        long nanos = Durations.toNanos(d);
        if (nanos <= 0) {
            return; // Go: timeSleep returns at once for ns <= 0
        }
        long deadline = Durations.when(nanos);
        if (Sched.timeSleep(deadline)) {
            return;
        }
        boolean interrupted = false;
        for (long left; (left = deadline - nanotime()) > 0; ) {
            LockSupport.parkNanos(left);
            interrupted |= Thread.interrupted();
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
