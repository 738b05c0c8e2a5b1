package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.bench.prof.ContextSwitchProfiler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JMH JSON and JMH CSV import, from fixtures shaped like JMH's real output. */
class JmhImportTest {
    @TempDir
    Path dir;

    static Path resource(String name) {
        try {
            return Path.of(JmhImportTest.class.getResource("/ctxbench/results/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonGivesTimeAndAllocRowsWithSamples() throws IOException {
        JmhImport.Imported imported = JmhImport.fromJson(resource("jmh-1.37.json"));
        assertEquals(List.of(
                new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op",
                        1234.5, 12.25, 6),
                new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "alloc", "B/op",
                        328, 0.001, 6)).toString(), imported.results().subList(0, 2).toString());
        ResultRow single = imported.results().get(2);
        assertEquals("gobench/ContextBench.CheckCanceled_Err", single.suite() + "/" + single.benchmark());
        assertTrue(Double.isNaN(single.error()));
        assertEquals(3, imported.results().size());
        assertEquals(13, imported.samples().size());
        SampleRow last = imported.samples().get(5);
        assertEquals(new SampleRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time",
                "ns/op", 2, 3, 1270), last);
    }

    @Test
    void jsonGivesContextSwitchRowsFromTheProfilersSecondaryMetrics() throws IOException {
        Path file = dir.resolve("jmh.json");
        Files.writeString(file, """
                [ { "benchmark" : "ctxbench.bench.seed.SeedRequest.fastPath",
                    "params" : { "variant" : "after", "queue" : "go-heap" },
                    "primaryMetric" : { "score" : 2000.0, "scoreError" : 10.0, "scoreUnit" : "ns/op",
                                        "rawData" : [ [ 1990.0, 2010.0 ] ] },
                    "secondaryMetrics" : {
                        "ctxsw.involuntary" : { "score" : 0.01, "scoreError" : "NaN", "scoreUnit" : "#/op",
                                                "rawData" : [ [ 0.012, 0.008 ] ] },
                        "ctxsw.voluntary" : { "score" : 1.5, "scoreError" : "NaN", "scoreUnit" : "#/op",
                                              "rawData" : [ [ 1.4, 1.6 ] ] },
                        "gc.alloc.rate.norm" : { "score" : 400.0, "scoreError" : "NaN", "scoreUnit" : "B/op",
                                                 "rawData" : [ [ 400.0, 400.0 ] ] },
                        "gc.count" : { "score" : 3.0, "scoreError" : "NaN", "scoreUnit" : "counts",
                                       "rawData" : [ [ 1.0, 2.0 ] ] } } } ]
                """);
        JmhImport.Imported imported = JmhImport.fromJson(file);
        assertEquals(List.of("time ns/op", "ctxsw_involuntary #/op", "ctxsw_voluntary #/op", "alloc B/op"),
                imported.results().stream().map(r -> r.metric() + " " + r.unit()).toList());
        ResultRow voluntary = imported.results().get(2);
        assertEquals(new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "ctxsw_voluntary",
                "#/op", 1.5, Double.NaN, 2).toString(), voluntary.toString());
        assertEquals(Direction.LOWER_IS_BETTER, Direction.of(voluntary.unit()));
        assertEquals(List.of(1.4, 1.6), imported.samples().stream().filter(r -> r.metric().equals("ctxsw_voluntary"))
                .map(SampleRow::value).toList());
    }

    @Test
    void theProfilersNamesAreTheOnesImported() {
        assertEquals("ctxsw_voluntary", JmhNames.secondaryMetric(ContextSwitchProfiler.VOLUNTARY));
        assertEquals("ctxsw_involuntary", JmhNames.secondaryMetric("\u00b7" + ContextSwitchProfiler.INVOLUNTARY));
        assertEquals("alloc", JmhNames.secondaryMetric("gc.alloc.rate.norm"));
        assertEquals(null, JmhNames.secondaryMetric("gc.alloc.rate"));
    }

    @Test
    void csvGivesContextSwitchRowsToo() throws IOException {
        Path file = dir.resolve("jmh.csv");
        Files.writeString(file, "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\"\r\n"
                + "\"ctxbench.bench.values.ValueLookup.chain\",\"avgt\",1,10,1234.500000,1.000000,\"ns/op\"\r\n"
                + "\"ctxbench.bench.values.ValueLookup.chain:ctxsw.voluntary\",\"avgt\",1,10,0.000100,0.000010,\"#/op\"\r\n"
                + "\"ctxbench.bench.values.ValueLookup.chain:gc.count\",\"avgt\",1,10,2.000000,NaN,\"counts\"\r\n");
        assertEquals(List.of(new ResultRow("java", "values", "ValueLookup.chain", "", "time", "ns/op", 1234.5, 1, 10),
                        new ResultRow("java", "values", "ValueLookup.chain", "", "ctxsw_voluntary", "#/op", 0.0001, 0.00001, 10)),
                JmhCsv.read(file));
    }

    @Test
    void jsonAcceptsTheOldMiddleDotPrefix() throws IOException {
        List<ResultRow> rows = JmhImport.fromJson(resource("jmh-old-prefix.json")).results();
        assertEquals(2, rows.size());
        assertEquals("alloc", rows.get(1).metric());
        assertEquals("B/op", rows.get(1).unit());
        assertEquals("ops/us", rows.get(0).unit());
        assertEquals("kind=chan;live=1000;queue=jdk", rows.get(0).params());
    }

    @Test
    void malformedJson() throws IOException {
        Path truncated = dir.resolve("jmh.json");
        String text = Files.readString(resource("jmh-1.37.json"));
        Files.writeString(truncated, text.substring(0, text.length() / 2));
        assertTrue(assertThrows(MalformedResultsException.class, () -> JmhImport.fromJson(truncated)).getMessage()
                .startsWith(truncated + ": not valid JSON (truncated?): "));
        Files.writeString(truncated, "[{\"benchmark\": \"ctxbench.bench.seed.A.b\"}]");
        assertEquals(truncated + ": not JMH JSON: entry 1: no 'primaryMetric' object",
                assertThrows(MalformedResultsException.class, () -> JmhImport.fromJson(truncated)).getMessage());
        Files.writeString(truncated, "{}");
        assertEquals(truncated + ": not JMH JSON: expected a top-level array",
                assertThrows(MalformedResultsException.class, () -> JmhImport.fromJson(truncated)).getMessage());
    }

    @Test
    void csvWithDecimalCommasCrlfAndMiddleDot() throws IOException {
        List<ResultRow> rows = JmhCsv.read(resource("jmh-decimal-comma.csv"));
        assertEquals(List.of(
                new ResultRow("java", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1234.5, 12.25, 6),
                new ResultRow("java", "seed", "SeedRequest.fastPath", "variant=after", "alloc", "B/op", 328, 0.001, 6),
                new ResultRow("java", "propagation", "CancelTree.depth", "depth=100", "time", "ns/op", 98765.4321,
                        Double.NaN, 1),
                new ResultRow("java", "propagation", "CancelTree.depth", "depth=100", "alloc", "B/op", 4800,
                        Double.NaN, 1)).toString(), rows.toString());
    }

    @Test
    void csvWithSemicolonsAndDots() throws IOException {
        Path file = dir.resolve("jmh.csv");
        Files.writeString(file, "\"Benchmark\";\"Mode\";\"Threads\";\"Samples\";\"Score\";\"Score Error (99.9%)\";\"Unit\"\r\n"
                + "\"ctxbench.bench.values.ValueLookup.chain\";\"avgt\";1;10;1234.500000;1.000000;\"ns/op\"\r\n");
        assertEquals(List.of(new ResultRow("java", "values", "ValueLookup.chain", "", "time", "ns/op", 1234.5, 1, 10)),
                JmhCsv.read(file));
    }

    @Test
    void lenientNumbers() {
        assertEquals(1234.5, DecimalText.parseLenient("1234,5"));
        assertEquals(1234.5, DecimalText.parseLenient("1.234,5"));
        assertEquals(1234.5, DecimalText.parseLenient("1,234.5"));
        assertEquals(1234.5, DecimalText.parseLenient("1234.5"));
        assertTrue(Double.isNaN(DecimalText.parseLenient("NaN")));
        assertThrows(NumberFormatException.class, () -> DecimalText.parseLenient("abc"));
        assertThrows(NumberFormatException.class, () -> DecimalText.parse("NaN"));
        assertEquals("0.0000001", DecimalText.format(1e-7));
        assertEquals("1500", DecimalText.format(1.5e3));
    }
}
