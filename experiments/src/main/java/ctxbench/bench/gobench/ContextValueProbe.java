package ctxbench.bench.gobench;

import ctxbench.context.Context;
import java.util.concurrent.CountDownLatch;

/**
 * The goroutine body of Go's {@code BenchmarkDeepValueNewGoRoutine}
 * (src/context/benchmark_test.go): {@code go func() { defer wg.Done(); ctx.Value(-1) }()}. The
 * latch stands for the {@code sync.WaitGroup} with one count; the value is kept (Go discards it)
 * so that the JIT cannot drop the lookup, and the latch publishes it to the waiter.
 */
final class ContextValueProbe implements Runnable {
    private final Context ctx;
    private final Object key;
    private final CountDownLatch wg;
    private Object result;

    ContextValueProbe(Context ctx, Object key, CountDownLatch wg) {
        this.ctx = ctx;
        this.key = key;
        this.wg = wg;
    }

    @Override
    public void run() {
        try {
            result = ctx.value(key);
        } finally {
            wg.countDown();
        }
    }

    /** The value looked up; read it only after the latch has opened. */
    Object result() {
        return result;
    }
}
