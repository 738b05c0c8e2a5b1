package ctxbench.profiles;

import java.io.IOException;
import one.convert.Arguments;
import one.convert.JfrToFlame;
import java.nio.file.Path;

/**
 * The JFR fallback's conversion: a JMH {@code -prof jfr} recording to collapsed stacks, with
 * async-profiler's converter ({@code tools.profiler:jfr-converter}, {@code jfrconv -o collapsed}):
 * execution samples for {@code cpu} (weights: samples, about 20 ms apart per thread; JFR's samples
 * carry no time), allocation samples weighted by their bytes for {@code alloc}.
 */
final class JfrCollapsed {
    private JfrCollapsed() {
    }

    /** Writes the {@code profile} ({@code cpu} or {@code alloc}) stacks of {@code jfr} to {@code out}. */
    static void convert(Path jfr, String profile, Path out) throws IOException {
        // jfrconv's --cpu means async-profiler's CPU events; JFR's own execution samples are its default
        Arguments args = profile.equals("cpu") ? new Arguments("-o", "collapsed")
                : new Arguments("--alloc", "--total", "-o", "collapsed");
        JfrToFlame.convert(jfr.toString(), out.toString(), args);
    }
}
