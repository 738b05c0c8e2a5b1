package ctxbench.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.cli.BadInputException;
import ctxbench.cli.Exit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@link ProfileCommand}'s checks that the bad-input table (docs/bad-input.md) cannot reach from
 * the script on this machine: no Go, a variant already profiled, nothing to redraw. Each is bad
 * input: exit 2, one line, nothing written.
 */
class ProfileCommandTest {
    @TempDir
    Path dir;

    private Path runFolder() throws Exception {
        Path run = Files.createDirectories(dir.resolve("run"));
        Files.writeString(run.resolve("results.csv"), "source,suite,benchmark,params,metric,unit,score,error,samples\n");
        Files.createDirectories(dir.resolve("go/seed"));
        return run;
    }

    private ProfileCommand parsed(String... args) {
        ProfileCommand c = new ProfileCommand();
        new CommandLine(c).parseArgs(args);
        return c;
    }

    @Test
    void withoutGoNothingIsProfiled() throws Exception {
        Path run = runFolder();
        ProfileCommand c = parsed(run.toString(), "--go-dir", dir.resolve("go").toString());
        c.goCommand = dir.resolve("no-such-go").toString();
        BadInputException e = assertThrows(BadInputException.class, c::plan);
        assertEquals("Go is not installed (no 'go' on PATH); install it with scripts/go-bench.sh --install", e.getMessage());
        assertEquals(List.of(run.resolve("results.csv")), Files.list(run).toList());
    }

    @Test
    void aVariantAlreadyProfiledIsNotReplaced() throws Exception {
        Path run = runFolder();
        Path existing = Files.createDirectories(run.resolve("profiles/model/after"));
        Files.writeString(existing.resolve("cpu.collapsed"), "a;b 1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ProfileCommand.TOOL.run(new String[] {run.toString(), "--variant", "after", "--go-dir", dir.resolve("go").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Exit.BAD_INPUT, exit);
        assertEquals("profile: " + existing + " already exists (profiles are not replaced; remove it to profile again)\n",
                err.toString(StandardCharsets.UTF_8));
        assertEquals("a;b 1\n", Files.readString(existing.resolve("cpu.collapsed")));
        try (var left = Files.list(run)) {
            assertEquals(List.of("profiles", "results.csv"), left.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no staging folder left behind");
        }
    }

    @Test
    void redrawNeedsProfiles() throws Exception {
        Path run = runFolder();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ProfileCommand.TOOL.run(new String[] {run.toString(), "--redraw", "--go-dir", dir.resolve("go").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Exit.BAD_INPUT, exit);
        assertEquals("profile: " + run + ": no profiles to redraw (no profiles/)\n", err.toString(StandardCharsets.UTF_8));
    }
}
