package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;

/**
 * Seed 001, "防止 goroutine 泄漏" (the {@code context} package's own example of
 * {@code WithCancel}): {@code gen(ctx)} sends 1, 2, 3, ... from a goroutine until {@code ctx} is
 * cancelled; the caller takes five and cancels, and the goroutine returns.
 *
 * <pre>{@code
 * gen := func(ctx context.Context) <-chan int {
 *     dst := make(chan int)
 *     n := 1
 *     go func() {
 *         for {
 *             select {
 *             case <-ctx.Done():
 *                 return // returning not to leak the goroutine
 *             case dst <- n:
 *                 n++
 *             }
 *         }
 *     }()
 *     return dst
 * }
 * ctx, cancel := context.WithCancel(context.Background())
 * defer cancel() // cancel when we are finished consuming integers
 * for n := range gen(ctx) {
 *     fmt.Println(n)
 *     if n == 5 {
 *         break
 *     }
 * }
 * }</pre>
 *
 * Its leaking twin, the generator without a context that the seed warns about, has no way out
 * of its loop: after the caller stops, its goroutine stays blocked on {@code dst <- 6} forever.
 * Both print 1 to 5; the first leaves no goroutine, the twin one. Run:
 * {@code scripts/example.sh generator}.
 */
public final class Generator {
    private Generator() {}

    /** The seed's {@code gen(ctx)}: returns when {@code ctx} is done. */
    public static Chan<Integer> gen(Context ctx) {
        Chan<Integer> dst = Chan.make();
        Goroutines.go(() -> {
            for (int n = 1; ; n++) {
                if (Select.select(Case.recv(ctx.done()), Case.send(dst, n)) == 0) {
                    return; // returning not to leak the goroutine
                }
            }
        });
        return dst;
    }

    /** The leaking twin: {@code for { dst <- n; n++ }}, with no way to stop. */
    public static Chan<Integer> genWithoutContext() {
        Chan<Integer> dst = Chan.make();
        Goroutines.go(() -> {
            for (int n = 1; ; n++) {
                dst.send(n);
            }
        });
        return dst;
    }

    /** The seed's consumer: prints values until 5, then stops reading. */
    public static void printUpToFive(Chan<Integer> numbers, Stdout out) {
        for (int n : numbers) {
            out.println(n);
            if (n == 5) {
                break;
            }
        }
    }

    /** The seed's main ({@code withContext}) or the same consumer over the twin; returns the goroutines left (0, or 1 for the twin). */
    public static long run(boolean withContext, Stdout out) {
        long baseline = Settle.baseline();
        if (withContext) {
            CancelFunc cancel = Context.withCancel(Context.background());
            try { // defer cancel()
                printUpToFive(gen(cancel.context()), out);
            } finally {
                cancel.cancel();
            }
        } else {
            printUpToFive(genWithoutContext(), out);
        }
        return Settle.goroutinesLeft(baseline, withContext ? 0 : 1);
    }

    /** Runs both, printing to stdout. */
    public static void main(String[] args) {
        Stdout out = Stdout.console();
        out.println("gen(ctx):");
        out.println("goroutines left behind: " + run(true, out));
        out.println("gen() without ctx:");
        out.println("goroutines left behind: " + run(false, out));
    }
}
