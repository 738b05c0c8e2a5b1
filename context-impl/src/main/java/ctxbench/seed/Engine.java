package ctxbench.seed;

import ctxbench.context.Context;

/**
 * The seed's {@code newEngineCtx(ctx)}: the work the request's goroutine does and whose answer the
 * request waits for (seeds/000; Go mirror: {@code seed.Worker}).
 *
 * @param <T> the answer's type
 */
@FunctionalInterface
public interface Engine<T> {
    /**
     * The seed's own {@code newEngineCtx}: answers {@code context.TODO()} (and a nil error) at once.
     * Allocates nothing.
     */
    Engine<Context> ANSWERS_AT_ONCE = ctx -> Context.todo();

    /**
     * Computes the answer. {@code null} stands for {@code err != nil}: the worker then returns
     * without sending, so the request can only end on its timeout (a worker that never answers).
     */
    T newEngineCtx(Context ctx);
}
