package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * A context that embeds its parent, as Go's {@code valueCtx} and {@code stopCtx} embed the
 * {@code Context} interface: {@code Deadline}, {@code Done} and {@code Err} are promoted from the
 * parent, and so is {@code Value} unless a subclass answers some keys itself. Each of them costs
 * one call on the parent, as Go's promoted methods do.
 */
abstract class DelegatingCtx implements Context {
    /** Go: the embedded {@code Context}. */
    final Context parent;

    DelegatingCtx(Context parent) {
        this.parent = parent;
    }

    @Override
    public final long deadline() {
        return parent.deadline();
    }

    @Override
    public final Chan<Void> done() {
        return parent.done();
    }

    @Override
    public final GoError err() {
        return parent.err();
    }

    @Override
    public Object value(Object key) {
        return parent.value(key);
    }
}
