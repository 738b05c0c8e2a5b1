package ctxbench.bench.propagation;

import ctxbench.bench.JmhDefaults;
import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of building a tree of {@code WithCancel} contexts and cancelling its root, by depth
 * (a chain) and by fan-out (children of one root). Both the building and the cancel are inside
 * the op: a tree can be cancelled only once, so there is nothing to build outside it. Catalogue:
 * {@code CancelTree.depth} and {@code CancelTree.fanout} in docs/benchmarks.md; Go mirror:
 * {@code BenchmarkCancelTree_depth} / {@code _fanout} in experiments/go/propagation/propagation_test.go.
 * Go's own {@code BenchmarkCancelTree} is ported as {@code gobench.ContextBench.CancelTree}.
 *
 * <p>As in the Go mirror, the children's cancel functions are kept in an array reused across ops
 * and never called: the root's cancel cancels them all (and the array lets a test check that).
 * The array keeps the previous op's tree reachable until the next op overwrites it, as the Go
 * mirror's slice does; because every context escapes into it, escape analysis cannot remove any
 * allocation of the tree (Go's compiler does not either).
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'propagation.CancelTree' -prof gc}
 */
public class CancelTree extends JmhDefaults {

    /** A chain of {@code depth} contexts below the root. */
    @State(Scope.Thread)
    public static class Chain {
        /** Contexts below the root, each the child of the one before. */
        @Param({"1", "10", "100", "1000"})
        public int depth;

        /** The cancel functions of the last op's chain, root excluded, top first. */
        CancelFunc[] cancels;

        @Setup
        public void setUp() {
            cancels = new CancelFunc[depth];
        }
    }

    /** {@code fanout} contexts directly below the root. */
    @State(Scope.Thread)
    public static class Fan {
        /** Children of the root. */
        @Param({"1", "100", "10000"})
        public int fanout;

        /** The cancel functions of the last op's children. */
        CancelFunc[] cancels;

        @Setup
        public void setUp() {
            cancels = new CancelFunc[fanout];
        }
    }

    /**
     * One op: {@code root := WithCancel(Background())}, then {@code depth} times
     * {@code ctx = WithCancel(ctx)}, then cancel the root. Measures, per level, a cancelCtx,
     * propagateCancel making the parent's lazy done channel (the child asks for it) and its children
     * set, and the insertion; then the cancel, which recurses down the chain closing every channel
     * but the leaf's (which was never asked for: it gets the shared closed channel).
     */
    @Benchmark
    public void depth(Chain s, Blackhole bh) {
        bh.consume(cancelChain(s.cancels));
    }

    /**
     * One op: {@code root := WithCancel(Background())}, {@code fanout} children
     * {@code WithCancel(root)}, then cancel the root. Measures the children (allocation, insertion
     * into the root's children set, which grows by rehashing) and the cancel that iterates the set
     * and cancels every child. The set's iteration order is its hash order (Go's is random); the
     * work is the same.
     */
    @Benchmark
    public void fanout(Fan s, Blackhole bh) {
        bh.consume(cancelFan(s.cancels));
    }

    /** Builds a chain of {@code cancels.length} contexts below a new root, cancels the root, returns the root's cancel. */
    static CancelFunc cancelChain(CancelFunc[] cancels) {
        CancelFunc root = Context.withCancel(Context.background());
        Context ctx = root.context();
        for (int d = 0; d < cancels.length; d++) {
            cancels[d] = Context.withCancel(ctx);
            ctx = cancels[d].context();
        }
        root.cancel();
        return root;
    }

    /** Builds {@code cancels.length} children of a new root, cancels the root, returns the root's cancel. */
    static CancelFunc cancelFan(CancelFunc[] cancels) {
        CancelFunc root = Context.withCancel(Context.background());
        Context ctx = root.context();
        for (int c = 0; c < cancels.length; c++) {
            cancels[c] = Context.withCancel(ctx);
        }
        root.cancel();
        return root;
    }
}
