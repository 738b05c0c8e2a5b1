package ctxbench.goimport;

import java.util.Map;

/**
 * One result line of {@code go test -bench} output, e.g.
 * {@code BenchmarkSeedRequest_fastPath/variant=after-2   249201   1419 ns/op   377 B/op   7 allocs/op}.
 *
 * @param block      the block of the input it came from (0-based; see {@link GoBenchParser#MARKER})
 * @param line       its line number in the input (1-based; the line with the numbers)
 * @param pkg        the package from the last {@code pkg:} header line, e.g. {@code ctxbench/seed}
 * @param name       the benchmark name without the {@code -N} GOMAXPROCS suffix
 * @param procs      the GOMAXPROCS suffix; 1 when there is none (Go omits it for GOMAXPROCS=1)
 * @param iterations b.N of the run
 * @param values     unit → value in the order Go printed them ({@code ns/op}, {@code B/op}, ...)
 * @param toolchain  the toolchain label of its block ({@link ctxbench.results.GoToolchain#label}):
 *                   empty for the default toolchain
 */
public record GoResult(int block, int line, String pkg, String name, int procs, long iterations,
                       Map<String, Double> values, String toolchain) {
    /** Copies the map, keeping its order. */
    public GoResult {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }
}
