package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * A context that is never cancelled and has no deadline: Go's {@code emptyCtx} (under
 * {@code backgroundCtx} and {@code todoCtx}) and Go 1.21's {@code withoutCancelCtx}, whose
 * {@code Deadline}, {@code Done} and {@code Err} return zero values. {@code done()} is
 * {@code null}, which is how {@code propagateCancel} knows that a child of it needs no
 * propagation at all. Each implementation answers {@code value} its own way.
 */
interface NeverCanceledCtx extends Context {
    @Override
    default long deadline() {
        return NO_DEADLINE;
    }

    @Override
    default Chan<Void> done() {
        return null;
    }

    @Override
    default GoError err() {
        return null;
    }
}
