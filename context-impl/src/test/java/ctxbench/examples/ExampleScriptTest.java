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
 * every name with its command, and a bad name is refused with the one-line message and exit 2.
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

    private static Result runScript(String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", SCRIPT.toString(), arg).redirectErrorStream(true).start();
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
}
