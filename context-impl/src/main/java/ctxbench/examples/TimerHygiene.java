package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Case;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;

/**
 * Seed 003 (after ArangoDB's "how to properly use time.After"): a {@code select} on
 * {@code time.After} and {@code ctx.Done()} that the context wins leaves the {@code After} timer
 * queued until it fires (in Go ≤ 1.22 it cannot be collected before); the fix makes the timer
 * with {@code time.NewTimer}, stops it when the context wins, and drains its channel if
 * {@code Stop} reports that it already fired.
 *
 * <pre>{@code
 * // memory leak
 * select {
 * case <-time.After(time.Second):
 *     // do something after 1 second.
 * case <-ctx.Done():
 *     // resources created by the time.After() will not be garbage collected
 * }
 *
 * delay := time.NewTimer(time.Second)
 * select {
 * case <-delay.C:
 *     // do something after one second.
 * case <-ctx.Done():
 *     // do something when context is finished and stop the timer.
 *     if !delay.Stop() {
 *         // if the timer has been stopped then read from the channel.
 *         <-delay.C
 *     }
 * }
 * }</pre>
 *
 * What is counted: timers still pending (neither fired nor stopped) when the select returns,
 * on {@link PendingTimers}' queue, which drops a stopped timer at once. With the {@code After}
 * version one is pending until the delay passes; with {@code NewTimer}+{@code Stop} none. (The
 * model's Go-style heap, like Go's, would still hold the stopped entry until it surfaces or
 * stopped entries pass a quarter of the heap; that entry never fires.) In the {@code go1.23} timer
 * mode ({@code scripts/example.sh --timers go1.23 timer-hygiene}) the {@code After} version leaves
 * none either: Go 1.23 queues a channel timer only while a goroutine is blocked on it. Run:
 * {@code scripts/example.sh timer-hygiene}.
 */
public final class TimerHygiene {
    private TimerHygiene() {}

    /** What one select printed, and the timers it left pending when it returned. */
    public record Outcome(String printed, int pendingTimers) {}

    /** The leaking version: {@code select} on {@code time.After(delay)} and {@code ctx.Done()}. */
    public static String afterOrDone(Context ctx, Duration delay) {
        if (Select.select(Case.recv(Time.after(delay)), Case.recv(ctx.done())) == 0) {
            return "do something after " + delay;
        }
        return "context finished (" + ctx.err().error() + "); the time.After timer is left unstopped";
    }

    /** The fix: {@code time.NewTimer(delay)}, stopped (and drained if it had fired) when the context wins. */
    public static String timerOrDone(Context ctx, Duration delay) {
        Timer timer = Time.newTimer(delay);
        if (Select.select(Case.recv(timer.c), Case.recv(ctx.done())) == 0) {
            return "do something after " + delay;
        }
        stopOrDrain(timer);
        return "context finished (" + ctx.err().error() + "); the timer is stopped";
    }

    /**
     * Go: {@code if !t.Stop() { <-t.C }}: stops the timer, or, if it had already fired, takes the
     * value it sent so that the channel is empty (needed before {@code Reset} in Go ≤ 1.22).
     * Returns whether it had to drain.
     */
    public static boolean stopOrDrain(Timer timer) {
        if (timer.stop()) {
            return false;
        }
        timer.c.recv();
        return true;
    }

    /**
     * Runs one version with a context that is already cancelled (so {@code ctx.Done()} wins) and
     * counts the timers it leaves pending; then waits for those to fire, so nothing is left.
     */
    public static Outcome run(boolean withNewTimer, Duration delay) {
        CancelFunc cancel = Context.withCancel(Context.background());
        cancel.cancel();
        try (PendingTimers timers = PendingTimers.install()) {
            String printed = withNewTimer ? timerOrDone(cancel.context(), delay) : afterOrDone(cancel.context(), delay);
            int pending = timers.count();
            timers.awaitAllFired();
            return new Outcome(printed, pending);
        }
    }

    /** The program: both versions with the seed's one-second delay; returns what it printed. */
    public static Stdout run(Stdout out) {
        Duration delay = Duration.ofSeconds(1);
        for (boolean withNewTimer : new boolean[] {false, true}) {
            Outcome o = run(withNewTimer, delay);
            out.println((withNewTimer ? "NewTimer+Stop: " : "time.After:    ") + o.printed());
            out.println("  timers still pending when the select returned: " + o.pendingTimers());
        }
        return out;
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
