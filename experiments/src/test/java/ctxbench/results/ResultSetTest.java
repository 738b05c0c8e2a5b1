package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading every form a result can take. */
class ResultSetTest {
    @TempDir
    Path dir;

    private static final ResultRow ROW =
            new ResultRow("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 2, 0.5, 2);

    @Test
    void runFolderWithResultsAndSamples() throws IOException {
        ResultsCsv.writeResults(dir.resolve("results.csv"), List.of(ROW));
        ResultsCsv.writeSamples(dir.resolve("samples.csv"), List.of(
                new SampleRow("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 1, 1.5),
                new SampleRow("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 2, 2.5)));
        ResultSet folder = ResultSet.load(dir);
        assertEquals(List.of(ROW), folder.results());
        assertArrayEquals(new double[] {1.5, 2.5}, folder.samplesByKey().get(ROW.key()));
        ResultSet file = ResultSet.load(dir.resolve("results.csv"));
        assertEquals(2, file.samples().size());
    }

    @Test
    void runFolderWithOnlyJmhJson() throws IOException {
        Files.copy(JmhImportTest.resource("jmh-1.37.json"), dir.resolve("jmh.json"));
        assertEquals(3, ResultSet.load(dir).results().size());
        assertEquals(13, ResultSet.load(dir.resolve("jmh.json")).samples().size());
    }

    @Test
    void jmhCsvFile() throws IOException {
        assertEquals(4, ResultSet.load(JmhImportTest.resource("jmh-decimal-comma.csv")).results().size());
    }

    @Test
    void clearErrors() throws IOException {
        assertEquals(dir + ": folder holds neither results.csv nor jmh.json",
                assertThrows(MalformedResultsException.class, () -> ResultSet.load(dir)).getMessage());
        Path missing = dir.resolve("nope");
        assertEquals(missing + ": no such file or folder",
                assertThrows(MalformedResultsException.class, () -> ResultSet.load(missing)).getMessage());
        Path empty = Files.writeString(dir.resolve("empty.csv"), "\n");
        assertEquals(empty + ": empty file",
                assertThrows(MalformedResultsException.class, () -> ResultSet.load(empty)).getMessage());
        Path samples = dir.resolve("samples.csv");
        ResultsCsv.writeSamples(samples, List.of());
        assertEquals(samples + ": this is a samples.csv; give its results.csv or run folder",
                assertThrows(MalformedResultsException.class, () -> ResultSet.load(samples)).getMessage());
    }
}
