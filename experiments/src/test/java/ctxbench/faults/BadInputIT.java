package ctxbench.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.testing.DirectorySnapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the table "Bad input" in {@code docs/bad-input.md}, run in a scratch copy of the
 * repository ({@link ScratchRepository}): the exit status is the row's, stderr is exactly the row's
 * one line, stdout is empty, and nothing under the copy's root changed (no file written, replaced
 * or left behind).
 *
 * <p>Run: {@code mvn -pl experiments -am verify -Dit.test=BadInputIT -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code scripts/test.sh} runs it with everything else).
 */
@Timeout(60)
class BadInputIT {
    private static final int TOOL = 0;
    private static final int COMMAND = 2;
    private static final int EXIT = 3;
    private static final int STDERR = 4;

    @TempDir
    static Path base;
    private static ScratchRepository repo;

    @BeforeAll
    static void createScratchRepository() throws IOException, InterruptedException {
        repo = ScratchRepository.create(base);
    }

    @AfterAll
    static void makeRemovable() throws IOException, InterruptedException {
        repo.close();
    }

    static List<FaultTable.Row> cases() throws IOException {
        return FaultTable.rows("Bad input");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneLineNonZeroExitNothingChanged(FaultTable.Row row) throws IOException, InterruptedException {
        Map<String, String> before = repo.snapshot();
        ScratchRepository.Outcome o = repo.run(row.cell(COMMAND));
        String err = o.err().replace(repo.root().toString(), "$ROOT");
        assertAll(
                () -> assertEquals(row.cell(STDERR) + "\n", err, "stderr"),
                () -> assertEquals(Integer.parseInt(row.cell(EXIT)), o.status(), "exit status; stderr: " + err),
                () -> assertEquals("", o.out(), "stdout"),
                () -> assertEquals(List.of(), DirectorySnapshot.changes(before, repo.snapshot()), "files changed under the copy's root"),
                () -> assertEquals(true, err.startsWith(toolName(row.cell(TOOL)) + ": "),
                        "the line names the tool"));
    }

    /** {@code bench.sh} → {@code bench}, as the tools prefix their messages (the first word of the tool column). */
    private static String toolName(String tool) {
        return tool.split(" ")[0].replaceAll("\\.sh$", "");
    }
}
