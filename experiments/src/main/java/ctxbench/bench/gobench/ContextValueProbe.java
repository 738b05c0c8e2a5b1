package ctxbench.bench.gobench;

import ctxbench.context.Context;
import ctxbench.runtime.Sema;

/**
 * The goroutine body of Go's {@code BenchmarkDeepValueNewGoRoutine}
 * (src/context/benchmark_test.go): {@code go func() { defer wg.Done(); ctx.Value(-1) }()}. The
 * {@link Sema} stands for the {@code sync.WaitGroup} with one count (its {@code Done} a
 * {@code semrelease}, its {@code Wait} a {@code semacquire}, which parks a goroutine of either
 * runtime); the value is kept (Go discards it) so that the JIT cannot drop the lookup, and the
 * semaphore's hand-off publishes it to the waiter.
 */
final class ContextValueProbe implements Runnable {
    private final Context ctx;
    private final Object key;
    private final Sema wg;
    private Object result;

    ContextValueProbe(Context ctx, Object key, Sema wg) {
        this.ctx = ctx;
        this.key = key;
        this.wg = wg;
    }

    @Override
    public void run() {
        try {
            result = ctx.value(key);
        } finally {
            wg.release();
        }
    }

    /** The value looked up; read it only after acquiring the semaphore. */
    Object result() {
        return result;
    }
}
