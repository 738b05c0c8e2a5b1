package ctxbench.results;

/**
 * Which way is better for a unit, as {@code docs/results-format.md} defines it: units ending in
 * {@code /op}, latency units ({@code ns}, {@code us}, {@code ms}, {@code s}), {@code count} and
 * {@code bytes} are lower-is-better; {@code ops/…} and {@code req/s} are higher-is-better.
 */
public enum Direction {
    /** Smaller values are better (time per op, bytes, latency). */
    LOWER_IS_BETTER,
    /** Larger values are better (throughput). */
    HIGHER_IS_BETTER,
    /** A unit the format does not define: changes are shown but never called better or worse. */
    UNKNOWN;

    /** The direction for {@code unit}. */
    public static Direction of(String unit) {
        if (unit.startsWith("ops/") || unit.equals("req/s")) return HIGHER_IS_BETTER;
        if (unit.endsWith("/op") || Units.nanosPer(unit) > 0 || unit.equals("count") || unit.equals("bytes")) {
            return LOWER_IS_BETTER;
        }
        return UNKNOWN;
    }

    /** Whether going from {@code before} to {@code after} is a change for the worse. */
    public boolean isWorse(double before, double after) {
        return switch (this) {
            case LOWER_IS_BETTER -> after > before;
            case HIGHER_IS_BETTER -> after < before;
            case UNKNOWN -> false;
        };
    }
}
