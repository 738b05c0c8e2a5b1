package ctxbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file and folder under a root with its content hash and modification time, to prove nothing changed. */
public final class DirectorySnapshot {
    private DirectorySnapshot() {
    }

    /** Relative path → "dir" or "sha256 mtime" for everything under {@code root}. */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> snapshot = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                String rel = root.relativize(p).toString();
                snapshot.put(rel, Files.isDirectory(p) ? "dir"
                        : sha256(Files.readAllBytes(p)) + " " + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return snapshot;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
