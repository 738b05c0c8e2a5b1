package ctxbench.results;

import java.util.OptionalDouble;

/**
 * The units of the result format ({@code docs/results-format.md}) that convert into each other:
 * times per operation ({@code ns/op}, {@code us/op}, {@code ms/op}, {@code s/op}) and latencies
 * ({@code ns}, {@code us}, {@code ms}, {@code s}). The one place that knows their scale; which way
 * is better is {@link Direction}'s.
 */
public final class Units {
    private Units() {
    }

    /** Nanoseconds per unit for a time unit, per operation or a latency; 0 for any other unit. */
    public static double nanosPer(String unit) {
        return switch (unit.endsWith("/op") ? unit.substring(0, unit.length() - 3) : unit) {
            case "ns" -> 1;
            case "us" -> 1e3;
            case "ms" -> 1e6;
            case "s" -> 1e9;
            default -> 0;
        };
    }

    /**
     * The factor that turns a value in {@code from} into {@code to}, when both are times of the same
     * kind (both per operation, or both latencies); empty otherwise.
     */
    public static OptionalDouble factor(String from, String to) {
        double f = nanosPer(from);
        double t = nanosPer(to);
        if (f > 0 && t > 0 && from.endsWith("/op") == to.endsWith("/op")) return OptionalDouble.of(f / t);
        return OptionalDouble.empty();
    }
}
