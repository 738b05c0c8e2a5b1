package ctxbench.bench.seed;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;
import java.util.List;

/**
 * The seed's request (seeds/000) written four ways against the model, line for line as the Go
 * code: make {@code engineCtxCh} (buffered 1), start the worker goroutine that calls
 * {@code newEngineCtx} and sends its answer, then {@code select} on the answer or a timeout.
 * The variants differ only in how the timeout is made and released:
 * <ul>
 *   <li>{@link #beforeLeaky} ({@code before-leaky}) — the seed's "before":
 *       {@code tmpCtx, cancel := context.WithTimeout(ctx, d)}, select on {@code tmpCtx.Done()},
 *       {@code cancel()} only in the timeout case. When the answer wins, the context's
 *       {@code AfterFunc} timer stays queued until it fires at the deadline and starts a goroutine
 *       that cancels the context (the "leak" the seed's comment mentions: context, done channel
 *       and timer live until then).</li>
 *   <li>{@link #beforeCancel} ({@code before-cancel}) — the same with {@code defer cancel()}: the
 *       timer is stopped on every path.</li>
 *   <li>{@link #after} ({@code after}) — the seed's "after": {@code case <-time.After(d)}. When the
 *       answer wins, the channel timer stays queued until the deadline and then does a
 *       non-blocking send into its buffered channel on the timer thread: no goroutine.</li>
 *   <li>{@link #timerStop} ({@code timer-stop}) — {@code t := time.NewTimer(d); defer t.Stop()}: a
 *       channel timer, stopped on every path.</li>
 * </ul>
 * Each method returns the worker's answer, or {@code null} when the timeout case won (or the
 * worker answered {@code nil}: the seed returns in both cases). The seed's
 * {@code fmt.Println("tmpCtx.Done")} is left out (console I/O would swamp the timer costs), and
 * the seed's worker is fixed to send its result (as printed it only sends when
 * {@code newEngineCtx} fails, and its {@code case engineCtx<-engineCtxCh} does not compile).
 *
 * <p>Costs per request common to all variants: the channel, the worker's closure and goroutine
 * (a virtual thread), two {@link Case}s and the select's orders; the variants add a timerCtx
 * (context, timer, closures) or a channel timer (timer and channel). No JMH types here: the load
 * experiments and examples call these methods directly.
 */
public final class SeedVariants {
    /** The variant names, in the order of {@code docs/benchmarks.md}, as the Go mirror spells them. */
    public static final List<String> NAMES = List.of("before-leaky", "before-cancel", "after", "timer-stop");

    private SeedVariants() {}

    /**
     * The seed's {@code newEngineCtx(ctx)}: the work the request's goroutine does.
     *
     * @param <T> the answer's type
     */
    @FunctionalInterface
    public interface Engine<T> {
        /**
         * Computes the answer. {@code null} stands for {@code err != nil}: the worker then returns
         * without sending, so the request can only end on its timeout (a worker that never answers).
         */
        T newEngineCtx(Context ctx);
    }

    /** One variant as a value, for callers that choose it by name (see {@link #named}). */
    @FunctionalInterface
    public interface Variant {
        /** Makes one request on {@code ctx} with {@code timeout}; the answer, or {@code null} on timeout. */
        <T> T request(Context ctx, Duration timeout, Engine<T> engine);
    }

    /**
     * The variant called {@code name} (one of {@link #NAMES}).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static Variant named(String name) {
        return switch (name) {
            case "before-leaky" -> SeedVariants::beforeLeaky;
            case "before-cancel" -> SeedVariants::beforeCancel;
            case "after" -> SeedVariants::after;
            case "timer-stop" -> SeedVariants::timerStop;
            default -> throw new IllegalArgumentException("unknown seed variant '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        };
    }

    /**
     * The seed's "before", as written: {@code WithTimeout}, select on {@code Done()},
     * {@code cancel()} only when the timeout wins. The answer path leaves the timer queued.
     */
    public static <T> T beforeLeaky(Context ctx, Duration timeout, Engine<T> engine) {
        CancelFunc cancel = Context.withTimeout(ctx, timeout);
        Context tmpCtx = cancel.context();
        Chan<T> engineCtxCh = new Chan<>(1);
        startWorker(ctx, engine, engineCtxCh);
        Case<T> answer = Case.recv(engineCtxCh);
        if (Select.select(answer, Case.recv(tmpCtx.done())) == 0) {
            return answer.value();
        }
        cancel.cancel(); // the seed: "without this cancel the project leaked memory"
        return null;
    }

    /** "before" with {@code defer cancel()}: the context's timer is stopped on every path. */
    public static <T> T beforeCancel(Context ctx, Duration timeout, Engine<T> engine) {
        CancelFunc cancel = Context.withTimeout(ctx, timeout);
        try {
            Context tmpCtx = cancel.context();
            Chan<T> engineCtxCh = new Chan<>(1);
            startWorker(ctx, engine, engineCtxCh);
            Case<T> answer = Case.recv(engineCtxCh);
            return Select.select(answer, Case.recv(tmpCtx.done())) == 0 ? answer.value() : null;
        } finally {
            cancel.cancel();
        }
    }

    /** The seed's "after": {@code case <-time.After(timeout)}. The answer path leaves the channel timer queued. */
    public static <T> T after(Context ctx, Duration timeout, Engine<T> engine) {
        Chan<T> engineCtxCh = new Chan<>(1);
        startWorker(ctx, engine, engineCtxCh);
        Case<T> answer = Case.recv(engineCtxCh);
        return Select.select(answer, Case.recv(Time.after(timeout))) == 0 ? answer.value() : null;
    }

    /** {@code t := time.NewTimer(timeout); defer t.Stop()}: a channel timer stopped on every path. */
    public static <T> T timerStop(Context ctx, Duration timeout, Engine<T> engine) {
        Timer t = Time.newTimer(timeout);
        try {
            Chan<T> engineCtxCh = new Chan<>(1);
            startWorker(ctx, engine, engineCtxCh);
            Case<T> answer = Case.recv(engineCtxCh);
            return Select.select(answer, Case.recv(t.c)) == 0 ? answer.value() : null;
        } finally {
            t.stop();
        }
    }

    /**
     * The seed's {@code go func() { engineCtx, err := newEngineCtx(ctx); ... engineCtxCh <- engineCtx }()}:
     * the send never blocks because the channel has room for the one answer, even when nobody
     * receives it any more.
     */
    private static <T> void startWorker(Context ctx, Engine<T> engine, Chan<T> engineCtxCh) {
        Goroutines.go(() -> {
            T engineCtx = engine.newEngineCtx(ctx);
            if (engineCtx != null) {
                engineCtxCh.send(engineCtx);
            }
        });
    }
}
