package ctxbench.run;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options of the steps that end a run's writing (a picocli mixin of {@code BenchRun record},
 * {@code BenchRun publish} and {@code LoadCli finish}): the folder written and whether the run is
 * complete.
 */
public final class EndOptions {
    @Option(names = "--run", required = true, paramLabel = "DIR", description = "The run folder being written (run_dir of start).")
    Path run;

    @Option(names = "--complete", required = true, paramLabel = "true|false", description = "Whether the run is complete.")
    String complete;

    /** {@code --complete} as a boolean (bad input unless {@code true} or {@code false}). */
    public boolean complete() throws BadInputException {
        return CliCommand.trueOrFalse("--complete", complete);
    }

    /** The folder written. */
    public Path run() {
        return run;
    }
}
