package ctxbench.bench.values;

/**
 * A context key: Go's {@code type Key int} of the Go mirror (experiments/go/values/values.go).
 * Two keys are equal when their ids are, as two Go interface values holding the same named int
 * type are: the model's {@code valueCtx.Value} compares with {@code ==} and then {@code equals},
 * Go compares the type word and then the value. Keys are made once, outside any measurement
 * (Go's are pre-boxed), so a lookup allocates nothing.
 *
 * @param id the key's number; {@link #MISSING} is -1
 */
public record ValueKey(int id) {
    /** A key that no context of these benchmarks holds: Go mirror's {@code Key(-1)}. */
    public static final ValueKey MISSING = new ValueKey(-1);

    /** Keys {@code 0 .. n-1}. */
    public static ValueKey[] first(int n) {
        ValueKey[] keys = new ValueKey[n];
        for (int i = 0; i < n; i++) {
            keys[i] = new ValueKey(i);
        }
        return keys;
    }
}
