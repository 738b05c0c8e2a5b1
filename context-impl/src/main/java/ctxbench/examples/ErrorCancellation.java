package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.sync.WaitGroup;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Seed 001, "错误取消" (cancel on error): {@code f1} fails after 1 ms; the goroutine that sees the
 * error prints it and cancels the shared context, and {@code f2}, which would take an hour,
 * returns at once with "f2: context canceled".
 *
 * <pre>{@code
 * func f1(ctx context.Context) error {
 *     select {
 *     case <-ctx.Done():
 *         return fmt.Errorf("f1: %w", ctx.Err())
 *     case <-time.After(time.Millisecond): // 模拟短时间报错
 *         return fmt.Errorf("f1 err in 1ms")
 *     }
 * }
 * // f2: the same with time.After(time.Hour) returning nil
 * // main: ctx, cancel := context.WithTimeout(context.Background(), time.Second); defer cancel()
 * //       two goroutines under a sync.WaitGroup: if err := fN(ctx); err != nil { fmt.Println(err); cancel() }
 * }</pre>
 *
 * Go's output: {@code f1 err in 1ms}, then {@code f2: context canceled}; the order is fixed
 * because f2 can only return after f1's goroutine printed and cancelled. The same with
 * {@link ErrGroup} ({@code errgroup.WithContext}), which the seed says this is. Note that
 * {@code f2}'s one-hour {@code time.After} timer stays queued for that hour (seed 003's leak).
 * Run: {@code scripts/example.sh error-cancel}.
 */
public final class ErrorCancellation {
    private ErrorCancellation() {}

    /** Seed 001's {@code f1}: an error after 1 ms, unless the context is done first. */
    public static GoError f1(Context ctx) {
        if (Select.select(Case.recv(ctx.done()), Case.recv(Time.after(Duration.ofMillis(1)))) == 0) {
            return new WrappedError("f1", ctx.err());
        }
        return GoError.of("f1 err in 1ms");
    }

    /** Seed 001's {@code f2}: an hour of work (nil error), unless the context is done first. */
    public static GoError f2(Context ctx) {
        if (Select.select(Case.recv(ctx.done()), Case.recv(Time.after(Duration.ofHours(1)))) == 0) {
            return new WrappedError("f2", ctx.err());
        }
        return null;
    }

    /** Seed 001's main, with {@code sync.WaitGroup} and {@code cancel()}; returns what it printed. */
    public static Stdout run(Stdout out) {
        CancelFunc cancel = Context.withTimeout(Context.background(), Duration.ofSeconds(1));
        Context ctx = cancel.context();
        try { // defer cancel()
            WaitGroup wg = new WaitGroup();
            wg.add(2);
            Goroutines.go(() -> printAndCancelOnError(() -> f1(ctx), cancel, wg, out));
            Goroutines.go(() -> printAndCancelOnError(() -> f2(ctx), cancel, wg, out));
            wg.await();
        } finally {
            cancel.cancel();
        }
        return out;
    }

    /** The body of each goroutine of seed 001's main: {@code defer wg.Done(); if err := f(ctx); err != nil { fmt.Println(err); cancel() }}. */
    private static void printAndCancelOnError(Supplier<GoError> f, CancelFunc cancel, WaitGroup wg, Stdout out) {
        try {
            GoError err = f.get();
            if (err != null) {
                out.println(err.error());
                cancel.cancel();
            }
        } finally {
            wg.done();
        }
    }

    /** The same with {@link ErrGroup}: prints the error {@code g.Wait()} returns; returns what it printed. */
    public static Stdout runErrGroup(Stdout out) {
        ErrGroup g = ErrGroup.withContext(Context.background());
        Context ctx = g.context();
        g.go(() -> f1(ctx));
        g.go(() -> f2(ctx));
        out.println("errgroup: " + g.await().error());
        return out;
    }

    /** Runs both versions, printing to stdout. */
    public static void main(String[] args) {
        Stdout out = Stdout.console();
        run(out);
        runErrGroup(out);
    }
}
