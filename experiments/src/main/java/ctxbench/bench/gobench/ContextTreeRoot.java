package ctxbench.bench.gobench;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;

/**
 * The three roots of Go's {@code BenchmarkCancelTree} (src/context/benchmark_test.go), named as its
 * {@code Root=...} sub-benchmarks (the constants keep Go's spelling because they are the JMH
 * parameter values that line up with Go's rows). Each builds Go's {@code buildContextTree} below
 * its root: {@code depth} times {@code root, _ = WithCancel(root)}, the cancel functions dropped.
 */
public enum ContextTreeRoot {
    /** {@code buildContextTree(Background(), d)}: nothing is ever cancelled. */
    Background {
        @Override
        Context build(int depth) {
            return buildContextTree(Context.background(), depth);
        }
    },
    /** {@code ctx, cancel := WithCancel(Background()); buildContextTree(ctx, d); cancel()}. */
    OpenCanceler {
        @Override
        Context build(int depth) {
            CancelFunc cancel = Context.withCancel(Context.background());
            Context leaf = buildContextTree(cancel.context(), depth);
            cancel.cancel();
            return leaf;
        }
    },
    /** {@code ctx, cancel := WithCancel(Background()); cancel(); buildContextTree(ctx, d)}: every child is cancelled as it is made. */
    ClosedCanceler {
        @Override
        Context build(int depth) {
            CancelFunc cancel = Context.withCancel(Context.background());
            cancel.cancel();
            return buildContextTree(cancel.context(), depth);
        }
    };

    /** One op of the sub-benchmark; returns the deepest context. */
    abstract Context build(int depth);

    /** Go: {@code buildContextTree(root, depth)}: a chain of {@code depth} {@code WithCancel}s; returns the last. */
    static Context buildContextTree(Context root, int depth) {
        for (int d = 0; d < depth; d++) {
            root = Context.withCancel(root).context();
        }
        return root;
    }
}
