package ctxbench.gomirror;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ctxbench.faults.ScratchRepository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Go mirror's own tests (experiments/go) pass on every Go toolchain installed here, through
 * {@code scripts/go-test.sh}: among them seed's {@code TestVetReportsLostCancel} (the full
 * {@code go vet} reports the leaky "before" code, lostcancel, and nothing else) and timers'
 * {@code TestTimerChannelSemantics} (Go 1.23 runs the module with the timer-channel semantics the
 * scripts label it with: async as written, sync when built as {@code go 1.23}). Skipped where no Go
 * is installed; CI installs Go 1.19 and, best effort, 1.21 and 1.23.
 *
 * <p>Run: {@code mvn -pl experiments -am verify -Dit.test=GoMirrorIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
class GoMirrorIT {
    /** Where Debian installs each Go toolchain ctxbench knows (scripts/lib/go-toolchains.sh). */
    private static final List<String> VERSIONS = List.of("1.19", "1.21", "1.23");

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void theMirrorsTestsPassOnEveryInstalledToolchainAndSemantics() throws IOException, InterruptedException {
        Path root = ScratchRepository.repositoryRoot();
        Process p = new ProcessBuilder("bash", root.resolve("scripts/go-test.sh").toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        assumeFalse(exit == 2 && out.contains("no Go toolchain is installed"), "no Go toolchain installed");
        assertEquals(0, exit, out);

        List<String> expected = new ArrayList<>();
        for (String v : VERSIONS) {
            if (Files.isExecutable(Path.of("/usr/lib/go-" + v + "/bin/go"))) {
                expected.add("go" + v + " timers=async");
                if (v.equals("1.23")) expected.add("go" + v + " timers=sync");
            }
        }
        List<String> reported = out.lines().filter(l -> l.startsWith("go-test: ")).toList();
        for (String line : reported) assertTrue(line.endsWith(": ok"), line);
        for (String want : expected) {
            String version = want.substring(0, want.indexOf(' '));
            String semantics = want.substring(want.indexOf(' '));
            assertTrue(reported.stream().anyMatch(l -> l.startsWith("go-test: " + version + ".") && l.contains(semantics + ":")),
                    "no line for " + want + " in:\n" + out);
        }
    }
}
