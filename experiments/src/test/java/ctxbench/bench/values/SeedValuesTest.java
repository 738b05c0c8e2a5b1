package ctxbench.bench.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ctxbench.context.Context;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contexts that {@code SeedValues}' ops build hold the n values, one node each or in one aggregated node. */
class SeedValuesTest {
    private final SeedValues.Entries state = new SeedValues.Entries();

    @BeforeEach
    void setUp() {
        state.n = 5;
        state.setUp();
    }

    @Test
    void oneByOneSetsEveryValueInItsOwnNode() {
        Context ctx = SeedValues.setOneByOne(state.keys, state.values);
        for (int i = 0; i < state.n; i++) {
            assertEquals(i, ctx.value(state.keys[i]));
        }
        assertNull(ctx.value(ValueKey.MISSING));
        assertNull(ctx.value(Aggregated.KEY), "no aggregated node");
    }

    @Test
    void aggregatedSetsOneNodeHoldingEveryValue() {
        Context ctx = SeedValues.setAggregated(state.entries);
        for (int i = 0; i < state.n; i++) {
            assertEquals(i, Aggregated.lookup(ctx, state.keys[i]));
            assertNull(ctx.value(state.keys[i]), "no node of its own");
        }
        assertNull(Aggregated.lookup(ctx, ValueKey.MISSING));
        Map<?, ?> entries = (Map<?, ?>) ctx.value(Aggregated.KEY);
        assertEquals(state.n, entries.size());
    }

    @Test
    void aggregatedLookupOnAContextWithoutTheNodeIsNull() {
        assertNull(Aggregated.lookup(Context.background(), state.keys[0]));
    }
}
