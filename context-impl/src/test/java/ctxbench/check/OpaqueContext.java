package ctxbench.check;

import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * A context of a type the context package does not know, around another: it passes on deadline,
 * Done and Err but answers no {@code Value} lookups, so a child made from it cannot join a
 * cancelCtx's children and {@code propagateCancel} starts a watcher goroutine (Go: the
 * {@code default} path of {@code propagateCancel}, as for the {@code myCtx} of Go's
 * TestCustomContextGoroutines). Its Cause is its Err, as Go's {@code Cause} of such a context.
 */
record OpaqueContext(Context inner) implements Context {
    @Override
    public long deadline() {
        return inner.deadline();
    }

    @Override
    public Chan<Void> done() {
        return inner.done();
    }

    @Override
    public GoError err() {
        return inner.err();
    }

    @Override
    public Object value(Object key) {
        return null;
    }
}
