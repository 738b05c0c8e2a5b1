package ctxbench.results;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file so that readers see either nothing or the whole file: the bytes go to a hidden
 * temporary file in the same folder, which is then renamed onto the target. A JVM stopped
 * mid-write (Ctrl-C, TERM) removes its temporary files on the way out, so an interrupted tool
 * leaves no {@code .tmp} files in a run folder.
 */
public final class AtomicFiles {
    /** The temporary files being written now; the shutdown hook removes what is left of them. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removeInFlight, "atomic-files-cleanup"));
    }

    private AtomicFiles() {
    }

    /** Writes {@code text} as UTF-8; see {@link #write(Path, byte[], WriteMode)}. */
    public static void write(Path target, String text, WriteMode mode) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8), mode);
    }

    /**
     * Writes {@code bytes} to {@code target} through a temporary file in the same folder.
     * With {@link WriteMode#CREATE_NEW} an existing target is never touched: the call fails with
     * {@link FileAlreadyExistsException} (checked without a race, by hard-linking the temporary
     * file to the target name). The temporary file is removed in every case.
     */
    public static void write(Path target, byte[] bytes, WriteMode mode) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        if (mode == WriteMode.CREATE_NEW && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        // createFile, unlike createTempFile, gives the file the usual permissions (umask), not 0600.
        Path tmp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        IN_FLIGHT.add(tmp);
        try {
            Files.createFile(tmp);
            Files.write(tmp, bytes);
            if (mode == WriteMode.REPLACE) {
                moveReplacing(tmp, target);
            } else {
                Files.createLink(target, tmp);
            }
        } finally {
            Files.deleteIfExists(tmp);
            IN_FLIGHT.remove(tmp);
        }
    }

    private static void removeInFlight() {
        for (Path tmp : IN_FLIGHT) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // the JVM is exiting; a file that cannot be removed now stays, as it would without the hook
            }
        }
    }

    private static void moveReplacing(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
