package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exact text of results.csv and samples.csv, the read checks and the atomic-write rules. */
class ResultsCsvTest {
    @TempDir
    Path dir;

    private static final List<ResultRow> ROWS = List.of(
            new ResultRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op",
                    1234.5, 12.25, 6),
            new ResultRow("go", "gobench", "ContextBench.CheckCanceled_Err", "", "alloc", "B/op", 0, Double.NaN, 1),
            new ResultRow("java", "load", "SeedLoad.openLoop", "rate=1000", "p99", "us", 0.000125, 1e-7, 30));

    @Test
    void writesTheDocumentedFormatExactly() throws IOException {
        Path file = dir.resolve("results.csv");
        ResultsCsv.writeResults(file, ROWS);
        assertEquals("""
                source,suite,benchmark,params,metric,unit,score,error,samples
                java,seed,SeedRequest.fastPath,queue=go-heap;variant=after,time,ns/op,1234.5,12.25,6
                go,gobench,ContextBench.CheckCanceled_Err,,alloc,B/op,0,,1
                java,load,SeedLoad.openLoop,rate=1000,p99,us,0.000125,0.0000001,30
                """, Files.readString(file));
        assertEquals(ROWS.subList(0, 1), ResultsCsv.readResults(file).subList(0, 1));
        assertEquals(3, ResultsCsv.readResults(file).size());
        assertTrue(Double.isNaN(ResultsCsv.readResults(file).get(1).error()));
    }

    @Test
    void samplesRoundTrip() throws IOException {
        Path file = dir.resolve("samples.csv");
        List<SampleRow> rows = List.of(
                new SampleRow("java", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 1, 1200),
                new SampleRow("java", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 2, 3, 1270.25));
        ResultsCsv.writeSamples(file, rows);
        assertEquals("""
                source,suite,benchmark,params,metric,unit,fork,iteration,value
                java,seed,SeedRequest.fastPath,variant=after,time,ns/op,1,1,1200
                java,seed,SeedRequest.fastPath,variant=after,time,ns/op,2,3,1270.25
                """, Files.readString(file));
        assertEquals(rows, ResultsCsv.readSamples(file));
    }

    @Test
    void quotesFieldsThatNeedIt() throws IOException {
        Path file = dir.resolve("results.csv");
        ResultRow odd = new ResultRow("java", "x", "A.b", "", "time", "ns,\"op\"", 1, Double.NaN, 1);
        ResultsCsv.writeResults(file, List.of(odd));
        assertTrue(Files.readString(file).contains(",\"ns,\"\"op\"\"\","));
        assertEquals(List.of(odd).get(0).unit(), ResultsCsv.readResults(file).get(0).unit());
    }

    @Test
    void readsCrlfBomAndReorderedColumns() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "\uFEFFsuite,source,benchmark,params,metric,unit,score,error,samples\r\n"
                + "seed,go,SeedRequest.fastPath,variant=after,time,ns/op,1.5e3,,4\r\n\r\n");
        assertEquals(List.of(new ResultRow("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op",
                1500, Double.NaN, 4)).toString(), ResultsCsv.readResults(file).toString());
    }

    @Test
    void neverOverwritesUnlessTold() throws IOException {
        Path file = dir.resolve("results.csv");
        Files.writeString(file, "keep me");
        assertThrows(FileAlreadyExistsException.class, () -> ResultsCsv.writeResults(file, ROWS));
        assertEquals("keep me", Files.readString(file));
        ResultsCsv.writeResults(file, ROWS, WriteMode.REPLACE);
        assertTrue(Files.readString(file).startsWith("source,"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList()); // no temporary file left behind
        }
    }

    @Test
    void malformedInputNamesFileAndLine() throws IOException {
        String header = "source,suite,benchmark,params,metric,unit,score,error,samples\n";
        expectError("", ": empty file (no header line)");
        expectError("source,suite\n", ":1: header lacks column 'benchmark' (expected "
                + "source,suite,benchmark,params,metric,unit,score,error,samples)");
        expectError(header + "java,seed,A.b,,time,ns/op,1,,1\njava,seed,A.b,,ti", ":3: expected 9 fields but found 5 "
                + "(truncated or malformed line)");
        expectError(header + "java,seed,A.b,,time,ns/op,abc,,1\n", ":2: score 'abc' is not a number");
        expectError(header + "java,seed,A.b,,time,ns/op,1,,x\n", ":2: samples 'x' is not a whole number");
        expectError(header + "java,seed,A.b,z=1;a=2,time,ns/op,1,,1\n", ":2: params 'z=1;a=2': keys are not sorted and unique");
        expectError(header + "java,,A.b,,time,ns/op,1,,1\n", ":2: suite is empty");
        expectError(header + "java,seed,\"A.b,,time,ns/op,1,,1\n", ":2: quoted field is never closed");
        expectError(header + "java,seed,\"A.b\"x,,time,ns/op,1,,1\n", ":2: text after a closing quote");
    }

    /** No benchmark measures a negative time, size, count or rate: such a file is refused like a malformed one. */
    @Test
    void negativeValuesAreRefused() throws IOException {
        String header = "source,suite,benchmark,params,metric,unit,score,error,samples\n";
        expectError(header + "java,seed,A.b,,time,ns/op,1,,1\njava,seed,A.c,,time,ns/op,-2.5,,1\n",
                ":3: score '-2.5' is negative");
        expectError(header + "java,seed,A.b,,time,ns/op,1,-0.1,1\n", ":2: error '-0.1' is negative");
        Path samples = dir.resolve("samples.csv");
        Files.writeString(samples, "source,suite,benchmark,params,metric,unit,fork,iteration,value\n"
                + "java,seed,A.b,,time,ns/op,1,1,-1e-3\n");
        assertEquals(samples + ":2: value '-1e-3' is negative",
                assertThrows(MalformedResultsException.class, () -> ResultsCsv.readSamples(samples)).getMessage());
        Path zero = dir.resolve("zero.csv");
        Files.writeString(zero, header + "go,seed,A.b,,alloc,B/op,0,0,1\n");
        assertEquals(0, ResultsCsv.readResults(zero).get(0).score());
    }

    private void expectError(String content, String suffix) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        MalformedResultsException e = assertThrows(MalformedResultsException.class, () -> ResultsCsv.readResults(file));
        assertEquals(file + suffix, e.getMessage());
        Files.delete(file);
    }

    @Test
    void nonUtf8AndMissingFiles() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, new byte[] {(byte) 0xe9, '\n'});
        assertEquals(file + ": not UTF-8 text",
                assertThrows(MalformedResultsException.class, () -> ResultsCsv.readResults(file)).getMessage());
        Path missing = dir.resolve("missing.csv");
        assertEquals(missing + ": no such file",
                assertThrows(MalformedResultsException.class, () -> ResultsCsv.readResults(missing)).getMessage());
    }

    @Test
    void refusesToWriteInvalidRows() {
        Path file = dir.resolve("results.csv");
        assertThrows(IllegalArgumentException.class, () -> ResultsCsv.writeResults(file,
                List.of(new ResultRow("java", "s", "A.b", "", "time", "ns/op", Double.NaN, 1, 1))));
        assertThrows(IllegalArgumentException.class, () -> ResultsCsv.writeResults(file,
                List.of(new ResultRow("java", "s", "A.b", "b=1;a=2", "time", "ns/op", 1, 1, 1))));
        assertTrue(Files.notExists(file));
    }
}
