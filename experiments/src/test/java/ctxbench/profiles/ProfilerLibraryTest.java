package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilerLibraryTest {
    @Test
    void eachPlatformGetsAsyncProfilersLibraryForItOrNone() {
        assertEquals(Optional.of("linux-x64/libasyncProfiler.so"), ProfilerLibrary.resourceFor("Linux", "amd64"));
        assertEquals(Optional.of("linux-arm64/libasyncProfiler.so"), ProfilerLibrary.resourceFor("Linux", "aarch64"));
        assertEquals(Optional.of("macos/libasyncProfiler.so"), ProfilerLibrary.resourceFor("Mac OS X", "aarch64"));
        assertEquals(Optional.empty(), ProfilerLibrary.resourceFor("Windows 11", "amd64"));
        assertEquals(Optional.empty(), ProfilerLibrary.resourceFor("Linux", "riscv64"));
    }

    @Test
    void theLibraryComesFromTheClasspathAsAFile(@TempDir Path dir) throws Exception {
        Optional<Path> lib = ProfilerLibrary.extract(dir);
        if (ProfilerLibrary.resourceFor(System.getProperty("os.name"), System.getProperty("os.arch")).isPresent()) {
            assertEquals(Optional.of(dir.resolve("libasyncProfiler.so")), lib);
            byte[] head = Files.readAllBytes(lib.get());
            assertTrue(head.length > 100_000, "a whole shared library, not a stub");
        } else {
            assertEquals(Optional.empty(), lib);
        }
    }
}
