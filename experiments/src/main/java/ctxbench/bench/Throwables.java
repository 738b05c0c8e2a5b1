package ctxbench.bench;

/** Rethrowing what a benchmark's helper caught, for code that may throw only unchecked exceptions. */
public final class Throwables {
    private Throwables() {}

    /**
     * For {@code throw Throwables.unchecked(t)}: throws {@code t} itself if it is an {@link Error},
     * else returns it if it is a {@link RuntimeException}, else returns it wrapped in an
     * {@link IllegalStateException}.
     */
    public static RuntimeException unchecked(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }
}
