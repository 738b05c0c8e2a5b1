package ctxbench.run;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.results.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The options of the steps that end a run's writing (a picocli mixin of {@code BenchRun record},
 * {@code BenchRun publish} and {@code LoadCli finish}): the folder written and whether the run is
 * complete; and the step that publishes it.
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

    /** The folder written, as given. */
    public Path run() {
        return run;
    }

    /** The folder written as the run being written that it must be ({@code results/.<run-id>.partial}; bad input otherwise). */
    public RunFolder reserved() throws BadInputException {
        if (!RunFolder.isReserved(run) || !Files.isDirectory(run)) {
            throw new BadInputException("--run " + run + " is not a run being written (results/.<run-id>.partial)");
        }
        return RunFolder.at(run);
    }

    /**
     * Publishes the run being written, complete or not as {@code --complete} says (checked first):
     * completes its env.json and renames it, once ({@link RunFolder#publish}); returns the published folder.
     */
    public Path publish() throws BadInputException, IOException {
        boolean done = complete();
        return RunFolder.publish(reserved().dir(), done, Instant.now());
    }
}
