package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.testing.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Does the answer hold on modern Go?": each Go toolchain and model timer mode as its own side. */
class ModernGoFragmentsTest {
    private static final String FAST = "SeedRequest.fastPath";

    @TempDir
    Path dir;

    private static RunFixture sixSides() {
        RunFixture run = new RunFixture();
        String[][] sides = {
            {"go", ""}, {"go", "go=1.21;timers=go1.19;"}, {"go", "go=1.23;timers=go1.19;"}, {"go", "go=1.23;timers=go1.23;"},
            {"java", "queue=go-heap;sched=go;timers=go1.19;"}, {"java", "queue=go-heap;sched=go;timers=go1.23;"}};
        for (int s = 0; s < sides.length; s++) {
            double factor = s == 3 || s == 5 ? 0.5 : 1; // the new timers halve after's time
            run.add(sides[s][0], "seed", FAST, sides[s][1] + "variant=after", "time", "ns/op", times(1000 * factor));
            run.add(sides[s][0], "seed", FAST, sides[s][1] + "variant=timer-stop", "time", "ns/op", times(800));
        }
        run.add("java", "seed", FAST, "queue=jdk;sched=go;timers=go1.23;variant=after", "time", "ns/op", times(5));
        return run;
    }

    private static double[] times(double v) {
        return new double[] {v, v + 1, v + 2, v + 3, v + 4, v + 5};
    }

    private int runs;

    private String render(RunFixture fixture, MarkedText.Kind kind, String name) throws Exception {
        Path run = fixture.write(dir.resolve("run" + runs++));
        ReportInput in = new ReportInput(RunData.load(run), dir, false);
        return Fragments.all().content(new MarkedText.Marker(kind, name, 1), in, "R.md");
    }

    @Test
    void eachSideIsAColumnWithItsOwnRanks() throws Exception {
        String t = render(sixSides(), MarkedText.Kind.TABLE, "modern-fast");
        String header = t.lines().filter(l -> l.startsWith("| variant")).findFirst().orElseThrow();
        assertTrue(header.matches("\\| variant +\\| +Go 1\\.19 \\| +Go 1\\.21 \\| Go 1\\.23, old timers \\| Go 1\\.23, new timers "
                + "\\| model, go1\\.19 timers \\| model, go1\\.23 timers \\|"), header);
        String after = t.lines().filter(l -> l.startsWith("| `after`") || l.startsWith("| after")).findFirst().orElseThrow();
        assertEquals(6, after.split("\\(#2\\)|\\(#1\\)", -1).length - 1, after);
        assertTrue(after.matches(".*\\(#2\\).*\\(#2\\).*\\(#2\\).*\\(#1\\).*\\(#2\\).*\\(#1\\).*"), after);
    }

    @Test
    void ratiosAreAgainstGo119AndTheModelsGo119Mode() throws Exception {
        assertTrue(render(sixSides(), MarkedText.Kind.NUM, "modern.fast.after.go1.23-new").startsWith("0.50"));
        assertTrue(render(sixSides(), MarkedText.Kind.NUM, "modern.fast.after.java-go1.23").startsWith("0.50"));
        assertTrue(render(sixSides(), MarkedText.Kind.NUM, "modern.fast.after.go1.21").startsWith("1.00"));
        assertEquals("faster than", render(sixSides(), MarkedText.Kind.TEXT, "modern.fast.after.go1.23-new"));
    }

    @Test
    void aRunWithoutOtherToolchainsSaysSo() throws Exception {
        RunFixture one = new RunFixture().add("go", "seed", FAST, "variant=after", "time", "ns/op", times(1000));
        assertTrue(render(one, MarkedText.Kind.TABLE, "modern-fast").contains("*This run has no SeedRequest.fastPath rows"));
        assertEquals(Fmt.NONE, render(one, MarkedText.Kind.NUM, "modern.fast.after.go1.23-new"));
    }

    @Test
    void memoryPeaksPerVariantAndToolchain() throws Exception {
        Path run = sixSides().write(dir.resolve("run"));
        Files.createDirectories(run.resolve("hdr"));
        String header = "t_ms,heap_alloc_bytes,heap_objects,heap_goal_bytes,heap_live_bytes,goroutines,gc_count\n";
        Files.writeString(run.resolve("hdr/after-go-timeseries.csv"), header + "0,9000,10,4194304,1000,2,0\n100,9500,40,4194304,,2,0\n"
                + "1000,9900,40,4194304,3000,2,1\n");
        Files.writeString(run.resolve("hdr/after-go1.23-new-timeseries.csv"), header + "0,9000,5,4194304,500,2,0\n");
        ReportInput in = new ReportInput(RunData.load(run), dir, false);
        String t = Fragments.all().content(new MarkedText.Marker(MarkedText.Kind.TABLE, "modern-memory", 1), in, "R.md");
        assertTrue(t.lines().filter(l -> l.startsWith("| variant")).findFirst().orElseThrow()
                .matches("\\| variant +\\| Go 1\\.19: peak live heap \\| Go 1\\.23, new timers: peak live heap \\|"), t);
        String after = t.lines().filter(l -> l.startsWith("| after")).findFirst().orElseThrow();
        assertTrue(after.matches("\\| after +\\| +2\\.93 KiB \\| +500 B \\|"), after);
        assertEquals("2.93 KiB", Fragments.all().content(new MarkedText.Marker(MarkedText.Kind.NUM, "modern.live-heap.after.go", 1), in, "R.md"));
        assertEquals(Fmt.NONE, Fragments.all().content(new MarkedText.Marker(MarkedText.Kind.NUM, "modern.live-heap.after.go1.21", 1), in, "R.md"));
    }

    @Test
    void liveTimersUnderLoadInEachTimerMode() throws Exception {
        RunFixture run = new RunFixture();
        for (String timers : new String[] {"go1.19", "go1.23"}) {
            double live = timers.equals("go1.19") ? 400 : 3;
            for (String v : new String[] {"after", "timer-stop"}) {
                String params = "queue=go-heap;rate=2000;sched=go;slow=0;timers=" + timers + ";variant=" + v;
                run.add("java", "load", "SeedLoad.openLoop", params, "peak_live_timers", "count", v.equals("after") ? live : 2);
                run.add("java", "load", "SeedLoad.openLoop", params, "peak_heap", "bytes", 1 << 20);
            }
        }
        run.add("java", "load", "SeedLoad.openLoop", "queue=jdk;rate=2000;sched=go;slow=0;timers=go1.19;variant=after",
                "peak_live_timers", "count", 999);
        String t = render(run, MarkedText.Kind.TABLE, "modern-live-timers");
        String after = t.lines().filter(l -> l.startsWith("| after")).findFirst().orElseThrow();
        assertTrue(after.matches("\\| after +\\| +400 \\| +1 MiB \\| +3 \\| +1 MiB \\|"), after);
        assertTrue(t.contains("2000 req/s"), t);
        assertEquals("400", render(run, MarkedText.Kind.NUM, "modern.live-timers.after.java"));
        assertEquals("3", render(run, MarkedText.Kind.NUM, "modern.live-timers.after.java-go1.23"));
        assertTrue(render(new RunFixture().add("go", "seed", FAST, "variant=after", "time", "ns/op", times(1)), MarkedText.Kind.TABLE,
                "modern-live-timers").contains("*This run has no load rows of the model in both timer modes"));
    }
}
