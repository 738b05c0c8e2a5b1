package ctxbench.context;

/**
 * Go 1.21: {@code context.afterFuncer}, a custom context that can run a function when it is
 * done. {@code propagateCancel} registers a child through it instead of starting a watcher
 * goroutine.
 */
public interface AfterFuncer {
    /** Arranges for {@code f} to run once this context is done; the result stops that. */
    StopFunc afterFunc(Runnable f);
}
