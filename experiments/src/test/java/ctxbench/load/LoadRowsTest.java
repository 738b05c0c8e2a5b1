package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.results.MalformedResultsException;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load rows: latency metrics in µs, and merging into a run's results.csv. */
class LoadRowsTest {
    @TempDir
    Path run;

    @Test
    void latencyRowsArePercentilesOfNanosecondsInMicroseconds() {
        Histogram h = new Histogram(3);
        for (int us = 1; us <= 1000; us++) {
            h.recordValue(us * 1000L);
        }
        List<ResultRow> rows = LoadRows.latency("java", "X.y", "a=1", h);
        assertEquals(List.of("p50", "p99", "p999", "max"), rows.stream().map(ResultRow::metric).toList());
        for (ResultRow r : rows) {
            assertEquals("load", r.suite());
            assertEquals("us", r.unit());
            assertEquals(1, r.samples());
            assertTrue(Double.isNaN(r.error()));
        }
        // HdrHistogram keeps 3 significant digits: each value within 0.1 %
        assertEquals(500, rows.get(0).score(), 0.5);
        assertEquals(990, rows.get(1).score(), 1);
        assertEquals(999, rows.get(2).score(), 1);
        assertEquals(1000, rows.get(3).score(), 1);
    }

    @Test
    void mergeKeepsOtherRowsAndReplacesTheSameExperiment() throws IOException {
        ResultRow jmh = new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op", 900, 12, 5);
        ResultRow otherRate = LoadRows.row("java", "SeedLoad.openLoop", "queue=go-heap;rate=500;slow=0;variant=after", "p50", "us", 40);
        ResultRow old = LoadRows.row("java", "SeedLoad.openLoop", "queue=go-heap;rate=1000;slow=0;variant=after", "p50", "us", 50);
        ResultRow oldOnly = LoadRows.row("java", "SeedLoad.openLoop", "queue=go-heap;rate=1000;slow=0;variant=after", "peak_heap", "bytes", 9);
        ResultRow go = LoadRows.row("go", "SeedLoad.openLoop", "rate=1000;slow=0;variant=after", "p50", "us", 30);
        ResultsCsv.writeResults(run.resolve("results.csv"), List.of(jmh, otherRate, old, oldOnly, go), WriteMode.CREATE_NEW);

        ResultRow fresh = LoadRows.row("java", "SeedLoad.openLoop", "queue=go-heap;rate=1000;slow=0;variant=after", "p50", "us", 60);
        LoadRows.merge(run, List.of(fresh));

        assertEquals(List.of(jmh, otherRate, go, fresh), ResultsCsv.readResults(run.resolve("results.csv")),
                "every earlier row of the same experiment is replaced, whatever its metric");
    }

    @Test
    void mergeCreatesResultsCsvWhenTheRunHasNone() throws IOException {
        ResultRow row = LoadRows.row("java", "CancelLatency.propagate", "shape=chain;size=10", "max", "us", 12.5);
        LoadRows.merge(run, List.of(row));
        assertEquals(List.of(row), ResultsCsv.readResults(run.resolve("results.csv")));
    }

    @Test
    void aMalformedResultsCsvIsLeftAsItIs() throws IOException {
        Path file = Files.writeString(run.resolve("results.csv"), "not,a,results,file\n");
        assertThrows(MalformedResultsException.class,
                () -> LoadRows.merge(run, List.of(LoadRows.row("java", "X.y", "", "p50", "us", 1))));
        assertEquals("not,a,results,file\n", Files.readString(file));
    }
}
