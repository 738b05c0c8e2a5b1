package ctxbench.context;

/**
 * Go: {@code context.emptyCtx} (1.21: {@code backgroundCtx}, {@code todoCtx}): never cancelled,
 * no values, no deadline. {@code done()} is {@code null}, which is how {@code propagateCancel}
 * knows that a child of it needs no propagation at all.
 */
final class EmptyCtx implements NeverCanceledCtx {
    static final EmptyCtx BACKGROUND = new EmptyCtx("context.Background");
    static final EmptyCtx TODO = new EmptyCtx("context.TODO");

    private final String name;

    private EmptyCtx(String name) {
        this.name = name;
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
