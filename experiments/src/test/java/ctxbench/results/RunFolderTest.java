package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run ids, reserve → publish once, merges into a published run, and env.json, as {@code docs/results-format.md} says. */
class RunFolderTest {
    @TempDir
    Path results;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A reserved run with an env.json holding its id. */
    private RunFolder.Reserved reserved(String id) throws IOException {
        RunFolder.Reserved r = RunFolder.reserve(results, id);
        JsonObject env = new JsonObject();
        env.addProperty("runId", r.runId());
        env.addProperty("complete", false);
        RunFolder.at(r.partial()).writeEnv(env);
        return r;
    }

    @Test
    void theRunIdIsTheUtcStartMinuteProfileAndJdk() {
        assertEquals("20261126T0300Z-quick-jdk25", RunFolder.baseId(Instant.parse("2026-11-26T03:00:59.9Z"), "quick", 25));
        assertEquals("20260101T2359Z-smoke-jdk21", RunFolder.baseId(Instant.parse("2026-01-01T23:59:00Z"), "smoke", 21));
    }

    @Test
    void reservingCreatesTheHiddenPartialFolder() throws IOException {
        RunFolder.Reserved r = RunFolder.reserve(results.resolve("new"), "20261126T0300Z-quick-jdk25");
        assertEquals("20261126T0300Z-quick-jdk25", r.runId());
        assertEquals(results.resolve("new/.20261126T0300Z-quick-jdk25.partial"), r.partial());
        assertTrue(Files.isDirectory(r.partial()));
        assertTrue(RunFolder.isReserved(r.partial()));
        assertFalse(RunFolder.isReserved(results.resolve("20261126T0300Z-quick-jdk25")));
    }

    @Test
    void aTakenIdGetsTheNextSuffix() throws IOException {
        String id = "20261126T0300Z-quick-jdk25";
        Files.createDirectory(results.resolve(id));
        Files.createDirectory(results.resolve(id + "-2-incomplete"));
        assertEquals(id + "-3", RunFolder.reserve(results, id).runId(), "a run and an incomplete run hold -1 and -2");
        assertEquals(id + "-4", RunFolder.reserve(results, id).runId(), "a run being written holds -3");
    }

    @Test
    void aCompleteRunIsPublishedUnderItsIdWithEndAndComplete() throws IOException {
        RunFolder.Reserved r = reserved("20261126T0300Z-full-jdk25");
        Path published = RunFolder.publish(r.partial(), true, Instant.parse("2026-11-26T03:09:00Z"));
        assertEquals(results.resolve("20261126T0300Z-full-jdk25"), published);
        assertFalse(Files.exists(r.partial()));
        assertEquals(List.of("env.json"), names(published), "and no temporary files");
        JsonObject env = RunFolder.at(published).readEnv();
        assertTrue(env.get("complete").getAsBoolean());
        assertEquals("2026-11-26T03:09:00Z", env.get("end").getAsString());
    }

    @Test
    void anIncompleteRunIsPublishedWithTheIncompleteSuffix() throws IOException {
        RunFolder.Reserved r = reserved("20261126T0300Z-full-jdk25");
        Path published = RunFolder.publish(r.partial(), false, Instant.now());
        assertEquals(results.resolve("20261126T0300Z-full-jdk25-incomplete"), published);
        assertFalse(RunFolder.at(published).readEnv().get("complete").getAsBoolean());
    }

    @Test
    void publishingNeverMergesIntoAnExistingFolder() throws IOException {
        RunFolder.Reserved r = reserved("20261126T0300Z-full-jdk25");
        Files.createDirectory(results.resolve("20261126T0300Z-full-jdk25"));
        assertThrows(FileAlreadyExistsException.class, () -> RunFolder.publish(r.partial(), true, Instant.now()));
        assertTrue(Files.isDirectory(r.partial()), "the run stays where it was");
        assertFalse(RunFolder.at(r.partial()).readEnv().has("end"), "and unchanged");
    }

    @Test
    void aPublishedRunIsNotPublishedAgain() throws IOException {
        Path published = RunFolder.publish(reserved("20261126T0300Z-full-jdk25").partial(), true, Instant.now());
        IOException e = assertThrows(IOException.class, () -> RunFolder.publish(published, false, Instant.now()));
        assertTrue(e.getMessage().contains("is not a run being written"), e.getMessage());
        assertTrue(Files.isDirectory(published));
        assertTrue(RunFolder.at(published).readEnv().get("complete").getAsBoolean());
    }

