package ctxbench.charts;

import ctxbench.cli.BadInputException;
import ctxbench.results.AtomicFiles;
import ctxbench.results.RunFolder;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Regenerates a run's {@code charts/} folder: writes every file through a temporary name and a
 * rename, then removes the {@code .png} and {@code .svg} files that were not regenerated (charts of
 * benchmarks no longer present). Nothing outside {@code charts/} is touched, nor other files in it.
 */
final class ChartsFolder {
    private ChartsFolder() {
    }

    /**
     * Refuses a run whose charts cannot be written, before any chart is drawn.
     *
     * @throws BadInputException when {@code charts/} (or, if it does not exist yet, the run folder) is not writable
     */
    static void checkWritable(Path runDir) throws BadInputException {
        Path dir = RunFolder.at(runDir).charts();
        Path target = Files.isDirectory(dir) ? dir : runDir;
        if (!Files.isWritable(target)) throw new BadInputException(target + " is not writable");
    }

    /** Replaces the charts of {@code runDir} with {@code files} (file name → bytes); returns how many were removed. */
    static int replace(Path runDir, Map<String, byte[]> files) throws IOException {
        Path dir = Files.createDirectories(RunFolder.at(runDir).charts());
        for (Map.Entry<String, byte[]> f : files.entrySet()) AtomicFiles.write(dir.resolve(f.getKey()), f.getValue(), WriteMode.REPLACE);
        List<Path> stale;
        try (Stream<Path> existing = Files.list(dir)) {
            stale = existing.filter(p -> {
                String name = p.getFileName().toString();
                return (name.endsWith(".png") || name.endsWith(".svg")) && !files.containsKey(name);
            }).sorted().toList();
        }
        for (Path p : stale) Files.delete(p);
        return stale.size();
    }
}
