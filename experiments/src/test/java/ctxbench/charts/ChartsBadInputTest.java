package ctxbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.cli.Exit;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one line {@code charts: <what>}, exit 2, nothing written anywhere (not even for the good runs). */
class ChartsBadInputTest {
    @TempDir
    Path dir;
    Path good;

    @BeforeEach
    void goodRun() throws IOException {
        good = ChartFixtures.run(dir.resolve("good"));
    }

    private void expect(String message, Object... args) throws IOException {
        Map<String, String> before = DirectorySnapshot.of(dir);
        Cli r = Cli.run(Charts.TOOL, args);
        assertEquals("charts: " + message + "\n", r.err());
        assertEquals(Exit.BAD_INPUT, r.status());
        assertEquals("", r.out());
        assertEquals(before, DirectorySnapshot.of(dir));
    }

    @Test
    void missingOrEmptyRun() throws IOException {
        Path missing = dir.resolve("missing");
        expect(missing + ": no such run folder", good, missing);
        Path empty = Files.createDirectory(dir.resolve("empty"));
        expect(empty + ": nothing to chart (no results.csv, jmh.json or hdr/ files)", good, empty);
        Path file = Files.writeString(dir.resolve("results.csv"), "x");
        expect(file + ": not a run folder (give the folder results/<run-id>)", file);
    }

    @Test
    void malformedFiles() throws IOException {
        Path hgrm = good.resolve("hdr/seed-after.hgrm");
        Files.writeString(hgrm, "       Value     Percentile TotalCount 1/(1-Percentile)\n\n     100.000 oops 1 1.00\n");
        expect(hgrm + ":3: not an HdrHistogram percentile line: '100.000 oops 1 1.00'", good);
        Files.writeString(hgrm, "#[Mean = 1]\n");
        expect(hgrm + ": no percentile lines (not an HdrHistogram .hgrm file)", good);
        Files.delete(hgrm);
        Path series = good.resolve("hdr/seed-after-timeseries.csv");
        Files.writeString(series, "time,live\n0,1\n");
        expect(series + ": first column must be t_ms", good);
        Files.writeString(series, "t_ms,live\n0,1\nx,2\n");
        expect(series + ":3: t_ms 'x' is not a number", good);
        Files.writeString(series, "t_ms,live\n0,1\n5\n");
        expect(series + ":3: expected 2 fields but found 1", good);
        Files.writeString(series, "t_ms,phase\n0,warm\n");
        expect(series + ": no numeric series besides t_ms", good);
        Files.delete(series);
        Path results = good.resolve("results.csv");
        Files.writeString(results, Files.readString(results).replace(",ns/op,", ",ns/op,x"));
        expect(results + ":2: score 'x1005.6666666666666' is not a number", good);
    }

    @Test
    void usage() throws IOException {
        expect("expected at least one RUN folder (usage: charts.sh RUN [RUN...])");
        expect("unknown option --png-only (usage: charts.sh RUN [RUN...])", "--png-only", good);
    }
}
