package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.results.MalformedResultsException;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.WriteMode;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link GoLatencyImport} on a fixture in the Go load generator's format
 * ({@code src/test/resources/ctxbench/load/after-go.lat}: the generator's header line and the 20
 * latencies 10, 20, …, 200 µs in shuffled order).
 */
class GoLatencyImportTest {
    @TempDir
    Path run;
    private Path hdr;

    @BeforeEach
    void copyFixture() throws IOException {
        hdr = Files.createDirectories(run.resolve("hdr"));
        try (InputStream in = GoLatencyImportTest.class.getResourceAsStream("after-go.lat")) {
            Files.copy(in, hdr.resolve("after-go.lat"));
        }
    }

    @Test
    void parsesTheHeaderAndEveryLatency() throws IOException {
        GoLatencyImport.LatFile f = GoLatencyImport.parse(hdr.resolve("after-go.lat"));
        assertEquals("after", f.variant());
        assertEquals("1000", f.header().get("rate"));
        assertEquals("0.01", f.header().get("slow"));
        assertEquals("go1.19.8", f.header().get("go"));
        assertEquals(20, f.nanos().getTotalCount());
        assertEquals(10_000, f.nanos().getMinValue(), "µs are recorded as ns");
    }

    @Test
    void importWritesTheHgrmAndGoRowsBesideExistingRows() throws IOException {
        ResultRow java = LoadRows.row("java", "SeedLoad.openLoop", "queue=go-heap;rate=1000;slow=0.01;variant=after", "p50", "us", 45);
        ResultsCsv.writeResults(run.resolve("results.csv"), List.of(java), WriteMode.CREATE_NEW);

        Cli c = Cli.run(GoLatencyImport.TOOL, "--run-dir", run);

        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().startsWith("load: Go after: 20 requests, p50 "), c.out());
        assertTrue(Files.readString(hdr.resolve("after-go.hgrm")).contains("#[Max     =      200."));
        List<ResultRow> rows = ResultsCsv.readResults(run.resolve("results.csv"));
        assertEquals(java, rows.getFirst());
        Map<String, ResultRow> go = rows.stream().filter(r -> r.source().equals("go"))
                .collect(Collectors.toMap(ResultRow::metric, r -> r));
        assertEquals(List.of("max", "p50", "p99", "p999", "rate"), go.keySet().stream().sorted().toList());
        for (ResultRow r : go.values()) {
            assertEquals("load", r.suite());
            assertEquals("SeedLoad.openLoop", r.benchmark());
            assertEquals("rate=1000;slow=0.01;variant=after", r.params());
        }
        // the 10th of 20 values is 100 µs; HdrHistogram reports it within 0.1 %
        assertEquals(100, go.get("p50").score(), 0.1);
        assertEquals(200, go.get("p99").score(), 0.2);
        assertEquals(200, go.get("p999").score(), 0.2);
        assertEquals(200, go.get("max").score(), 0.2);
        assertEquals("us", go.get("max").unit());
        assertEquals(999.9, go.get("rate").score());
        assertEquals("req/s", go.get("rate").unit());

        Cli again = Cli.run(GoLatencyImport.TOOL, "--run-dir", run);
        assertEquals(0, again.status());
        assertEquals(rows, ResultsCsv.readResults(run.resolve("results.csv")), "a second import replaces its rows");
    }

    /** Another toolchain's file ({@code go-bench.sh --go 1.23 --load}): its rows and .hgrm carry its label. */
    @Test
    void anotherToolchainsFileLabelsItsRowsAndHgrm() throws IOException {
        Files.move(hdr.resolve("after-go.lat"), hdr.resolve("after-go1.23-new.lat"));
        GoLatencyImport.LatFile f = GoLatencyImport.parse(hdr.resolve("after-go1.23-new.lat"));
        assertEquals("after", f.variant());
        assertEquals("go=1.23;timers=go1.23", f.toolchain());

        Cli c = Cli.run(GoLatencyImport.TOOL, "--run-dir", run);

        assertEquals(0, c.status(), c.err());
        assertTrue(Files.exists(hdr.resolve("after-go1.23-new.hgrm")));
        List<ResultRow> rows = ResultsCsv.readResults(run.resolve("results.csv"));
        assertEquals(5, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.params().equals("go=1.23;rate=1000;slow=0.01;timers=go1.23;variant=after")), rows.toString());

        Path old = hdr.resolve("after-go1.23.lat");
        Files.writeString(old, Files.readString(hdr.resolve("after-go1.23-new.lat")).replaceFirst(" go=", " timers=go1.23 go="));
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> GoLatencyImport.parse(old));
        assertTrue(e.getMessage().endsWith("header says timers=go1.23 but the file is named for timers=go1.19"), e.getMessage());
    }

    @Test
    void aMalformedLineNamesFileAndLineAndChangesNothing() throws IOException {
        Files.writeString(hdr.resolve("before-leaky-go.lat"), "# variant=before-leaky rate=1000 slow=0\n12\n3.5\n");
        Map<String, String> before = DirectorySnapshot.of(run);

        Cli c = Cli.run(GoLatencyImport.TOOL, "--run-dir", run);

        assertEquals(2, c.status(), "bad input");
        assertEquals("load: " + hdr.resolve("before-leaky-go.lat") + ":3: '3.5' is not a whole number of microseconds\n", c.err());
        assertEquals(before, DirectorySnapshot.of(run), "the good file next to it was not imported either");
    }

    @Test
    void headerMustNameRateAndSlowAndAgreeWithTheFileName() throws IOException {
        Path noSlow = Files.writeString(hdr.resolve("after-go.lat"), "# variant=after rate=1000\n12\n");
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> GoLatencyImport.parse(noSlow));
        assertEquals(noSlow + ": header lacks slow=", e.getMessage());

        Path wrong = Files.writeString(hdr.resolve("timer-stop-go.lat"), "# variant=after rate=1000 slow=0\n12\n");
        e = assertThrows(MalformedResultsException.class, () -> GoLatencyImport.parse(wrong));
        assertEquals(wrong + ": header says variant=after but the file is named for timer-stop", e.getMessage());

        Path empty = Files.writeString(hdr.resolve("after-go.lat"), "# variant=after rate=1000 slow=0\n\n");
        e = assertThrows(MalformedResultsException.class, () -> GoLatencyImport.parse(empty));
        assertEquals(empty + ": no latencies (one whole number of microseconds per line expected)", e.getMessage());
    }

    @Test
    void badArgumentsExitTwo() {
        Cli c = Cli.run(GoLatencyImport.TOOL, "--run", run);
        assertEquals(2, c.status());
        assertEquals("load: Missing required option: '--run-dir=DIR' (see --help)\n", c.err());
        Cli missing = Cli.run(GoLatencyImport.TOOL, "--run-dir", run.resolve("nope"));
        assertEquals(2, missing.status());
        assertEquals("load: run folder " + run.resolve("nope") + " does not exist\n", missing.err());
    }
}
