package ctxbench.bench.prof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing {@code /proc/<pid>/task/<tid>/status} and reading a task folder, on captured and made-up text. */
class ProcTaskCountersTest {
    @TempDir
    Path dir;

    static String resource(String name) throws IOException {
        try (InputStream in = ProcTaskCountersTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesACapturedStatusFile() throws IOException {
        // Captured from Linux 6.18: the two counts are the last lines, after Mems_allowed_list.
        assertEquals(new ContextSwitches(383, 84), ProcTaskCounters.parseStatus(resource("task-status.txt")));
    }

    @Test
    void takesTheTwoLinesWhereverTheyAreAndWhateverTheWhitespace() {
        assertEquals(new ContextSwitches(7, 0), ProcTaskCounters.parseStatus(
                "nonvoluntary_ctxt_switches: 0\nName:\tjava\nvoluntary_ctxt_switches:\t  7  \n"));
        assertEquals(new ContextSwitches(12345678901L, 2), ProcTaskCounters.parseStatus(
                "voluntary_ctxt_switches:\t12345678901\r\nnonvoluntary_ctxt_switches:\t2\r\n"));
    }

    @Test
    void refusesTextWithoutBothCounts() {
        assertEquals("no 'voluntary_ctxt_switches:' line", assertThrows(IllegalArgumentException.class,
                () -> ProcTaskCounters.parseStatus("Name:\tjava\nnonvoluntary_ctxt_switches:\t2\n")).getMessage());
        assertEquals("no 'nonvoluntary_ctxt_switches:' line", assertThrows(IllegalArgumentException.class,
                () -> ProcTaskCounters.parseStatus("voluntary_ctxt_switches:\t2\n")).getMessage());
        assertEquals("'voluntary_ctxt_switches:' is not a count: '-1'", assertThrows(IllegalArgumentException.class,
                () -> ProcTaskCounters.parseStatus("voluntary_ctxt_switches:\t-1\nnonvoluntary_ctxt_switches:\t2\n")).getMessage());
        assertEquals("'nonvoluntary_ctxt_switches:' is not a count: 'x'", assertThrows(IllegalArgumentException.class,
                () -> ProcTaskCounters.parseStatus("voluntary_ctxt_switches:\t1\nnonvoluntary_ctxt_switches:\tx\n")).getMessage());
    }

    @Test
    void readsEveryThreadOfATaskFolderAndSkipsOneThatExited() throws IOException {
        thread("101", 10, 1);
        thread("102", 20, 2);
        Files.createDirectories(dir.resolve("103")); // listed, then gone before its status was read
        CounterReading reading = new ProcTaskCounters(dir).read();
        assertEquals(Map.of("101", new ContextSwitches(10, 1), "102", new ContextSwitches(20, 2)), reading.counters());
        assertEquals(new ContextSwitches(30, 3), reading.total());
    }

    @Test
    void aStatusFileWithoutTheCountsIsAnErrorNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("7"));
        Files.writeString(dir.resolve("7/status"), "Name:\tjava\n");
        IOException e = assertThrows(IOException.class, () -> new ProcTaskCounters(dir).read());
        assertEquals(dir.resolve("7/status") + ": no 'voluntary_ctxt_switches:' line", e.getMessage());
    }

    @Test
    void readsThisProcessOnLinux() throws IOException {
        if (!Files.isDirectory(ContextSwitchProfiler.TASKS)) return; // not Linux: nothing to read
        CounterReading reading = new ProcTaskCounters(ContextSwitchProfiler.TASKS).read();
        assertTrue(reading.counters().size() > 1, "a JVM has more than one thread: " + reading.counters().keySet());
    }

    private void thread(String tid, long voluntary, long involuntary) throws IOException {
        Files.createDirectories(dir.resolve(tid));
        Files.writeString(dir.resolve(tid).resolve("status"), "Name:\tjava\nThreads:\t3\nvoluntary_ctxt_switches:\t" + voluntary
                + "\nnonvoluntary_ctxt_switches:\t" + involuntary + "\n");
    }
}
