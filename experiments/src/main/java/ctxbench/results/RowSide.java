package ctxbench.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One side of a comparison within one run ({@code compare.sh --sources A,B}): which rows it takes
 * and under which parameters they stand beside the other side's. Each side strips what only names
 * it, so that two sides pair by their remaining parameters:
 * <ul>
 *   <li>{@code java}: the model's rows with the Java-only parameters at the values modelling Go
 *       ({@link ModelDefaults}) and Go 1.19's timer semantics ({@code timers} absent or
 *       {@code go1.19});</li>
 *   <li>{@code java-go1.23}: the same in the model's {@code timers=go1.23} mode;</li>
 *   <li>{@code go} (also {@code go1.19}): Go rows of the default toolchain, Go 1.19
 *       ({@link GoToolchain}: no label, or {@code go=1.19});</li>
 *   <li>{@code go1.21}; {@code go1.23}: Go 1.23 running the mirror as written (its go.mod says
 *       {@code go 1.19}, so the old asynchronous timer channels, {@code timers=go1.19});
 *       {@code go1.23-new}: Go 1.23 with its new timers (the module built as {@code go 1.23},
 *       {@code timers=go1.23}).</li>
 * </ul>
 *
 * @param name   the side's name, as {@code --sources} spells it
 * @param source the rows' {@code source}
 * @param go     for a Go side the release its rows come from; null for the model
 * @param timers the timer semantics: {@code go1.19} or {@code go1.23}
 */
public record RowSide(String name, String source, String go, String timers) {
    private static final Map<String, RowSide> SIDES = new LinkedHashMap<>();

    static {
        for (RowSide s : List.of(
                new RowSide("java", "java", null, GoToolchain.DEFAULT_TIMERS),
                new RowSide("java-go1.23", "java", null, "go1.23"),
                new RowSide("go", "go", GoToolchain.DEFAULT_GO, GoToolchain.DEFAULT_TIMERS),
                new RowSide("go1.19", "go", GoToolchain.DEFAULT_GO, GoToolchain.DEFAULT_TIMERS),
                new RowSide("go1.21", "go", "1.21", GoToolchain.DEFAULT_TIMERS),
                new RowSide("go1.23", "go", "1.23", GoToolchain.DEFAULT_TIMERS),
                new RowSide("go1.23-new", "go", "1.23", "go1.23"))) {
            SIDES.put(s.name(), s);
        }
    }

    /** Every side's name, in the order above. */
    public static final List<String> NAMES = List.copyOf(SIDES.keySet());

    /** The side called {@code name}, if there is one. */
    public static Optional<RowSide> named(String name) {
        return Optional.ofNullable(SIDES.get(name));
    }

    /** Whether this side's rows are the model's. */
    public boolean isModel() {
        return go == null;
    }

    /**
     * The parameters under which a row of {@code source} with {@code params} stands on this side, or
     * empty when the row is not of this side: another source, another toolchain or timer semantics,
     * or (the model) a Java-only parameter at a value that models nothing in Go.
     */
    public Optional<String> pairedParams(String rowSource, String params) {
        if (!rowSource.equals(source)) return Optional.empty();
        Map<String, String> p = new LinkedHashMap<>(Params.parse(params));
        String rowTimers = p.getOrDefault(GoToolchain.TIMERS, GoToolchain.DEFAULT_TIMERS);
        p.remove(GoToolchain.TIMERS);
        if (!rowTimers.equals(timers)) return Optional.empty();
        if (isModel()) return ModelDefaults.goParams(Params.canonical(p));
        String rowGo = p.getOrDefault(GoToolchain.GO, GoToolchain.DEFAULT_GO);
        p.remove(GoToolchain.GO);
        return rowGo.equals(go) ? Optional.of(Params.canonical(p)) : Optional.empty();
    }
}
