package ctxbench.bench.values;

import ctxbench.bench.JmhDefaults;
import ctxbench.context.Context;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * seeds/004's advice, measured: "if there are many values, aggregate them, to make fewer nodes in
 * the linked list", where the seed shows {@code BenchmarkWithValue} 420 ns/op against
 * {@code BenchmarkWithValue_One} 86 ns/op (Go 1.17.6, i7-1068NG7). The seed does not show its
 * benchmark code, only the numbers; this is the Go mirror's reading of it (experiments/go/values,
 * {@code BenchmarkSeedValues_oneByOne} / {@code _aggregated}): set {@code n} values one by one or
 * as one aggregated value, then read every one of them. Catalogue: {@code SeedValues.*} in
 * docs/benchmarks.md.
 *
 * <p>Keys, values and the entries of the aggregated map are made once in {@code @Setup} (the Go
 * mirror pre-boxes its keys; small values are cached integers in both languages). The context
 * built by an op is passed to the Blackhole, so escape analysis cannot turn its nodes into
 * registers; Go allocates them too.
 *
 * <p>Run: {@code java -jar experiments/target/benchmarks.jar 'values.SeedValues' -prof gc}
 */
public class SeedValues extends JmhDefaults {

    /** The {@code n} keys and values every op sets. */
    @State(Scope.Thread)
    public static class Entries {
        /** How many values a request sets. */
        @Param({"5"})
        public int n;

        ValueKey[] keys;
        Integer[] values;
        /** {@code keys[i] -> values[i]}, the input of the aggregated map. */
        Map.Entry<?, ?>[] entries;

        @Setup
        public void setUp() {
            keys = ValueKey.first(n);
            values = new Integer[n];
            entries = new Map.Entry<?, ?>[n];
            for (int i = 0; i < n; i++) {
                values[i] = i;
                entries[i] = new SimpleImmutableEntry<>(keys[i], values[i]);
            }
        }
    }

    /**
     * {@code n} {@code WithValue} calls (n valueCtx nodes), then {@code ctx.Value(k)} for each key:
     * the i-th read walks {@code n - i} nodes (key 0 sits at the root end).
     */
    @Benchmark
    public void oneByOne(Entries s, Blackhole bh) {
        Context ctx = setOneByOne(s.keys, s.values);
        for (ValueKey k : s.keys) {
            bh.consume(ctx.value(k));
        }
        bh.consume(ctx);
    }

    /**
     * One immutable map of the {@code n} entries ({@code Map.ofEntries}: the map object, its table
     * and {@code n} probing inserts; Go's mirror makes a map and inserts {@code n} times), one
     * {@code WithValue}, then for each key one {@code Value} call (one node) and one map access.
     */
    @Benchmark
    public void aggregated(Entries s, Blackhole bh) {
        Context ctx = setAggregated(s.entries);
        for (ValueKey k : s.keys) {
            bh.consume(Aggregated.lookup(ctx, k));
        }
        bh.consume(ctx);
    }

    /** {@code ctx = WithValue(ctx, keys[i], values[i])} for every i, from {@code Background()}. */
    static Context setOneByOne(ValueKey[] keys, Integer[] values) {
        Context ctx = Context.background();
        for (int i = 0; i < keys.length; i++) {
            ctx = Context.withValue(ctx, keys[i], values[i]);
        }
        return ctx;
    }

    /** One {@code WithValue} on {@code Background()} holding an immutable map of {@code entries}. */
    static Context setAggregated(Map.Entry<?, ?>[] entries) {
        return Aggregated.withEntries(Context.background(), Map.ofEntries(entries));
    }
}
