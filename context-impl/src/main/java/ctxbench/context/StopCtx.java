package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Chan;

/**
 * Go 1.21: {@code context.stopCtx}: the parent of a cancelCtx registered through an
 * {@link AfterFuncer}, with the function that unregisters it ({@code removeChild} calls it).
 *
 * @param parent the afterFuncer parent, to which everything is delegated
 * @param stop   unregisters the child from the parent
 */
record StopCtx(Context parent, StopFunc stop) implements Context {
    @Override
    public long deadline() {
        return parent.deadline();
    }

    @Override
    public Chan<Void> done() {
        return parent.done();
    }

    @Override
    public GoError err() {
        return parent.err();
    }

    @Override
    public Object value(Object key) {
        return parent.value(key);
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
