package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * Go's test type {@code otherContext struct{ Context }}: a Context that is not one of the types
 * of context.go, delegating everything to the one it wraps. It lets the tests take the code paths
 * that differ on the parent's type (the {@code default} of {@code value}, the
 * {@code parentCancelCtx} lookup through {@code Value(&cancelCtxKey)}).
 *
 * @param ctx the embedded context
 */
record OtherContext(Context ctx) implements Context {
    @Override
    public long deadline() {
        return ctx.deadline();
    }

    @Override
    public Chan<Void> done() {
        return ctx.done();
    }

    @Override
    public GoError err() {
        return ctx.err();
    }

    @Override
    public Object value(Object key) {
        return ctx.value(key);
    }
}
