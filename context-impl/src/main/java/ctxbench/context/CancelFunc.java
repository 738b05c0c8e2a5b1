package ctxbench.context;

/**
 * Go: {@code context.CancelFunc}, the closure {@code func() { c.cancel(true, Canceled, nil) }}
 * that {@code WithCancel}, {@code WithDeadline} and {@code WithTimeout} return, carrying the
 * context it cancels. Calling {@link #cancel()} more than once does nothing after the first.
 */
public final class CancelFunc {
    private final CancelCtx c;
    private final boolean removeFromParent;

    CancelFunc(CancelCtx c, boolean removeFromParent) {
        this.c = c;
        this.removeFromParent = removeFromParent;
    }

    /** The context this function cancels: the {@code ctx} of Go's {@code ctx, cancel := ...}. */
    public Context context() {
        return c;
    }

    /** Go: {@code cancel()}: cancels the context with {@link Context#CANCELED}, its children, and detaches it from its parent. */
    public void cancel() {
        c.cancel(removeFromParent, Context.CANCELED, null);
    }
}
