package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code scripts/example.sh} and {@code docs/examples.md} agree with the example classes: every
 * name the script lists runs a class of this package that has a {@code main}, the page documents
 * every name with its command, and a bad name or runtime is refused with the one-line message and exit 2.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ExampleScriptTest {
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent(); // tests run in context-impl/
    private static final Path SCRIPT = ROOT.resolve("scripts/example.sh");

    /** The script's --list output, one "name  description" line per example. */
    private static List<String> listed() throws IOException, InterruptedException {
        Result r = runScript("--list");
        assertEquals(0, r.exit(), r.output());
        return r.output().lines().toList();
    }

    private record Result(int exit, String output) {}

    private static Result runScript(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), output);
    }

    @Test
    void everyListedExampleIsAClassWithMain() throws Exception {
        List<String> lines = listed();
        assertEquals(11, lines.size(), String.join("\n", lines));
        List<String> missing = new ArrayList<>();
        for (String line : lines) {
            String className = line.split("\\s+")[1];
            Method main = Class.forName("ctxbench.examples." + className).getMethod("main", String[].class);
            if (!Modifier.isStatic(main.getModifiers())) {
                missing.add(className);
            }
        }
        assertTrue(missing.isEmpty(), "no static main: " + missing);
    }

    @Test
    void theExamplesPageGivesEveryExampleItsCommand() throws Exception {
        String page = Files.readString(ROOT.resolve("docs/examples.md"));
        for (String line : listed()) {
            String name = line.split("\\s+")[0];
            assertTrue(page.contains("scripts/example.sh " + name + "`"), "docs/examples.md lacks the command for " + name);
        }
    }

    @Test
    void anUnknownNameIsRefusedWithExitStatus2() throws Exception {
        Result r = runScript("no-such-example");
        assertEquals(2, r.exit());
        assertEquals("example: unknown example 'no-such-example' (try --list)", r.output().strip());
        assertFalse(r.output().strip().contains("\n"));
    }

    @Test
    void anUnknownOrMissingRuntimeIsRefusedWithExitStatus2() throws Exception {
        Result bad = runScript("--sched", "fj", "seed");
        assertEquals(2, bad.exit());
        assertEquals("example: --sched must be go or vt, not 'fj'\n", bad.output());
        Result missing = runScript("seed", "--sched");
        assertEquals(2, missing.exit());
        assertEquals("example: --sched needs a value (go or vt)\n", missing.output());
        Result noName = runScript("--sched", "go");
        assertEquals(2, noName.exit());
        assertEquals("example: usage: scripts/example.sh [--sched go|vt] [--timers go1.19|go1.23] NAME | --list\n", noName.output());
    }

    @Test
    void anUnknownOrMissingTimerModeIsRefusedWithExitStatus2() throws Exception {
        Result bad = runScript("--timers", "go1.22", "seed");
        assertEquals(2, bad.exit());
        assertEquals("example: --timers must be go1.19 or go1.23, not 'go1.22'\n", bad.output());
        Result missing = runScript("seed", "--timers");
        assertEquals(2, missing.exit());
        assertEquals("example: --timers needs a value (go1.19 or go1.23)\n", missing.output());
    }
}
