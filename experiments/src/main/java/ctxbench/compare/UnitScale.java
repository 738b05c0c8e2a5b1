package ctxbench.compare;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Converts between units of the same dimension, so that rows measured in different time units
 * (JMH's single-shot rows in µs/op beside Go's ns/op, say) can still be compared. Units of
 * different dimensions, or the same unit, give no conversion.
 */
final class UnitScale {
    /** Nanoseconds per unit, for time per operation and for latency. */
    private static final Map<String, Double> PER_OP = Map.of("ns/op", 1.0, "us/op", 1e3, "ms/op", 1e6, "s/op", 1e9);
    private static final Map<String, Double> LATENCY = Map.of("ns", 1.0, "us", 1e3, "ms", 1e6, "s", 1e9);

    private UnitScale() {
    }

    /** The factor that turns a value in {@code from} into {@code to}, if both are the same kind of time unit. */
    static OptionalDouble factor(String from, String to) {
        for (Map<String, Double> units : List.of(PER_OP, LATENCY)) {
            Double f = units.get(from);
            Double t = units.get(to);
            if (f != null && t != null) return OptionalDouble.of(f / t);
        }
        return OptionalDouble.empty();
    }

    /** {@code s} expressed in {@code unit} (score and raw samples scaled alike). */
    static Series convert(Series s, String unit, double factor) {
        double[] samples = s.samples().clone();
        for (int i = 0; i < samples.length; i++) samples[i] *= factor;
        return new Series(s.key(), unit, s.score() * factor, samples);
    }
}
