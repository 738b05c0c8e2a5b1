package ctxbench.bench.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One lookup of every {@code ValueLookup} state outside JMH: the present key's value, {@code null} for the missing one. */
class ValueLookupTest {

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String strategy : List.of("chain", "aggregated", "grpc", "scopedValue")) {
            for (int depth : new int[] {1, 10, 100, 1000}) {
                for (String key : List.of("present", "missing")) {
                    cases.add(Arguments.of(strategy, depth, key));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} depth={1} key={2}")
    @MethodSource("cases")
    void lookupFindsThePresentKeyAndNotTheMissingOne(String strategy, int depth, String key) {
        if (strategy.equals("scopedValue")) {
            assumeTrue(ScopedValues.available(), "ScopedValue needs JDK 25+");
        }
        ValueLookup.Values state = state(strategy).get();
        state.depth = depth;
        state.key = key;
        state.setUp();
        Object found = state.lookup();
        if (key.equals("present")) {
            assertEquals(0, found, "the first value set");
        } else {
            assertNull(found);
        }
        assertEquals(found, state.lookup(), "a second op finds the same");
    }

    @Test
    void unknownKeyParameterIsRejected() {
        ValueLookup.Values state = new ValueLookup.Chain();
        state.depth = 1;
        state.key = "absent";
        assertThrows(IllegalArgumentException.class, state::setUp);
    }

    /** The scoped bindings are in effect only inside the op's scope: outside it the key is unbound. */
    @Test
    void scopedBindingsDoNotOutliveTheOp() {
        assumeTrue(ScopedValues.available(), "ScopedValue needs JDK 25+");
        Object key = ScopedValues.newInstance();
        Object carrier = ScopedValues.carrier(new Object[] {key}, new Object[] {"v"});
        Object unbound = new Object();
        Object[] inside = new Object[1];
        ScopedValues.run(carrier, () -> inside[0] = ScopedValues.orElse(key, unbound));
        assertEquals("v", inside[0]);
        assertEquals(unbound, ScopedValues.orElse(key, unbound));
    }

    /** grpc's "abnormally long chain" warning, which depth 1000 triggers by construction, is not printed, and the logger is left as it was. */
    @Test
    void grpcChainOfAThousandLogsNothing() {
        Logger grpcLog = Logger.getLogger(io.grpc.Context.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        grpcLog.addHandler(recorder);
        try {
            ValueLookup.Grpc state = new ValueLookup.Grpc();
            state.depth = 1000;
            state.key = "present";
            state.setUp();
            assertEquals(0, state.lookup());
        } finally {
            grpcLog.removeHandler(recorder);
        }
        assertEquals(List.of(), records);
        assertNull(grpcLog.getLevel(), "level restored");
    }

    private static Supplier<ValueLookup.Values> state(String strategy) {
        return switch (strategy) {
            case "chain" -> ValueLookup.Chain::new;
            case "aggregated" -> ValueLookup.AggregatedMap::new;
            case "grpc" -> ValueLookup.Grpc::new;
            case "scopedValue" -> ValueLookup.Scoped::new;
            default -> throw new IllegalArgumentException(strategy);
        };
    }
}
