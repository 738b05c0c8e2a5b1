package ctxbench.goimport;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The fixtures: real {@code go test -bench} output captured on the development machine
 * (Go 1.19.8, linux/amd64, 2 cores), so the tests need no Go.
 * <ul>
 *   <li>{@code seed-count2.txt}: the mirror's seed suite, {@code -count 2 -benchtime 100x};</li>
 *   <li>{@code context-smoke.txt}, {@code runtime-smoke.txt}: GOROOT's context benchmarks and
 *       runtime's chan/select benchmarks, {@code -benchtime 10ms};</li>
 *   <li>{@code values-procs1-verbose.txt}: {@code GOMAXPROCS=1 go test -v}: no {@code -N} suffix,
 *       bare name lines;</li>
 *   <li>{@code nonresults-fail.txt}: a throwaway package whose benchmarks log ({@code --- BENCH:}),
 *       print to stdout (a result line split in two), report a custom metric and fail;</li>
 *   <li>{@code appended-go-bench.txt}: a {@code go-bench.txt} written by {@code scripts/go-bench.sh}
 *       (seed and values) with a later {@code --into} run of seed appended: three blocks;</li>
 *   <li>{@code gobench-two-blocks.txt}: the gobench part of a {@code go-bench.txt} written by
 *       {@code scripts/go-bench.sh --profile smoke}: package context, then runtime, two blocks;</li>
 *   <li>{@code interrupted-go-bench.txt}: a run killed mid-benchmark: the last line is a name
 *       without numbers.</li>
 * </ul>
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/ctxbench/goimport/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("fixture " + name, e);
        }
    }
}
