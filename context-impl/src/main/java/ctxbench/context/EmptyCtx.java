package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * Go: {@code context.emptyCtx} (1.21: {@code backgroundCtx}, {@code todoCtx}): never cancelled,
 * no values, no deadline. {@code done()} is {@code null}, which is how {@code propagateCancel}
 * knows that a child of it needs no propagation at all.
 */
final class EmptyCtx implements Context {
    static final EmptyCtx BACKGROUND = new EmptyCtx("context.Background");
    static final EmptyCtx TODO = new EmptyCtx("context.TODO");

    private final String name;

    private EmptyCtx(String name) {
        this.name = name;
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
        return null;
    }

    /** Go 1.21: {@code backgroundCtx.String} ({@code context.Background}), {@code todoCtx.String} ({@code context.TODO}). */
    @Override
    public String toString() {
        return name;
    }
}
