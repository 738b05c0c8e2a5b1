package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Goroutines;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Go 1.21: {@code context.afterFuncCtx}: a cancelCtx child of the watched context whose
 * cancellation starts {@code f} in a new goroutine, once.
 */
final class AfterFuncCtx extends CancelCtx {
    /** Go: {@code sync.Once}: set by whichever comes first, the run of f or stop(). */
    private final AtomicBoolean once = new AtomicBoolean();
    private final Runnable f;

    private AfterFuncCtx(Runnable f) {
        this.f = f;
    }

    /** Go: {@code context.AfterFunc}. */
    static StopFunc afterFunc(Context ctx, Runnable f) {
        AfterFuncCtx a = new AfterFuncCtx(f);
        a.propagateCancel(ctx, a);
        return () -> {
            boolean stopped = a.once.compareAndSet(false, true);
            if (stopped) {
                a.cancel(true, CANCELED, null);
            }
            return stopped;
        };
    }

    @Override
    public void cancel(boolean removeFromParent, GoError err, GoError cause) {
        super.cancel(false, err, cause);
        if (removeFromParent) {
            removeChild(parent, this);
        }
        if (once.compareAndSet(false, true)) {
            Goroutines.go(f);
        }
    }
}
