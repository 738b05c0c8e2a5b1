package ctxbench.bench.propagation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One op of {@code CancelTree.depth} and {@code .fanout} outside JMH: every node of the tree is made and cancelled. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CancelTreeTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 10, 100, 1000})
    void depthCancelsEveryNodeOfTheChain(int depth) {
        CancelTree.Chain state = new CancelTree.Chain();
        state.depth = depth;
        state.setUp();
        CancelFunc root = CancelTree.cancelChain(state.cancels);
        assertSame(Context.CANCELED, root.context().err());
        assertEveryNodeCancelledAndDistinct(state.cancels, depth);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 100, 10000})
    void fanoutCancelsEveryChild(int fanout) {
        CancelTree.Fan state = new CancelTree.Fan();
        state.fanout = fanout;
        state.setUp();
        CancelFunc root = CancelTree.cancelFan(state.cancels);
        assertSame(Context.CANCELED, root.context().err());
        assertEveryNodeCancelledAndDistinct(state.cancels, fanout);
    }

    /** The second op builds a new tree: none of the first op's contexts is reused. */
    @ParameterizedTest
    @ValueSource(ints = {10})
    void eachOpBuildsANewTree(int depth) {
        CancelFunc[] cancels = new CancelFunc[depth];
        CancelTree.cancelChain(cancels);
        Context firstLeaf = cancels[depth - 1].context();
        CancelTree.cancelChain(cancels);
        assertNotSame(firstLeaf, cancels[depth - 1].context());
    }

    private static void assertEveryNodeCancelledAndDistinct(CancelFunc[] cancels, int size) {
        assertEquals(size, cancels.length);
        Set<Context> nodes = new HashSet<>();
        for (CancelFunc c : cancels) {
            assertSame(Context.CANCELED, c.context().err());
            nodes.add(c.context());
        }
        assertEquals(size, nodes.size(), "every node is its own context");
    }
}
