package ctxbench.bench.propagation;

import ctxbench.context.Context;
import ctxbench.errors.GoError;

/**
 * What the suite's own {@link Context} types ({@link ForeignContext}, {@link AfterFuncerContext};
 * Go: the custom contexts of the Go mirror's parents.go) share: no deadline, no values, and an
 * error set once by {@link #cancel}, which also closes the done channel. They are none of the
 * context package's types, so {@code propagateCancel} cannot join them as a cancelCtx.
 *
 * <p>The error is guarded by this object's monitor (Go: {@code mu sync.Mutex}).
 */
public abstract class CustomContext implements Context {
    private GoError err;

    @Override
    public Object value(Object key) {
        return null;
    }

    /** Sets the error, closes the done channel and runs {@link #cancelled}, once; later calls do nothing. */
    public final synchronized void cancel(GoError cause) {
        if (err != null) {
            return;
        }
        err = cause;
        done().close();
        cancelled();
    }

    /** What else the first {@link #cancel} does, holding this object's monitor: nothing here. */
    protected void cancelled() {}

    @Override
    public long deadline() {
        return NO_DEADLINE;
    }

    @Override
    public synchronized GoError err() {
        return err;
    }
}
