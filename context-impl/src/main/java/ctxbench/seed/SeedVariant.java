package ctxbench.seed;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Seed 000, the code this project is about, written four ways against the model, line for line as
 * the Go code (Go mirror: {@code experiments/go/seed}): a request waits up to 200 ms for an engine
 * context built by a goroutine. Before, the wait was a {@code context.WithTimeout} whose
 * {@code cancel} ran only on the timeout path; after, it was {@code time.After}.
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
 * Every variant makes {@code engineCtxCh} (buffered 1), starts the worker goroutine that calls
 * {@code newEngineCtx} ({@link Engine}) and sends its answer, then {@code select}s on the answer or
 * a timeout; they differ only in how the timeout is made and released:
 * <ul>
 *   <li>{@link #BEFORE_LEAKY} — the seed's "before": {@code tmpCtx, cancel := context.WithTimeout(ctx, d)},
 *       select on {@code tmpCtx.Done()}, {@code cancel()} only in the timeout case. When the answer
 *       wins, the context's {@code AfterFunc} timer stays queued until it fires at the deadline and
 *       starts a goroutine that cancels the context (the "leak" the seed's comment mentions:
 *       context, done channel and timer live until then).</li>
 *   <li>{@link #BEFORE_CANCEL} — the same with {@code defer cancel()}, the fix the seed's comment
 *       calls for: the timer is stopped on every path.</li>
 *   <li>{@link #AFTER} — the seed's "after": {@code case <-time.After(d)}. When the answer wins,
 *       the channel timer stays queued until the deadline and then does a non-blocking send into
 *       its buffered channel on the timer thread: no goroutine.</li>
 *   <li>{@link #TIMER_STOP} — {@code t := time.NewTimer(d); defer t.Stop()}: a channel timer,
 *       stopped on every path.</li>
 * </ul>
 * {@link #request} returns the worker's answer, or {@code null} when the timeout case won (or the
 * worker answered {@code nil}: the seed returns in both cases). The seed's text is desensitised
 * and does not compile as written; this follows what it evidently does: the worker sends the
 * engine context it built (as printed it sends only when {@code newEngineCtx} fails), and a
 * {@code nil} one (Go: {@code err != nil}) is not sent, so that request can only end on its
 * timeout; {@code case engineCtx<-engineCtxCh} is the receive {@code engineCtx = <-engineCtxCh};
 * the after version's stray {@code cancel()} is dropped. The seed's
 * {@code fmt.Println("tmpCtx.Done")} is left out (console I/O would swamp the timer costs; the
 * example {@code ctxbench.examples.SeedLeftovers} prints it from the returned value).
 *
 * <p>Costs per request common to all variants: the channel, the worker's closure and goroutine
 * (a {@code G} or a virtual thread), two {@link Case}s and the select's orders; the variants add a
 * timerCtx (context, timer, closures) or a channel timer (timer and channel). Choosing the variant
 * is one switch on the constant; nothing else is added to the seed's code. No JMH types here: the
 * benchmarks ({@code ctxbench.bench.seed.SeedRequest}, {@code ctxbench.bench.naive.Naive}), the
 * load experiment ({@code ctxbench.load.SeedLoad}) and the example call {@link #request} directly.
 */
public enum SeedVariant {
    /** The seed's "before" ("修改之前"): {@code WithTimeout}, {@code cancel()} only on the timeout path. */
    BEFORE_LEAKY("before-leaky", true),
    /** "before" with {@code defer cancel()}: the fix the seed's comment calls for. */
    BEFORE_CANCEL("before-cancel", false),
    /** The seed's "after" ("优化后"): {@code case <-time.After(200 * time.Millisecond)}. */
    AFTER("after", true),
    /** {@code t := time.NewTimer(200 * time.Millisecond); defer t.Stop()}, select on {@code t.C}. */
    TIMER_STOP("timer-stop", false);

    /** The seed's timeout: 200 ms. */
    public static final Duration SEED_TIMEOUT = Duration.ofMillis(200);

    /**
     * The variants' names in declaration order (that of {@code docs/benchmarks.md}): the values of
     * the benchmarks' {@code variant} parameter and of the load experiment's {@code --variant}, the
     * prefix of its files, and the Go mirror's sub-benchmark names.
     */
    public static final List<String> NAMES = Arrays.stream(values()).map(v -> v.variantName).toList();

    /** The variant's name (one of {@link #NAMES}), as Java and the Go mirror spell it: {@code before-leaky}. */
    public final String variantName;

    /**
     * Whether the fast path (the answer wins) leaves the variant's timer queued until it fires,
     * 200 ms later: true for the variants that do not stop it ({@link #BEFORE_LEAKY}, {@link #AFTER}).
     */
    public final boolean leavesTimerQueued;

    SeedVariant(String variantName, boolean leavesTimerQueued) {
        this.variantName = variantName;
        this.leavesTimerQueued = leavesTimerQueued;
    }

    /**
     * The variant called {@code name} (one of {@link #NAMES}).
     *
     * @throws IllegalArgumentException for any other name
     */
    public static SeedVariant named(String name) {
        for (SeedVariant v : values()) {
            if (v.variantName.equals(name)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown seed variant '" + name + "' (known: " + String.join(", ", NAMES) + ")");
    }

    /**
     * Makes one request on {@code ctx} with {@code timeout}, the worker computing its answer with
     * {@code engine}: the answer, or {@code null} on timeout. Blocks until the answer or the timer
     * arrives; the timer always arrives, so it cannot hang.
     */
    public <T> T request(Context ctx, Duration timeout, Engine<T> engine) {
        return switch (this) {
            case BEFORE_LEAKY -> beforeLeaky(ctx, timeout, engine);
            case BEFORE_CANCEL -> beforeCancel(ctx, timeout, engine);
            case AFTER -> after(ctx, timeout, engine);
            case TIMER_STOP -> timerStop(ctx, timeout, engine);
        };
    }

    /**
     * The seed's "before", as written: {@code WithTimeout}, select on {@code Done()},
     * {@code cancel()} only when the timeout wins. The answer path leaves the timer queued.
     */
    private static <T> T beforeLeaky(Context ctx, Duration timeout, Engine<T> engine) {
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
    private static <T> T beforeCancel(Context ctx, Duration timeout, Engine<T> engine) {
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
    private static <T> T after(Context ctx, Duration timeout, Engine<T> engine) {
        Chan<T> engineCtxCh = new Chan<>(1);
        startWorker(ctx, engine, engineCtxCh);
        Case<T> answer = Case.recv(engineCtxCh);
        return Select.select(answer, Case.recv(Time.after(timeout))) == 0 ? answer.value() : null;
    }

    /** {@code t := time.NewTimer(timeout); defer t.Stop()}: a channel timer stopped on every path. */
    private static <T> T timerStop(Context ctx, Duration timeout, Engine<T> engine) {
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
