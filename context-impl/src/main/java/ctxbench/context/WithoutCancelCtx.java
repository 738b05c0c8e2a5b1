package ctxbench.context;

import ctxbench.runtime.GoPanic;

/**
 * Go 1.21: {@code context.withoutCancelCtx}: the parent's values, but no deadline and no
 * cancellation; a child of it is never cancelled by the parent.
 *
 * @param parent the context whose values are kept
 */
record WithoutCancelCtx(Context parent) implements NeverCanceledCtx {
    /** Go: {@code WithoutCancel}. */
    static Context withoutCancel(Context parent) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
        return new WithoutCancelCtx(parent);
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
