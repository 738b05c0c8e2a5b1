package ctxbench.check;

import java.time.Duration;

/**
 * How long the checkers and stress tests run. CI uses the small defaults (the whole package
 * stays within about two minutes on two cores); longer runs are asked for with system
 * properties, passed through Maven ({@code mvn ... -Dctxbench.stress.seconds=60}):
 * <ul>
 *   <li>{@code ctxbench.stress.seconds}: how long each stress configuration runs (default 1);</li>
 *   <li>{@code ctxbench.check.invocations}: how many interleavings Lincheck explores per
 *       model-checking scenario (default {@value #DEFAULT_INVOCATIONS}).</li>
 * </ul>
 */
final class Budget {
    /** Interleavings per scenario in CI: enough to find both seeded bugs, small enough for CI. */
    static final int DEFAULT_INVOCATIONS = 60;

    private Budget() {}

    /** How long one stress configuration runs. */
    static Duration stress() {
        return Duration.ofSeconds(Long.getLong("ctxbench.stress.seconds", 1));
    }

    /** Interleavings Lincheck explores per model-checking run. */
    static int invocations() {
        return Integer.getInteger("ctxbench.check.invocations", DEFAULT_INVOCATIONS);
    }
}
