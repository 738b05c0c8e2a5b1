package ctxbench.bench.values;

import ctxbench.context.Context;
import java.util.Map;

/**
 * The aggregated way to put many values into a context: one {@code WithValue} node whose value is
 * an immutable map of all entries. An update copies the map and adds a new node on top
 * (copy-on-write), as seeds/001 recommends and as grpc-go's {@code metadata} package does with
 * {@code AppendToOutgoingContext}; seeds/004 measures it against n {@code WithValue} calls. The
 * lookup is one {@code Value} call (one node) plus one map access, whatever the number of entries.
 *
 * <p>Mirrors {@code AggKey}, {@code Aggregated} and {@code LookupAggregated} of the Go mirror
 * (experiments/go/values/values.go).
 */
public final class Aggregated {
    /** The single key of the aggregated node (Go mirror: {@code aggKey{}}). */
    public static final Object KEY = new Object() {
        @Override
        public String toString() {
            return "aggKey";
        }
    };

    private Aggregated() {}

    /** {@code WithValue(parent, KEY, entries)}: the map must be immutable (its updates copy it). */
    public static Context withEntries(Context parent, Map<?, ?> entries) {
        return Context.withValue(parent, KEY, entries);
    }

    /** The value for {@code key} in the aggregated map of {@code ctx}, or {@code null}: Go mirror's {@code LookupAggregated}. */
    public static Object lookup(Context ctx, Object key) {
        return ctx.value(KEY) instanceof Map<?, ?> m ? m.get(key) : null;
    }
}
