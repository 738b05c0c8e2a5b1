package ctxbench.bench.values;

import ctxbench.bench.JmhDefaults;
import ctxbench.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of one value lookup with {@code depth} values in the context, four ways: Go's chain of
 * {@code WithValue} nodes (O(depth)), one aggregated node holding a map, grpc-java's
 * {@code io.grpc.Context}, and {@code java.lang.ScopedValue}. One op = one lookup of one key:
 * {@code present} is the first value set (for the chain the node at the root end, the deepest
 * walk: the worst case), {@code missing} is a key that was never set (every strategy answers
 * {@code null}). Everything is built in {@code @Setup}; keys come from state fields, so nothing
 * folds. No op allocates except {@code scopedValue} (see there).
 *
 * <p>Catalogue: {@code ValueLookup.*} in docs/benchmarks.md (grpc and scopedValue are Java only);
 * Go mirror: {@code BenchmarkValueLookup_chain} / {@code _aggregated} in
 * experiments/go/values/values_test.go.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'values.ValueLookup' -prof gc}
 */
public class ValueLookup extends JmhDefaults {

    /** The parameters every strategy shares, and the keys and values they set. */
    @State(Scope.Benchmark)
    public abstract static class Values {
        /** How many values the context holds. */
        @Param({"1", "10", "100", "1000"})
        public int depth;

        /** {@code present}: look up the first value set; {@code missing}: a key never set. */
        @Param({"present", "missing"})
        public String key;

        /** The value of key {@code i} is {@code i}. */
        Integer[] values;

        /** Makes the values and builds the strategy's context. */
        @Setup
        public void setUp() {
            if (!key.equals("present") && !key.equals("missing")) {
                throw new IllegalArgumentException("key must be present or missing, not " + key);
            }
            values = new Integer[depth];
            for (int i = 0; i < depth; i++) {
                values[i] = i;
            }
            build();
        }

        /** Whether the looked-up key is one that was set. */
        final boolean present() {
            return key.equals("present");
        }

        /** Builds the strategy's context and chooses its lookup key. */
        abstract void build();

        /** One lookup: the value of the chosen key, or {@code null} when it is missing. */
        abstract Object lookup();
    }

    /** A chain of {@code depth} {@code WithValue} nodes on {@code Background()}, key 0 at the root end. */
    @State(Scope.Benchmark)
    public static class Chain extends Values {
        private Context ctx;
        private ValueKey lookupKey;

        @Override
        void build() {
            ValueKey[] keys = ValueKey.first(depth);
            Context c = Context.background();
            for (int i = 0; i < depth; i++) {
                c = Context.withValue(c, keys[i], values[i]);
            }
            ctx = c;
            lookupKey = present() ? keys[0] : ValueKey.MISSING;
        }

        @Override
        Object lookup() {
            return ctx.value(lookupKey);
        }
    }

    /**
     * One {@code WithValue} node on {@code Background()} whose value is an immutable map
     * ({@code Map.copyOf}) of {@code depth} entries: the copy-on-write aggregation of seeds/001 and
     * grpc-go's metadata (see {@link Aggregated}).
     */
    @State(Scope.Benchmark)
    public static class AggregatedMap extends Values {
        private Context ctx;
        private ValueKey lookupKey;

        @Override
        void build() {
            ValueKey[] keys = ValueKey.first(depth);
            Map<ValueKey, Integer> entries = new HashMap<>();
            for (int i = 0; i < depth; i++) {
                entries.put(keys[i], values[i]);
            }
            ctx = Aggregated.withEntries(Context.background(), Map.copyOf(entries));
            lookupKey = present() ? keys[0] : ValueKey.MISSING;
        }

        @Override
        Object lookup() {
            return Aggregated.lookup(ctx, lookupKey);
        }
    }

    /**
     * grpc-java's {@code io.grpc.Context}: {@code depth} keys set by a chain of {@code withValue}
     * calls from {@code ROOT}. Unlike Go's, a grpc Context does not walk its parents: each one
     * holds all its values in a persistent hash array mapped trie
     * ({@code io.grpc.PersistentHashArrayMappedTrie}, 32-way, 5 bits of the key's hash per level,
     * read from grpc-api 1.76.0's bytecode), which {@code withValue} copies along one path. Keys
     * have identity hashes, so a lookup is about log32(depth) node steps ({@code Key.get(ctx)};
     * a key never set returns its default, {@code null}).
     *
     * <p>grpc logs a SEVERE "Context ancestry chain length is abnormally long" with a stack trace
     * when a chain reaches 1000 contexts, which {@code depth = 1000} does by construction; that
     * logger is switched off while the chain is built, and restored after.
     */
    @State(Scope.Benchmark)
    public static class Grpc extends Values {
        private io.grpc.Context ctx;
        private io.grpc.Context.Key<Integer> lookupKey;

