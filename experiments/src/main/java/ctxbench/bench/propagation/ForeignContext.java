package ctxbench.bench.propagation;

import ctxbench.context.Context;
import ctxbench.runtime.Chan;

/**
 * A {@link Context} that is none of the context package's types: its own done channel, no
 * deadline, no values, and no {@code AfterFunc} method. {@code propagateCancel} can neither join
 * it (it is no cancelCtx) nor register through it (it is no {@link ctxbench.context.AfterFuncer}),
 * so a child of it gets a watcher goroutine that waits on both done channels.
 *
 * <p>Mirrors {@code ForeignCtx} of the Go mirror (experiments/go/propagation/parents.go), the
 * shape of the custom contexts in Go's own context tests. The done channel is made at
 * construction, as there.
 */
public final class ForeignContext extends CustomContext {
    private final Chan<Void> done = Chan.make();

    @Override
    public Chan<Void> done() {
        return done;
    }

    @Override
    public String toString() {
        return "ForeignContext";
    }
}
