package ctxbench.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.testing.Cli;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What charts writes, that it is byte-for-byte reproducible, and how it regenerates charts/. */
class ChartsTest {
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family: [^;']*");

    @TempDir
    Path dir;

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void rendersEveryKindOfChartAsPngAndSvg() throws IOException {
        Path run = ChartFixtures.run(dir.resolve("run"));
        Cli r = Cli.run(Charts.TOOL, run);
        assertEquals(0, r.status(), r.err());
        assertEquals("charts: " + run.resolve("charts") + ": 10 files\n", r.out());
        assertEquals(List.of(
                "bars-propagation-CancelTree.depth.png", "bars-propagation-CancelTree.depth.svg",
                "bars-seed-SeedRequest.fastPath.png", "bars-seed-SeedRequest.fastPath.svg",
                "latency-percentiles.png", "latency-percentiles.svg",
                "scaling-propagation-CancelTree.depth-depth-time.png", "scaling-propagation-CancelTree.depth-depth-time.svg",
                "timeseries-seed-after-timeseries.png", "timeseries-seed-after-timeseries.svg"), files(run.resolve("charts")));
        byte[] png = Files.readAllBytes(run.resolve("charts/latency-percentiles.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        String svg = Files.readString(run.resolve("charts/bars-seed-SeedRequest.fastPath.svg"));
        assertTrue(svg.contains("<svg ") && svg.contains("id='ctxbenchclip-0'"), "fixed SVG id prefix");
        assertTrue(svg.contains("seed: SeedRequest.fastPath") && svg.contains("java queue=go-heap")
                && svg.contains(">time (ns/op)</text>") && svg.contains(">allocation (B/op)</text>"), "title, legend, axis units");
        assertEquals(List.of("font-family: \"DejaVu Sans\""),
                svg.lines().flatMap(l -> FONT_FAMILY.matcher(l).results()).map(MatchResult::group).distinct().toList());
    }

    @Test
    void regeneratingGivesByteIdenticalFiles() throws Exception {
        ChartStyle.init();
        Path run = ChartFixtures.run(dir.resolve("run"));
        Map<String, byte[]> first = Charts.render(Charts.chartsOf(RunInput.load(run), null));
        Path copy = ChartFixtures.run(dir.resolve("copy"));
        Map<String, byte[]> second = Charts.render(Charts.chartsOf(RunInput.load(copy), null));
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) assertArrayEquals(first.get(name), second.get(name), name);
        assertEquals(0, Cli.run(Charts.TOOL, run).status());
        Map<String, byte[]> onDisk = new TreeMap<>();
        for (String name : files(run.resolve("charts"))) onDisk.put(name, Files.readAllBytes(run.resolve("charts").resolve(name)));
        assertEquals(0, Cli.run(Charts.TOOL, run).status());
        for (String name : onDisk.keySet()) {
            assertArrayEquals(onDisk.get(name), Files.readAllBytes(run.resolve("charts").resolve(name)), name);
        }
    }

    @Test
    void staleChartsAreRemovedOtherFilesKept() throws IOException {
        Path run = new RunFixture().add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 2)
                .write(dir.resolve("run"));
        Path charts = Files.createDirectories(run.resolve("charts"));
        Files.writeString(charts.resolve("bars-seed-Gone.method.png"), "old");
        Files.writeString(charts.resolve("bars-seed-Gone.method.svg"), "old");
        Files.writeString(charts.resolve("notes.txt"), "mine");
        Cli r = Cli.run(Charts.TOOL, run);
        assertEquals("charts: " + charts + ": 2 files, 2 stale removed\n", r.out());
        assertEquals(List.of("bars-seed-SeedRequest.fastPath.png", "bars-seed-SeedRequest.fastPath.svg", "notes.txt"),
                files(charts));
        assertEquals(List.of("charts", "results.csv", "samples.csv"), files(run));
    }

    @Test
    void aSecondRunGetsTheChangeAgainstTheFirst() throws IOException {
        RunFixture base = new RunFixture().add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after",
                "time", "ns/op", 100, 101, 99, 100, 102, 98);
        Path old = base.write(dir.resolve("20261126T0300Z-quick-jdk25"));
        Path cur = base.mapBenchmark("SeedRequest.fastPath", v -> v * 1.2).write(dir.resolve("new"));
        Cli r = Cli.run(Charts.TOOL, old, cur);
        assertEquals(0, r.status(), r.err());
        assertFalse(files(old.resolve("charts")).stream().anyMatch(f -> f.startsWith("change")));
        assertTrue(files(cur.resolve("charts")).contains("change-seed-vs-20261126T0300Z-quick-jdk25.svg"));
        String svg = Files.readString(cur.resolve("charts/change-seed-vs-20261126T0300Z-quick-jdk25.svg"), StandardCharsets.UTF_8);
        assertTrue(svg.contains("change (%)") && svg.contains("java SeedRequest.fastPath queue=go-heap;variant=after time"));
    }

    @Test
    void helpWithoutArguments() {
        Cli r = Cli.run(Charts.TOOL, "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: charts.sh RUN [RUN...]\n"));
    }
}
