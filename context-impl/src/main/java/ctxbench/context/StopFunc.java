package ctxbench.context;

/** Go 1.21: the {@code stop func() bool} that {@code context.AfterFunc} returns. */
@FunctionalInterface
public interface StopFunc {
    /** Stops the association; true if that prevented the function from being started. */
    boolean stop();
}
