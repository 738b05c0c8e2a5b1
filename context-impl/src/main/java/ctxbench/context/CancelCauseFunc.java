package ctxbench.context;

import ctxbench.errors.GoError;

/**
 * Go 1.20: {@code context.CancelCauseFunc}, the closure {@code WithCancelCause} returns,
 * carrying the context it cancels.
 */
public final class CancelCauseFunc {
    private final CancelCtx c;

    CancelCauseFunc(CancelCtx c) {
        this.c = c;
    }

    /** The context this function cancels. */
    public Context context() {
        return c;
    }

    /** Go: {@code cancel(cause)}: cancels with {@link Context#CANCELED}; {@link Context#cause} then reports {@code cause} (or CANCELED if null). */
    public void cancel(GoError cause) {
        c.cancel(true, Context.CANCELED, cause);
    }
}
