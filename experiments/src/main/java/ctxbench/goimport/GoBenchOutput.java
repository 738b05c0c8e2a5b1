package ctxbench.goimport;

import java.util.List;
import java.util.Map;

/**
 * What {@link GoBenchParser} found in {@code go test -bench} output.
 *
 * @param results  the result lines, in input order
 * @param facts    header facts ({@code goos}, {@code goarch}, {@code cpu}), the last value seen
 * @param packages the packages named by {@code pkg:} lines, in order of appearance
 * @param failures {@code --- FAIL: name} and {@code FAIL <pkg>} lines, as text, in order
 * @param blocks   how many blocks the input has (1 + the number of {@link GoBenchParser#MARKER} lines
 *                 after the first content)
 * @param toolchains the Go releases the markers name ({@code toolchain=go1.23.5}), in order of
 *                 appearance; empty for output without such markers
 */
public record GoBenchOutput(List<GoResult> results, Map<String, String> facts, List<String> packages,
                            List<String> failures, int blocks, List<String> toolchains) {
    /** Copies the collections. */
    public GoBenchOutput {
        results = List.copyOf(results);
        facts = Map.copyOf(facts);
        packages = List.copyOf(packages);
        failures = List.copyOf(failures);
        toolchains = List.copyOf(toolchains);
    }
}