    @Test
    void aMergeChangesNothingUntilCommittedThenRenamesEachNewOrRewrittenFileIn() throws IOException {
        Path run = RunFolder.publish(reserved("20261126T0300Z-full-jdk25").partial(), true, Instant.now());
        Files.writeString(run.resolve("results.csv"), "old rows\n");
        Files.createDirectories(run.resolve("hdr"));
        Files.writeString(run.resolve("hdr/kept.hgrm"), "kept\n");
        RunFolder.Merge merge = RunFolder.stage(run);
        RunFolder staged = merge.dir();
        assertEquals("old rows\n", Files.readString(staged.resultsCsv()), "the producer reads the run's files");
        AtomicFiles.write(staged.resultsCsv(), "merged rows\n", WriteMode.REPLACE);
        AtomicFiles.write(Files.createDirectories(staged.hdr()).resolve("new-go.lat"), "1\n", WriteMode.REPLACE);
        staged.updateEnv(env -> env.addProperty("added", true));

        assertEquals("old rows\n", Files.readString(run.resolve("results.csv")), "nothing in the run changes before the commit");
        assertFalse(Files.exists(run.resolve("hdr/new-go.lat")));
        assertFalse(RunFolder.at(run).readEnv().has("added"));

        assertEquals(run, merge.commit());
        assertEquals("merged rows\n", Files.readString(run.resolve("results.csv")));
        assertEquals("1\n", Files.readString(run.resolve("hdr/new-go.lat")));
        assertEquals("kept\n", Files.readString(run.resolve("hdr/kept.hgrm")));
        assertTrue(RunFolder.at(run).readEnv().get("added").getAsBoolean());
        assertEquals(List.of("20261126T0300Z-full-jdk25"), names(results), "the staging folder is gone");
    }

    @Test
    void aDiscardedMergeLeavesTheRunAsItWas() throws IOException {
        Path run = RunFolder.publish(reserved("20261126T0300Z-full-jdk25").partial(), true, Instant.now());
        Files.writeString(run.resolve("results.csv"), "old rows\n");
        RunFolder.Merge merge = RunFolder.stage(run);
        AtomicFiles.write(merge.dir().resultsCsv(), "half-done\n", WriteMode.REPLACE);
        merge.discard();
        assertEquals("old rows\n", Files.readString(run.resolve("results.csv")));
        assertEquals(List.of("20261126T0300Z-full-jdk25"), names(results));
    }

    @Test
    void aStagingFolderIsFoundAgainOnlyBesideItsRun() throws IOException {
        Path run = RunFolder.publish(reserved("20261126T0300Z-full-jdk25").partial(), true, Instant.now());
        RunFolder.Merge merge = RunFolder.stage(run);
        assertEquals(merge, RunFolder.staged(run, merge.stage()));
        assertThrows(IOException.class, () -> RunFolder.staged(run, results.resolve("elsewhere")));
        merge.discard();
    }

    @Test
    void envJsonIsReadWithOneExceptionTypeForMalformedFiles() throws IOException {
        Path dir = Files.createDirectory(results.resolve("run"));
        RunFolder run = RunFolder.at(dir);
        assertEquals(new JsonObject(), run.readEnvOrEmpty(), "none yet");
        Files.writeString(run.envJson(), "{\"machine\": {");
        MalformedResultsException cut = assertThrows(MalformedResultsException.class, run::readEnv);
        assertTrue(cut.getMessage().startsWith(run.envJson() + ": not valid JSON: "), cut.getMessage());
        Files.writeString(run.envJson(), "[1]");
        assertEquals(run.envJson() + ": not a JSON object", assertThrows(MalformedResultsException.class, run::readEnv).getMessage());
    }

    @Test
    void updatingEnvJsonKeepsTheOtherKeys() throws IOException {
        RunFolder run = RunFolder.at(Files.createDirectory(results.resolve("run")));
        run.updateEnv(env -> env.addProperty("a", 1));
        run.updateEnv(env -> env.addProperty("b", 2));
        JsonObject env = run.readEnv();
        assertEquals(1, env.get("a").getAsInt());
        assertEquals(2, env.get("b").getAsInt());
        assertTrue(Files.readString(run.envJson()).endsWith("}\n"));
    }
}
