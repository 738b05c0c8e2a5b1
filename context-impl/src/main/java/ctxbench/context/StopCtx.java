package ctxbench.context;

/**
 * Go 1.21: {@code context.stopCtx}: the parent of a cancelCtx registered through an
 * {@link AfterFuncer}, to which everything is delegated, with the function that unregisters the
 * child ({@code removeChild} calls it).
 */
final class StopCtx extends DelegatingCtx {
    /** Unregisters the child from the parent. */
    final StopFunc stop;

    StopCtx(Context parent, StopFunc stop) {
        super(parent);
        this.stop = stop;
    }

    /**
     * Go 1.21's {@code stopCtx} has no {@code String} method (embedding the {@code Context}
     * interface promotes none), so {@code contextName} prints its type: a child of an
     * afterFuncer prints as {@code context.stopCtx.WithCancel}. This returns that text.
     */
    @Override
    public String toString() {
        return "context.stopCtx";
    }
}
