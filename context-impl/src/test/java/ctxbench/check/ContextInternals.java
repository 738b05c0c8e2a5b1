package ctxbench.check;

import ctxbench.context.Context;
import java.lang.reflect.Field;
import java.util.Set;

/**
 * Reads the one piece of a context's state Go's tests also read and the public API does not show:
 * how many children a cancelCtx holds (Go's tests look at {@code pc.children} directly; the
 * model's {@code CancelCtx.children} is package-private). By reflection, so that this package
 * does not have to live in {@code ctxbench.context}.
 */
final class ContextInternals {
    private static final Field CHILDREN;
    /** Go's {@code &cancelCtxKey}: {@code ctx.value(key)} is the cancelCtx underneath {@code ctx}. */
    private static final Object CANCEL_CTX_KEY;

    static {
        try {
            Class<?> cancelCtx = Class.forName("ctxbench.context.CancelCtx");
            CHILDREN = cancelCtx.getDeclaredField("children");
            CHILDREN.setAccessible(true);
            Field key = cancelCtx.getDeclaredField("CANCEL_CTX_KEY");
            key.setAccessible(true);
            CANCEL_CTX_KEY = key.get(null);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private ContextInternals() {}

    /**
     * How many children the cancelCtx underneath {@code ctx} holds ({@code ctx} itself for a
     * cancelCtx or timerCtx; found through {@code value} as Go's {@code parentCancelCtx} does),
     * 0 if there is none.
     */
    static int childCount(Context ctx) {
        Object cancelCtx = ctx.value(CANCEL_CTX_KEY);
        if (cancelCtx == null) {
            return 0;
        }
        synchronized (cancelCtx) { // the field is guarded by the context's monitor
            try {
                Set<?> children = (Set<?>) CHILDREN.get(cancelCtx);
                return children == null ? 0 : children.size();
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
