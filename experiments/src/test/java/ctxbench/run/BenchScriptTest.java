package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scripts/bench.sh} refuses bad input before it builds or runs anything: one line
 * {@code bench: <what>} on stderr, exit status 2, nothing written. (Only bad input is tested here:
 * a real run takes minutes.)
 */
@Timeout(30)
class BenchScriptTest {
    @TempDir
    Path tmp;

    /** The script, found from the module folder (Maven's working directory) or the repository root. */
    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("scripts/bench.sh");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("scripts/bench.sh not found above " + Path.of("").toAbsolutePath());
    }

    private record Result(int status, String out, String err) {}

    private Result bench(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--profile nightly                  | bench: unknown profile 'nightly' (smoke, quick, full)",
        "--profile                          | bench: --profile needs a value",
        "--profile --suite seed             | bench: --profile needs a value",
        "--suite                            | bench: --suite needs a value",
        "--results-dir                      | bench: --results-dir needs a value",
        "--fast                             | bench: unknown option '--fast' (see --help)",
        "quick                              | bench: unknown option 'quick' (see --help)",
    })
    void badInputIsOneLineAndExitTwo(String args, String message) throws IOException, InterruptedException {
        Path results = tmp.resolve("results");
        List<String> argv = new ArrayList<>(List.of("--results-dir", results.toString())); // first, so the option under test can be last
        argv.addAll(List.of(args.trim().split(" +")));
        Result r = bench(argv.toArray(String[]::new));
        assertEquals(2, r.status());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(results), "nothing written");
    }

    @Test
    void aResultsDirThatIsAFileIsRefused() throws IOException, InterruptedException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Result r = bench("--profile", "smoke", "--results-dir", file.toString());
        assertEquals(2, r.status());
        assertEquals("bench: --results-dir " + file + " is not a folder\n", r.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void helpPrintsTheUsage() throws IOException, InterruptedException {
        Result r = bench("--help");
        assertEquals(0, r.status());
        assertEquals("Usage: scripts/bench.sh [--profile smoke|quick|full] [--suite REGEX] [--results-dir DIR] [-- JMH args]",
                r.out().lines().filter(l -> l.startsWith("Usage:")).findFirst().orElse(""));
    }
}
