package ctxbench.bench.propagation;

import ctxbench.context.AfterFuncer;
import ctxbench.context.Context;
import ctxbench.context.StopFunc;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import java.util.HashMap;
import java.util.Map;

/**
 * A custom {@link Context} with Go 1.21's {@code AfterFunc(func()) func() bool} method
 * ({@link AfterFuncer}): {@code propagateCancel} registers a child through that method instead of
 * starting a watcher goroutine.
 *
 * <p>Models {@code afterFuncContext} of Go 1.21's src/context/afterfunc_test.go, as the Go mirror's
 * {@code AfterFuncCtx} (experiments/go/propagation/parents.go) does, so that both sides measure the
 * same parent: a lazily made done channel, and a map from a fresh key object (Go: {@code new(byte)})
 * to the registered function; the stop function deletes its key and says whether it was still
 * there. {@link #value} answers {@code null} for every key, so {@code parentCancelCtx} finds no
 * cancelCtx below it. Cost of one registration: the key object, a map entry and the stop closure.
 */
public final class AfterFuncerContext extends CustomContext implements AfterFuncer {
    // All guarded by this object's monitor (Go: mu sync.Mutex).
    private Map<Object, Runnable> afterFuncs;
    private Chan<Void> done;

    /** Go: {@code Done()}: makes the channel on first use. */
    @Override
    public synchronized Chan<Void> done() {
        if (done == null) {
            done = Chan.make();
        }
        return done;
    }

    /** Go 1.21: {@code AfterFunc(f)}: registers {@code f} to run, in its own goroutine, when this context is cancelled. */
    @Override
    public synchronized StopFunc afterFunc(Runnable f) {
        Object k = new Object();
        if (afterFuncs == null) {
            afterFuncs = new HashMap<>();
        }
        afterFuncs.put(k, f);
        return () -> {
            synchronized (this) {
                return afterFuncs.remove(k) != null;
            }
        };
    }

    /** Starts every registered function, each in its own goroutine (Go: {@code go f()}). */
    @Override
    protected void cancelled() {
        if (afterFuncs != null) {
            for (Runnable f : afterFuncs.values()) {
                Goroutines.go(f);
            }
            afterFuncs.clear();
        }
    }

    /** How many functions are registered now (for tests: a child registers one, its cancel removes it). */
    public synchronized int registered() {
        return afterFuncs == null ? 0 : afterFuncs.size();
    }

    @Override
    public String toString() {
        return "AfterFuncerContext";
    }
}
