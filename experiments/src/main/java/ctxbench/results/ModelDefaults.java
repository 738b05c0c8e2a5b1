package ctxbench.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The "Model-default parameters" rule of {@code docs/results-format.md}: Java-only parameters
 * ({@code impl}, {@code queue}, {@code sched}, {@code threads}) are absent from Go rows, and a Go
 * row stands beside the Java row with the same other parameters and {@code impl=model},
 * {@code queue=go-heap}, {@code sched=go} where those are present. {@code threads} (what the JVM
 * comparison rows' peers are: platform or virtual threads) has no value that models Go (the model
 * on Go's scheduler is {@code sched=go}), so a row with it never stands beside a Go row. The
 * model's timer semantics {@code timers=go1.19} is Go 1.19's, that of the default Go rows
 * ({@link GoToolchain}), so it is dropped too; {@code timers=go1.23} is kept (it stands beside a
 * Go 1.23 row only when a {@link RowSide} pairs them).
 */
public final class ModelDefaults {
    /** The parameters that exist on the Java side only. */
    public static final Set<String> JAVA_ONLY = Set.of("impl", "queue", "sched", "threads");
    /** Each Java-only parameter that has a value modelling Go, and that value. */
    public static final Map<String, String> DEFAULTS = Map.of("impl", "model", "queue", "go-heap", "sched", "go");

    private ModelDefaults() {
    }

    /**
     * The parameters a Go row would have for this Java row: the Java-only parameters removed, or
     * empty when one of them has a value other than the model's, or is {@code threads} (no Go row
     * can match).
     */
    public static Optional<String> goParams(String javaParams) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Params.parse(javaParams).entrySet()) {
            if (e.getKey().equals(GoToolchain.TIMERS) && e.getValue().equals(GoToolchain.DEFAULT_TIMERS)) {
                continue;
            }
            if (!JAVA_ONLY.contains(e.getKey())) {
                kept.put(e.getKey(), e.getValue());
            } else if (!e.getValue().equals(DEFAULTS.get(e.getKey()))) {
                return Optional.empty();
            }
        }
        return Optional.of(Params.canonical(kept));
    }
}
