package ctxbench.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The "Model-default parameters" rule of {@code docs/results-format.md}: Java-only parameters
 * ({@code impl}, {@code queue}, {@code sched}, {@code threads}) are absent from Go rows, and a Go
 * row stands beside the Java row with the same other parameters and {@code impl=model},
 * {@code queue=go-heap}, {@code sched=go}, {@code threads=virtual} where those are present.
 */
public final class ModelDefaults {
    /** Each Java-only parameter and the value that models Go. */
    public static final Map<String, String> DEFAULTS = Map.of("impl", "model", "queue", "go-heap", "sched", "go", "threads", "virtual");

    private ModelDefaults() {
    }

    /**
     * The parameters a Go row would have for this Java row: the Java-only parameters removed, or
     * empty when one of them has a value other than the model's (no Go row can match).
     */
    public static Optional<String> goParams(String javaParams) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : Params.parse(javaParams).entrySet()) {
            String modelValue = DEFAULTS.get(e.getKey());
            if (modelValue == null) {
                kept.put(e.getKey(), e.getValue());
            } else if (!modelValue.equals(e.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(Params.canonical(kept));
    }
}
