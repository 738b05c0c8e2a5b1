package ctxbench.run;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/**
 * The JMH arguments a {@link BenchRun} step takes after {@code --} (a picocli mixin of
 * {@code plan}, {@code start} and {@code import}), kept as they are: the step hands them to JMH's
 * own parser or records them.
 */
final class JmhPassThrough {
    @Parameters(paramLabel = "JMH_ARGS", description = "JMH arguments, after --: those to run (plan, start) or those the file was made with (import).")
    private List<String> arguments = new ArrayList<>();

    /** The arguments, in order; none when none were given. */
    List<String> arguments() {
        return arguments;
    }
}
