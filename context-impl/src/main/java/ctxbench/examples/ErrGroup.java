package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Goroutines;
import ctxbench.sync.WaitGroup;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Go: {@code golang.org/x/sync/errgroup.Group} made by {@code errgroup.WithContext}: goroutines
 * working on one task; the first error cancels the group's context and is what {@code Wait}
 * returns. Seed 001 notes that its error-cancellation example "is errgroup's logic".
 *
 * <p>As errgroup before Go 1.20 (WithCancel, not WithCancelCause): {@code Go} adds to a
 * {@link WaitGroup} and starts the function in a goroutine; the first non-nil error is kept
 * ({@code errOnce}) and cancels the context; {@code Wait} waits for all, cancels the context and
 * returns the first error.
 */
public final class ErrGroup {
    private final WaitGroup wg = new WaitGroup();
    private final CancelFunc cancel;
    private final AtomicReference<GoError> err = new AtomicReference<>();

    private ErrGroup(CancelFunc cancel) {
        this.cancel = cancel;
    }

    /** Go: {@code g, ctx := errgroup.WithContext(parent)}; the group's context is {@link #context()}. */
    public static ErrGroup withContext(Context parent) {
        return new ErrGroup(Context.withCancel(parent));
    }

    /** The {@code ctx} of {@code errgroup.WithContext}: cancelled by the first error, or by {@link #await()}. */
    public Context context() {
        return cancel.context();
    }

    /** Go: {@code g.Go(f)}: runs {@code f} in a new goroutine; a non-nil result that is the group's first error cancels the context. */
    public void go(Supplier<GoError> f) {
        wg.add(1);
        Goroutines.go(() -> {
            try { // defer g.done()
                GoError e = f.get();
                if (e != null && err.compareAndSet(null, e)) { // g.errOnce.Do
                    cancel.cancel();
                }
            } finally {
                wg.done();
            }
        });
    }

    /** Go: {@code g.Wait()}: waits for every function, cancels the context, returns the first error (or {@code null}). */
    public GoError await() {
        wg.await();
        cancel.cancel();
        return err.get();
    }
}
