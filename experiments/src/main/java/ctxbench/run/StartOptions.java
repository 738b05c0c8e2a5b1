package ctxbench.run;

import com.google.gson.JsonObject;
import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.results.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * The options of a script's {@code start} step (a picocli mixin of {@code BenchRun start} and
 * {@code LoadCli start}) and the step itself: reserve the run folder, write its first env.json,
 * print {@code run_dir=} and {@code run_id=}.
 */
public final class StartOptions {
    @Option(names = "--results-dir", required = true, paramLabel = "DIR", description = "Where the run folder goes.")
    Path resultsDir;

    @Option(names = "--profile", required = true, paramLabel = "P", description = "smoke, quick or full.")
    String profile;

    @Option(names = "--args", required = true, paramLabel = "TEXT", description = "The script's arguments, for env.json.")
    String args;

    @Option(names = "--repo", required = true, paramLabel = "DIR", description = "The repository, for env.json.")
    Path repo;

    /** The profile as given. */
    public String profile() {
        return profile;
    }

    /** The env.json a run starts with, given its id and start time. */
    @FunctionalInterface
    public interface FirstEnv {
        /** env.json for the run {@code runId} started at {@code start}, with the script's {@code args} and {@code repo}. */
        JsonObject of(String runId, Instant start, String args, Path repo) throws BadInputException;
    }

    /**
     * Reserves the run {@code <minute>-<idProfile>-jdk<major>} in {@code --results-dir}
     * ({@link RunFolder#reserve}), writes {@code env} and prints {@code run_dir=} and {@code run_id=}.
     */
    public void start(CliCommand cli, String idProfile, FirstEnv env) throws BadInputException, IOException {
        if (Files.exists(resultsDir) && !Files.isDirectory(resultsDir)) {
            throw new BadInputException("--results-dir " + resultsDir + " is not a folder");
        }
        Instant now = Instant.now();
        RunFolder.Reserved run = RunFolder.reserve(resultsDir, RunFolder.baseId(now, idProfile, Runtime.version().feature()));
        RunFolder.at(run.partial()).writeEnv(env.of(run.runId(), now, args, repo));
        cli.value("run_dir", run.partial());
        cli.value("run_id", run.runId());
    }
}
