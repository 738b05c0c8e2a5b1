package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ids and the partial → complete / incomplete renames of {@code docs/results-format.md}. */
class RunFoldersTest {
    @TempDir
    Path results;

    @Test
    void theRunIdIsTheUtcStartMinuteProfileAndJdk() {
        assertEquals("20261126T0300Z-quick-jdk25", RunFolders.baseId(Instant.parse("2026-11-26T03:00:59.9Z"), "quick", 25));
        assertEquals("20260101T2359Z-smoke-jdk21", RunFolders.baseId(Instant.parse("2026-01-01T23:59:00Z"), "smoke", 21));
    }

    @Test
    void reservingCreatesTheHiddenPartialFolder() throws IOException {
        RunFolders.Reserved r = RunFolders.reserve(results.resolve("new"), "20261126T0300Z-quick-jdk25");
        assertEquals("20261126T0300Z-quick-jdk25", r.runId());
        assertEquals(results.resolve("new/.20261126T0300Z-quick-jdk25.partial"), r.partial());
        assertTrue(Files.isDirectory(r.partial()));
    }

    @Test
    void aTakenIdGetsTheNextSuffix() throws IOException {
        String id = "20261126T0300Z-quick-jdk25";
        Files.createDirectory(results.resolve(id));
        Files.createDirectory(results.resolve(id + "-2-incomplete"));
        assertEquals(id + "-3", RunFolders.reserve(results, id).runId(), "a run and an incomplete run hold -1 and -2");
        assertEquals(id + "-4", RunFolders.reserve(results, id).runId(), "a run being written holds -3");
    }

    @Test
    void aCompleteRunIsRenamedToItsId() throws IOException {
        RunFolders.Reserved r = RunFolders.reserve(results, "20261126T0300Z-full-jdk25");
        Files.writeString(r.partial().resolve("env.json"), "{}");
        Path published = RunFolders.publish(r.partial(), r.runId(), true);
        assertEquals(results.resolve("20261126T0300Z-full-jdk25"), published);
        assertTrue(Files.exists(published.resolve("env.json")));
        assertFalse(Files.exists(r.partial()));
    }

    @Test
    void anIncompleteRunIsRenamedWithTheIncompleteSuffix() throws IOException {
        RunFolders.Reserved r = RunFolders.reserve(results, "20261126T0300Z-full-jdk25");
        assertEquals(results.resolve("20261126T0300Z-full-jdk25-incomplete"), RunFolders.publish(r.partial(), r.runId(), false));
    }

    @Test
    void publishingNeverMergesIntoAnExistingFolder() throws IOException {
        RunFolders.Reserved r = RunFolders.reserve(results, "20261126T0300Z-full-jdk25");
        Files.createDirectory(results.resolve("20261126T0300Z-full-jdk25"));
        assertThrows(FileAlreadyExistsException.class, () -> RunFolders.publish(r.partial(), r.runId(), true));
        assertTrue(Files.isDirectory(r.partial()), "the run stays where it was");
    }
}
