package ctxbench.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Names and moves run folders as {@code docs/results-format.md} requires: a run is written in
 * {@code results/.<run-id>.partial/}, renamed to {@code results/<run-id>/} when complete or to
 * {@code results/<run-id>-incomplete/} when interrupted, and never written into an existing run.
 *
 * <p>{@code run-id} = UTC start minute, profile and JDK feature version,
 * {@code yyyyMMdd'T'HHmm'Z'-<profile>-jdk<major>} (e.g. {@code 20261126T0300Z-quick-jdk25}); when
 * that id is taken (by a run, an incomplete run or a run being written) the suffixes {@code -2},
 * {@code -3}, … are tried in turn.
 */
public final class RunFolders {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmm'Z'").withZone(ZoneOffset.UTC);
    /** The suffix of an interrupted run's folder. */
    public static final String INCOMPLETE = "-incomplete";

    private RunFolders() {}

    /** A reserved run: its id and the hidden folder it is written in. */
    public record Reserved(String runId, Path partial) {}

    /** The run id before any collision suffix, e.g. {@code 20261126T0300Z-quick-jdk25}. */
    public static String baseId(Instant start, String profile, int jdkMajor) {
        return MINUTE.format(start) + "-" + profile + "-jdk" + jdkMajor;
    }

    /** The hidden folder a run is written in: {@code .<run-id>.partial}. */
    public static Path partialFolder(Path resultsDir, String runId) {
        return resultsDir.resolve("." + runId + ".partial");
    }

    /**
     * Creates the partial folder of the first free id among {@code baseId}, {@code baseId-2}, …;
     * creating it is the reservation, so two runs started in the same minute get different ids.
     * Creates {@code resultsDir} if needed.
     */
    public static Reserved reserve(Path resultsDir, String baseId) throws IOException {
        Files.createDirectories(resultsDir);
        for (int n = 1; ; n++) {
            String id = n == 1 ? baseId : baseId + "-" + n;
            if (Files.exists(resultsDir.resolve(id)) || Files.exists(resultsDir.resolve(id + INCOMPLETE))) {
                continue;
            }
            try {
                return new Reserved(id, Files.createDirectory(partialFolder(resultsDir, id)));
            } catch (FileAlreadyExistsException taken) {
                // another run is being written under this id: try the next suffix
            }
        }
    }

    /** The folder name a finished run gets: the id, or the id with {@link #INCOMPLETE}. */
    public static String finalName(String runId, boolean complete) {
        return complete ? runId : runId + INCOMPLETE;
    }

    /**
     * Renames the partial folder to its final name beside it. Fails rather than merge into an
     * existing folder (which {@link #reserve} makes impossible for runs started by bench.sh).
     */
    public static Path publish(Path partial, String runId, boolean complete) throws IOException {
        Path target = partial.resolveSibling(finalName(runId, complete));
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a run folder of that name exists; the run stays in " + partial);
        }
        return Files.move(partial, target);
    }
}
