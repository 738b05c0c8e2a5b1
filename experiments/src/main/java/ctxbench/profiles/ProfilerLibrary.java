package ctxbench.profiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * async-profiler's native library for this machine, taken from the classpath (the Maven artifact
 * {@code tools.profiler:async-profiler} ships {@code linux-x64/}, {@code linux-arm64/} and
 * {@code macos/libasyncProfiler.so}, and the shaded benchmarks.jar carries them) and written to a
 * file, because JMH's {@code -prof async:libPath=…} loads it from a path in the forked JVM.
 */
final class ProfilerLibrary {
    private ProfilerLibrary() {
    }

    /** The resource holding the library for {@code os.name}/{@code os.arch}, or empty if async-profiler has none for them. */
    static Optional<String> resourceFor(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        if (os.startsWith("linux")) {
            return switch (arch) {
                case "amd64", "x86_64" -> Optional.of("linux-x64/libasyncProfiler.so");
                case "aarch64", "arm64" -> Optional.of("linux-arm64/libasyncProfiler.so");
                default -> Optional.empty();
            };
        }
        if (os.startsWith("mac")) {
            return Optional.of("macos/libasyncProfiler.so");
        }
        return Optional.empty();
    }

    /**
     * Writes the library for this JVM's platform into {@code folder} and returns its path, or
     * empty if there is none for this platform or it is not on the classpath.
     */
    static Optional<Path> extract(Path folder) throws IOException {
        Optional<String> resource = resourceFor(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (resource.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = ProfilerLibrary.class.getClassLoader().getResourceAsStream(resource.get())) {
            if (in == null) {
                return Optional.empty();
            }
            Path lib = folder.resolve("libasyncProfiler.so");
            Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(lib);
        }
    }
}
