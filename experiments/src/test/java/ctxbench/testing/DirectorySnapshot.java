package ctxbench.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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

    /** What differs from {@code before} to {@code after}: {@code added x}, {@code removed x}, {@code changed x}. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changes = new ArrayList<>();
        after.forEach((path, state) -> {
            if (!before.containsKey(path)) changes.add("added " + path);
            else if (!before.get(path).equals(state)) changes.add("changed " + path);
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(path -> changes.add("removed " + path));
        return changes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
