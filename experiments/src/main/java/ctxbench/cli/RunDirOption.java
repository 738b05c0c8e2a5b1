package ctxbench.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --run-dir DIR} option of the commands that write into a run folder that already
 * exists (a picocli mixin of the load experiments, {@code LoadCli go-import} and
 * {@code GoBenchImport}), and its one check.
 */
public final class RunDirOption {
    @Option(names = "--run-dir", required = true, paramLabel = "DIR", description = "The run folder (it must exist).")
    private Path dir;

    /** The folder, refused (bad input) when it does not exist. */
    public Path existing() throws BadInputException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("run folder " + dir + " does not exist");
        }
        return dir;
    }
}
