package ctxbench.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonParser;
import ctxbench.testing.DirectorySnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the table "Interrupts" in {@code docs/bad-input.md}: the command is started in its
 * own process group in a fresh scratch copy of the repository ({@link ScratchRepository}) and, once
 * its output shows the row's text, the group is sent SIGINT, as a terminal does on Ctrl-C. Then the
 * exit status is the row's; exactly one run folder is in {@code results/} beside the inputs, named
 * {@code *-incomplete}, its {@code env.json} says {@code "complete": false} and it holds the row's
 * files; no {@code .partial} folder or {@code .tmp} file is left in {@code results/}; and
 * nothing else under the copy's root changed.
 *
 * <p>The JVMs get {@code -Djava.io.tmpdir} inside the scratch copy's temporary folder (through
 * {@code JDK_JAVA_OPTIONS}), so that JMH's lock file ({@code java.io.tmpdir/jmh.lock}) is not shared
 * with a benchmark run elsewhere on the machine. Rows marked "needs Go" are skipped when {@code go}
 * is not installed.
 *
 * <p>Run: {@code mvn -pl experiments -am verify -Dit.test=InterruptIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class InterruptIT {
    private static final int TOOL = 0;
    private static final int COMMAND = 1;
    private static final int WHEN = 2;
    private static final int EXIT = 3;
    private static final int KEPT = 4;

    @TempDir
    Path base;
    private ScratchRepository repo;
    private Set<String> inputs;

    @BeforeEach
    void createScratchRepository() throws IOException, InterruptedException {
        repo = ScratchRepository.create(base);
        inputs = names(repo.root().resolve("results"));
    }

    @AfterEach
    void makeRemovable() throws IOException, InterruptedException {
        repo.close();
    }

    static List<FaultTable.Row> cases() throws IOException {
        return FaultTable.rows("Interrupts");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ctrlCKeepsAnIncompleteRunAndNoTemporaryFiles(FaultTable.Row row) throws Exception {
        if (row.cell(TOOL).contains("needs Go")) assumeTrue(goInstalled(), "Go is not installed");
        Map<String, String> before = repo.snapshot();
        Process p = repo.startInOwnGroup(row.cell(COMMAND), Map.of("JDK_JAVA_OPTIONS", "-Djava.io.tmpdir=" + repo.tmp()));
        StringBuilder output = new StringBuilder();
        CompletableFuture<Boolean> seen = CompletableFuture.supplyAsync(() -> readUntil(p, row.cell(WHEN), output));
        assertTrue(seen.get(4, TimeUnit.MINUTES), "never showed '" + row.cell(WHEN) + "':\n" + output);
        Thread.sleep(1000); // inside the step, not at its first line
        new ProcessBuilder("kill", "-INT", "--", "-" + p.pid()).inheritIO().start().waitFor();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "still running after SIGINT:\n" + output);
        seen.join();
        String all = output + drain(p);

        assertEquals(Integer.parseInt(row.cell(EXIT)), p.exitValue(), all);
        Path results = repo.root().resolve("results");
        List<String> added = names(results).stream().filter(n -> !inputs.contains(n)).sorted().toList();
        assertEquals(1, added.size(), "one new folder in results/: " + added + "\n" + all);
        String run = added.get(0);
        assertTrue(run.endsWith("-incomplete"), run);
        Path dir = results.resolve(run);
        assertFalse(JsonParser.parseString(Files.readString(dir.resolve("env.json"))).getAsJsonObject().get("complete").getAsBoolean(),
                "env.json complete");
        for (String kept : row.cell(KEPT).split(" ")) {
            assertTrue(Files.isRegularFile(dir.resolve(kept)), run + " keeps " + kept + "\n" + all);
        }
        Map<String, String> after = new TreeMap<>(repo.snapshot());
        after.keySet().removeIf(path -> path.startsWith("results/" + run));
        assertEquals(List.of(), DirectorySnapshot.changes(before, after), "files changed outside the new run folder");
        try (Stream<Path> files = Files.walk(results)) {
            List<Path> temporary = files.filter(f -> f.getFileName().toString().endsWith(".tmp")
                    || f.getFileName().toString().endsWith(".partial")).toList();
            assertEquals(List.of(), temporary, "temporary files left in results/");
        }
    }

    /** Reads the process's output (stderr merged) until {@code marker} appears; true if it did. */
    private static boolean readUntil(Process p, String marker, StringBuilder output) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                if (line.contains(marker)) return true;
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String drain(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return new TreeSet<>(list.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static boolean goInstalled() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "go")));
    }
}
