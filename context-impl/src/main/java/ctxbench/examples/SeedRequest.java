package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Seed 000, the code this project is about: a request waits up to 200 ms for an engine context
 * built by a goroutine. Before, the wait was a {@code context.WithTimeout} whose {@code cancel}
 * ran only on the timeout path; after, it was {@code time.After}.
 *
 * <pre>{@code
 * // before
 * tmpCtx, cancel := context.WithTimeout(ctx, 200*time.Millisecond)
 * engineCtxCh := make(chan *context.Context, 1)
 * go func() { engineCtx, err := newEngineCtx(ctx); ...; engineCtxCh <- engineCtx }()
 * select {
 * case engineCtx = <-engineCtxCh:
 *     if engineCtx == nil { return }
 * case <-tmpCtx.Done():
 *     fmt.Println("tmpCtx.Done")
 *     cancel() // 项目之前没有加cancel，这块如果不加会引发内存泄漏问题
 * }
 * // after: the same select with case <-time.After(200 * time.Millisecond)
 * }</pre>
 *
 * The seed's text is desensitised and does not compile as written ({@code engineCtx<-engineCtxCh}
 * for {@code engineCtx = <-engineCtxCh}, a goroutine without {@code ()}, a {@code cancel()} left in
 * the after version), and its worker sends only when {@code newEngineCtx} fails; this follows what
 * it evidently does, as the experiments' {@code ctxbench.bench.seed.SeedVariants} does: the worker
 * sends the engine context it built, and a {@code nil} one (Go: {@code err != nil}) is not sent, so
 * that request can only end on its timeout. The variants are SeedVariants' four, under the same
 * names: the seed's two, the fix its comment asks for ({@code defer cancel()}), and
 * {@code NewTimer} + {@code defer Stop()}.
 *
 * <p>What each variant leaves behind, per request: on the fast path (the engine answers in
 * time) the leaky version leaves its context's timer pending for the rest of the 200 ms, and when
 * that timer fires it starts a goroutine to cancel the context; {@code time.After} also leaves its
 * timer pending, but firing it is one non-blocking send; {@code defer cancel()} and
 * {@code defer t.Stop()} stop the timer at once. On the timeout path every timer has fired, and a
 * context's firing has started its goroutine. Unlike SeedVariants (a benchmark) this version prints
 * which case won. Run: {@code scripts/example.sh seed}.
 */
public final class SeedRequest {
    /** The seed's deadline. */
    public static final Duration SEED_TIMEOUT = Duration.ofMillis(200);

    private SeedRequest() {}

    /** The versions of the seed's code, named as in SeedVariants and the Go mirror. */
    public enum Variant {
        /** Seed "修改之前": {@code WithTimeout}, {@code cancel()} only on the timeout path. */
        BEFORE_LEAKY("before-leaky"),
        /** The same with {@code defer cancel()}: the fix the seed's comment calls for. */
        BEFORE_CANCEL("before-cancel"),
        /** Seed "优化后": {@code case <-time.After(200 * time.Millisecond)}. */
        AFTER("after"),
        /** {@code t := time.NewTimer(200 * time.Millisecond); defer t.Stop()}, select on {@code t.C}. */
        TIMER_STOP("timer-stop");

        /** The name SeedVariants and the Go mirror use. */
        public final String goName;

        Variant(String goName) {
            this.goName = goName;
        }
    }

    /**
     * What one request printed, the timers it left pending when it returned, and the goroutines
     * started on its behalf (the worker, and any started by its timer firing) once those timers
     * have fired.
     */
    public record Outcome(String printed, int pendingTimers, long goroutinesStarted) {}

    /** What {@link #serve} printed, and the {@code tmpCtx} it created ({@code null} for the timer variants). */
    record Served(String printed, Context tmpCtx) {}

    /** The seed's {@code newEngineCtx(ctx)}: returns {@code context.TODO()} (and a nil error). */
    public static Context newEngineCtx(Context ctx) {
        return Context.todo();
    }

    /**
     * One request of the seed's code in the given variant. {@code newEngineCtx} is the worker's
     * call; a {@code null} result stands for {@code err != nil} and is not sent.
     */
    static Served serve(Variant variant, Duration timeout, UnaryOperator<Context> newEngineCtx, Stdout out) {
        Context ctx = Context.todo();
        boolean withContext = variant == Variant.BEFORE_LEAKY || variant == Variant.BEFORE_CANCEL;
        CancelFunc cancel = withContext ? Context.withTimeout(ctx, timeout) : null;
        Timer timer = variant == Variant.TIMER_STOP ? Time.newTimer(timeout) : null;
        try {
            Chan<Context> engineCtxCh = Chan.make(1);
            Goroutines.go(() -> {
                Context engineCtx = newEngineCtx.apply(ctx);
                if (engineCtx != null) {
                    engineCtxCh.send(engineCtx);
                }
            });
            Chan<?> timedOut = switch (variant) {
                case BEFORE_LEAKY, BEFORE_CANCEL -> cancel.context().done();
                case AFTER -> Time.after(timeout);
                case TIMER_STOP -> timer.c;
            };
            String printed;
            if (Select.select(Case.recv(engineCtxCh), Case.recv(timedOut)) == 0) {
                printed = "engineCtx received";
            } else {
                printed = "tmpCtx.Done";
                if (cancel != null) {
                    cancel.cancel();
                }
            }
            out.println(printed);
            return new Served(printed, withContext ? cancel.context() : null);
        } finally {
            if (variant == Variant.BEFORE_CANCEL) {
                cancel.cancel();
            }
            if (timer != null) {
                timer.stop();
            }
        }
    }

    /**
     * Serves one request, counts the timers it left pending, then waits until they have fired
     * (and, for a context, until its cancel has run) and counts the goroutines started meanwhile.
     */
    public static Outcome run(Variant variant, Duration timeout, UnaryOperator<Context> newEngineCtx, Stdout out) {
        try (PendingTimers timers = PendingTimers.install()) {
            long spawned = Goroutines.spawned();
            Served served = serve(variant, timeout, newEngineCtx, out);
            int pending = timers.count();
            timers.awaitAllFired();
            Settle.until(() -> served.tmpCtx() == null || served.tmpCtx().err() != null);
            return new Outcome(served.printed(), pending, Goroutines.spawned() - spawned);
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
        for (Variant v : Variant.values()) {
            report(v, "fast path", run(v, SEED_TIMEOUT, SeedRequest::newEngineCtx, Stdout.captured()), out);
            Chan<Void> late = Chan.make();
            report(v, "timeout path", run(v, SEED_TIMEOUT, ctx -> {
                late.recv();
                return newEngineCtx(ctx);
            }, Stdout.captured()), out);
            late.close(); // the engine answers late, into the buffered channel, and its goroutine ends
        }
        return out;
    }

    private static void report(Variant v, String path, Outcome o, Stdout out) {
        out.printf("%-13s %-12s printed %-20s timers pending after return: %d, goroutines started: %d",
                v.goName, path, "\"" + o.printed() + "\"", o.pendingTimers(), o.goroutinesStarted());
    }

    /** Runs the program, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console());
    }
}
