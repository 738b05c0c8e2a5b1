package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.GoPanic;
import ctxbench.time.GoDuration;
import ctxbench.time.GoTime;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;

/**
 * Go: {@code context.timerCtx}, a cancelCtx with a deadline, cancelled by a function timer
 * ({@code time.AfterFunc}) when the deadline passes.
 *
 * <p>Costs as in Go: creating one allocates the context, the timer, the timer's closure and the
 * returned cancel closure, and queues the timer. Nothing starts a goroutine at creation; when
 * the timer fires, {@code AfterFunc} starts one, which runs the full {@link #cancel}. Cancelling
 * first stops the timer, which (in the Go heap) only marks it deleted.
 */
final class TimerCtx extends CancelCtx {
    private final long deadline;
    // Guarded by this object's monitor.
    private Timer timer;

    private TimerCtx(long deadline) {
        this.deadline = deadline;
    }

    /** Go: {@code time.Now().Add(timeout)} on the nanotime clock. */
    static long deadlineAfter(Duration timeout) {
        return Time.deadlineAfter(timeout);
    }

    /**
     * Go 1.21: {@code WithDeadlineCause}. If the parent's deadline is already earlier, returns a
     * plain {@code WithCancel} (no timer). If the deadline has passed, cancels at once.
     */
    static CancelFunc withDeadlineCause(Context parent, long d, GoError cause) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
        long cur = parent.deadline();
        if (cur != NO_DEADLINE && cur < d) {
            return Context.withCancel(parent); // the current deadline is already sooner
        }
        TimerCtx c = new TimerCtx(d);
        c.propagateCancel(parent, c);
        long dur = Time.until(d);
        if (dur <= 0) {
            c.cancel(true, DEADLINE_EXCEEDED, cause); // deadline has already passed
            return new CancelFunc(c, false);
        }
        synchronized (c) {
            if (c.err == null) {
                c.timer = Time.afterFunc(dur, () -> c.cancel(true, DEADLINE_EXCEEDED, cause));
            }
        }
        return new CancelFunc(c, true);
    }

    @Override
    public long deadline() {
        return deadline;
    }

    /** Go: {@code timerCtx.cancel}: cancels as a cancelCtx, detaches from the parent, stops the timer. */
    @Override
    public void cancel(boolean removeFromParent, GoError err, GoError cause) {
        super.cancel(false, err, cause);
        if (removeFromParent) {
            removeChild(parent, this); // remove this timerCtx from its parent cancelCtx's children
        }
        synchronized (this) {
            if (timer != null) {
                timer.stop();
                timer = null;
            }
        }
    }

    /**
     * Go 1.21: {@code timerCtx.String}: {@code contextName(parent) + ".WithDeadline(" +
     * deadline.String() + " [" + time.Until(deadline).String() + "])"}, the deadline printed by
     * {@link GoTime} and the time left by {@link GoDuration}.
     */
    @Override
    public String toString() {
        return ContextNames.contextName(parent) + ".WithDeadline(" + GoTime.toString(deadline) + " ["
                + GoDuration.toString(Time.until(deadline)) + "])";
    }
}
