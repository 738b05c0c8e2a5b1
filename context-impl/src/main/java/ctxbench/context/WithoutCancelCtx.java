package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;

/**
 * Go 1.21: {@code context.withoutCancelCtx}: the parent's values, but no deadline and no
 * cancellation; a child of it is never cancelled by the parent.
 *
 * @param parent the context whose values are kept
 */
record WithoutCancelCtx(Context parent) implements Context {
    /** Go: {@code WithoutCancel}. */
    static Context withoutCancel(Context parent) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
        return new WithoutCancelCtx(parent);
    }

    @Override
    public long deadline() {
        return NO_DEADLINE;
    }

    @Override
    public Chan<Void> done() {
        return null;
    }

    @Override
    public GoError err() {
        return null;
    }

    @Override
    public Object value(Object key) {
        return CancelCtx.value(this, key);
    }

    /** Go 1.21: {@code withoutCancelCtx.String}: {@code contextName(parent) + ".WithoutCancel"}. */
    @Override
    public String toString() {
        return ContextNames.contextName(parent) + ".WithoutCancel";
    }
}
