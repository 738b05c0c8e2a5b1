package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ctxbench.testing.DirectorySnapshot;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scripts/load.sh} refuses malformed command lines before it builds or runs anything: one
 * line {@code load: <what>} on stderr, exit 2, nothing written. (Bad values, such as a rate that
 * is not a number, are checked by the Java side: {@link LoadCliTest}; a real run takes too long
 * for a unit test.)
 */
@Timeout(30)
class LoadScriptTest {
    @TempDir
    Path tmp;

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("scripts/load.sh");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("scripts/load.sh not found above " + Path.of("").toAbsolutePath());
    }

    private record Result(int status, String out, String err) {}

    private static Result load(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--profile nightly           | load: unknown profile 'nightly' (smoke, quick, full)",
        "--profile                   | load: --profile needs a value",
        "--rate --duration 3s        | load: --rate needs a value",
        "--variants                  | load: --variants needs a value",
        "--fast                      | load: unknown option '--fast' (see --help)",
        "quick                       | load: unknown option 'quick' (see --help)",
    })
    void badInputIsOneLineAndExitTwo(String args, String message) throws IOException, InterruptedException {
        Path results = tmp.resolve("results");
        List<String> argv = new ArrayList<>(List.of("--results-dir", results.toString()));
        argv.addAll(List.of(args.trim().split(" +")));
        Result r = load(argv);
        assertEquals(2, r.status());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(results), "nothing written");
    }

    @Test
    void intoMustBeAnExistingFolderAndExcludesResultsDir() throws IOException, InterruptedException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Map<String, String> before = DirectorySnapshot.of(tmp);

        Result missing = load(List.of("--into", tmp.resolve("nope").toString()));
        assertEquals(2, missing.status());
        assertEquals("load: --into " + tmp.resolve("nope") + " is not a run folder\n", missing.err());

        Result both = load(List.of("--into", run.toString(), "--results-dir", tmp.toString()));
        assertEquals(2, both.status());
        assertEquals("load: --into and --results-dir exclude each other\n", both.err());

        assertEquals(before, DirectorySnapshot.of(tmp));
    }

    @Test
    void aResultsDirThatIsAFileIsRefused() throws IOException, InterruptedException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Result r = load(List.of("--results-dir", file.toString()));
        assertEquals(2, r.status());
        assertEquals("load: --results-dir " + file + " is not a folder\n", r.err());
        assertEquals("x", Files.readString(file));
    }
}