        @Override
        void build() {
            Logger grpcLog = Logger.getLogger(io.grpc.Context.class.getName());
            Level level = grpcLog.getLevel();
            grpcLog.setLevel(Level.OFF);
            try {
                io.grpc.Context c = io.grpc.Context.ROOT;
                io.grpc.Context.Key<Integer> first = null;
                for (int i = 0; i < depth; i++) {
                    io.grpc.Context.Key<Integer> k = io.grpc.Context.key("k" + i);
                    c = c.withValue(k, values[i]);
                    if (i == 0) {
                        first = k;
                    }
                }
                ctx = c;
                lookupKey = present() ? first : io.grpc.Context.key("missing");
            } finally {
                grpcLog.setLevel(level);
            }
        }

        @Override
        Object lookup() {
            return lookupKey.get(ctx);
        }
    }

    /**
     * {@code depth} {@code ScopedValue} bindings, nested as one carrier chain
     * {@code ScopedValue.where(k0, 0).where(k1, 1)...} made in {@code @Setup} (see
     * {@link ScopedValues} for why it is called through method handles).
     *
     * <p>A binding is in effect only inside {@code carrier.run(op)}, and a benchmark method cannot
     * be run inside a scope that {@code @Setup} opened, so one op is: enter the prebuilt scope
     * ({@code run}: one 24-byte {@code Snapshot}, two writes of the thread's bindings, and the
     * invalidation of the per-thread lookup cache's slots, on entry and on exit), then one
     * {@code key.orElse(MISSING)}. Because the scope is new, the lookup misses the per-thread cache
     * and walks: the carrier chain from the last binding back, skipping nothing while the chain's
     * accumulated 32-bit bitmask contains the key's two bits. So {@code present} (k0, bound first)
     * walks all {@code depth} bindings, like Go's chain; {@code missing} stops at once where the
     * bitmask excludes the key (likely at small depth) and walks everything once the bitmask is
     * saturated (a few dozen bindings). The constant entry cost is in every row: read it off
     * {@code depth = 1}. A second lookup of the same key in the same scope would hit the cache
     * (O(1)), which Go's {@code Value} has no counterpart of; a nest of {@code depth} separate
     * {@code where(...).run(...)} blocks would give {@code depth} snapshots of one binding each,
     * walked by the same loops at the same O(depth), but entering them would cost {@code depth}
     * snapshots per op, which is why the bindings are one carrier. Requires JDK 25+.
     */
    @State(Scope.Thread)
    public static class Scoped extends Values {
        /** Stands for "not bound": {@code orElse} does not accept {@code null}. */
        private static final Object UNBOUND = new Object();

        private Object carrier;
        private final ScopedLookup op = new ScopedLookup();

        @Override
        void build() {
            Object[] keys = new Object[depth];
            for (int i = 0; i < depth; i++) {
                keys[i] = ScopedValues.newInstance();
            }
            carrier = ScopedValues.carrier(keys, values);
            op.key = present() ? keys[0] : ScopedValues.newInstance();
        }

        @Override
        Object lookup() {
            ScopedValues.run(carrier, op);
            return op.result;
        }

        /** The operation run inside the scope: one lookup, result kept for the caller. */
        private static final class ScopedLookup implements Runnable {
            Object key;
            Object result;

            @Override
            public void run() {
                Object v = ScopedValues.orElse(key, UNBOUND);
                result = v == UNBOUND ? null : v;
            }
        }
    }

    /** {@code ctx.Value(k)} on a chain of {@code depth} valueCtx nodes: one step per node until the key (Go: {@code context.value}). */
    @Benchmark
    public void chain(Chain s, Blackhole bh) {
        bh.consume(s.lookup());
    }

    /** {@code ctx.Value(aggKey)} (one node) then one lookup in an immutable map of {@code depth} entries (an open-addressing table). */
    @Benchmark
    public void aggregated(AggregatedMap s, Blackhole bh) {
        bh.consume(s.lookup());
    }

    /** {@code key.get(ctx)} in grpc-java's Context: a trie lookup, no walk over parents. */
    @Benchmark
    public void grpc(Grpc s, Blackhole bh) {
        bh.consume(s.lookup());
    }

    /** Enter a prebuilt scope of {@code depth} bindings and look one key up (uncached walk); see {@link Scoped}. */
    @Benchmark
    public void scopedValue(Scoped s, Blackhole bh) {
        bh.consume(s.lookup());
    }
}
