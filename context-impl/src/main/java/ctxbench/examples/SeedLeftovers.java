package ctxbench.examples;

import ctxbench.context.Context;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.seed.Engine;
import ctxbench.seed.SeedVariant;
import java.time.Duration;

/**
 * Seed 000, the code this project is about ({@link SeedVariant}: a request waits up to 200 ms for
 * an engine context built by a goroutine), run once per variant on the fast and on the timeout
 * path, printing which case won, as the seed's code does ({@code "tmpCtx.Done"}; the answer's
 * case here prints {@code "engineCtx received"}), and what the request left behind.
 *
 * <p>What each variant leaves behind, per request: on the fast path (the engine answers in
 * time) the leaky version leaves its context's timer pending for the rest of the 200 ms, and when
 * that timer fires it starts a goroutine to cancel the context; {@code time.After} also leaves its
 * timer pending, but firing it is one non-blocking send; {@code defer cancel()} and
 * {@code defer t.Stop()} stop the timer at once. On the timeout path every timer has fired, and a
 * context's firing has started its goroutine. Run: {@code scripts/example.sh seed}.
 */
public final class SeedLeftovers {
    private SeedLeftovers() {}

    /**
     * What one request printed, the timers it left pending when it returned, and the goroutines
     * started on its behalf (the worker, and any started by its timer firing) once those timers
     * have fired.
     */
    public record Outcome(String printed, int pendingTimers, long goroutinesStarted) {}

    /**
     * Serves one request of {@code variant} with {@code engine} as the worker's
     * {@code newEngineCtx} (a {@code null} answer stands for {@code err != nil} and is not sent),
     * prints which case won, counts the timers it left pending, then waits until they have fired
     * and counts the goroutines started meanwhile.
     */
    public static Outcome run(SeedVariant variant, Duration timeout, Engine<Context> engine, Stdout out) {
        try (PendingTimers timers = PendingTimers.install()) {
            long spawned = Goroutines.spawned();
            Context engineCtx = variant.request(Context.todo(), timeout, engine);
            int pending = timers.count();
            String printed = engineCtx != null ? "engineCtx received" : "tmpCtx.Done";
            out.println(printed);
            timers.awaitAllFired();
            return new Outcome(printed, pending, Goroutines.spawned() - spawned);
        }
    }

    /**
     * The program: every variant on the fast path and on the timeout path, whose engine answers
     * only once the request has returned (it waits on a gate, closed then); returns what it
     * printed. The engine does not sleep: under {@code ctxbench.sched=go} a sleeping goroutine
     * waits on a runtime timer (Go's {@code timeSleep}), which would be counted among the timers
     * the request left pending.
     */
    public static Stdout run(Stdout out) {
        for (SeedVariant v : SeedVariant.values()) {
            report(v, "fast path", run(v, SeedVariant.SEED_TIMEOUT, Engine.ANSWERS_AT_ONCE, Stdout.captured()), out);
            Chan<Void> late = Chan.make();
            report(v, "timeout path", run(v, SeedVariant.SEED_TIMEOUT, ctx -> {
                late.recv();
                return Engine.ANSWERS_AT_ONCE.newEngineCtx(ctx);
            }, Stdout.captured()), out);
            late.close(); // the engine answers late, into the buffered channel, and its goroutine ends
        }
        return out;
    }

    private static void report(SeedVariant v, String path, Outcome o, Stdout out) {
        out.printf("%-13s %-12s printed %-20s timers pending after return: %d, goroutines started: %d",
                v.variantName, path, "\"" + o.printed() + "\"", o.pendingTimers(), o.goroutinesStarted());
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
