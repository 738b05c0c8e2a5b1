package ctxbench.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixtures in {@code src/test/resources/profiles/}: trimmed copies of real captures of the
 * seed suite on the development machine (2 cores), so the tests need neither Go nor async-profiler.
 * <ul>
 *   <li>{@code go-after-cpu-traces.txt}, {@code go-before-leaky-cpu-traces.txt}: the first 40
 *       samples of {@code go tool pprof -traces seed.test cpu.pprof} (Go 1.19) for the variants
 *       {@code after} and {@code before-leaky};</li>
 *   <li>{@code go-after-alloc-traces.txt}: all of
 *       {@code go tool pprof -traces -sample_index=alloc_space seed.test mem.pprof} for {@code after};</li>
 *   <li>{@code model-after-cpu.collapsed}, {@code model-before-leaky-cpu.collapsed},
 *       {@code model-before-leaky-alloc.collapsed}: the 25 heaviest lines (in file order) of
 *       async-profiler's collapsed output for the model under JMH (JDK 25, G1).</li>
 * </ul>
 */
final class Fixtures {
    private Fixtures() {
    }

    static String text(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/profiles/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stacks collapsed(String name) throws ProfileFormatException {
        return Stacks.parseCollapsed(text(name), name);
    }

    static PprofTraces.Profile traces(String name) throws ProfileFormatException {
        return PprofTraces.parse(text(name), name);
    }

    /** The stacks as a map, to look one up. */
    static Map<List<String>, Long> byStack(Stacks stacks) {
        Map<List<String>, Long> m = new HashMap<>();
        stacks.forEach(m::put);
        return m;
    }
}
