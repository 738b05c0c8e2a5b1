package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * Go: {@code context.canceler}: a context that can be cancelled directly — what a parent keeps
 * in its {@code children} set.
 */
interface Canceler {
    /** Go: {@code cancel(removeFromParent bool, err, cause error)}. */
    void cancel(boolean removeFromParent, GoError err, GoError cause);

    /** Go: {@code Done()}. */
    Chan<Void> done();
}
