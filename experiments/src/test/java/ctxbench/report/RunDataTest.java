package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the report reads from a run folder: rows by source (the model through the Java-only defaults), go-bench.txt, jmh.json, env.json. */
class RunDataTest {
    @TempDir
    Path dir;

    @Test
    void theModelIsTheJavaRowWithTheJavaOnlyParametersAtTheirDefaults() throws Exception {
        Path run = new RunFixture()
                .add("java", "seed", "SeedRequest.fastPath", "queue=jdk;variant=after", "time", "ns/op", 2, 2)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after", "time", "ns/op", 1, 1)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;sched=vt;variant=before-leaky", "time", "ns/op", 3, 3)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;sched=go;variant=before-leaky", "time", "ns/op", 4, 4)
                .add("java", "channels", "ChanThroughput.transfer", "cap=0;impl=model;threads=virtual", "time", "ns/op", 5, 5)
                .add("java", "channels", "ChanThroughput.transfer", "cap=0;impl=model;threads=platform", "time", "ns/op", 7, 7)
                .add("java", "channels", "ChanThroughput.transfer", "cap=0;impl=model;sched=go", "time", "ns/op", 6, 6)
                .add("java", "channels", "ChanThroughput.transfer", "cap=1;impl=model;threads=virtual", "time", "ns/op", 8, 8)
                .write(dir.resolve("run"));
        RunData data = RunData.load(run);
        assertEquals(1, data.find(RunData.MODEL, "seed", "SeedRequest.fastPath", "variant=after", "time").score());
        assertEquals(2, data.find("java", "seed", "SeedRequest.fastPath", "queue=jdk;variant=after", "time").score());
        assertEquals(4, data.find(RunData.MODEL, "seed", "SeedRequest.fastPath", "variant=before-leaky", "time").score(), "sched=go");
        assertEquals("queue=go-heap;sched=go;variant=before-leaky",
                data.modelJavaParams("seed", "SeedRequest.fastPath", "variant=before-leaky", "time"));
        assertEquals(6, data.find(RunData.MODEL, "channels", "ChanThroughput.transfer", "cap=0", "time").score(),
                "the model on its go scheduler, not on JVM threads");
        assertNull(data.find(RunData.MODEL, "channels", "ChanThroughput.transfer", "cap=1", "time"), "threads has no model value");
        assertNull(data.modelJavaParams("channels", "ChanThroughput.transfer", "cap=1", "time"));
        assertNull(data.find("go", "seed", "SeedRequest.fastPath", "variant=after", "time"));
        assertArrayEquals(new double[] {1, 1}, data.find(RunData.MODEL, "seed", "SeedRequest.fastPath", "variant=after", "time").samples());
        assertEquals("run", data.id());
        assertEquals("cap=0;impl=abq", RunData.params("impl", "abq", "cap", "0"));
        assertEquals(4, data.findOnGoScheduler("seed", "SeedRequest.fastPath", "queue=go-heap;variant=before-leaky", "time").score(),
                "the sched=go row, not the sched=vt one");
        assertEquals(2, data.findOnGoScheduler("seed", "SeedRequest.fastPath", "queue=jdk;variant=after", "time").score(),
                "a row of a run made before sched existed");
        assertNull(data.findOnGoScheduler("seed", "SeedRequest.fastPath", "queue=wheel;variant=after", "time"));
    }

    @Test
    void aLinkToARunNamesTheRunItPointsTo() throws Exception {
        Path run = ReportFixture.write(dir.resolve("20261206T0651Z-full-jdk25"));
        Path link = Files.createSymbolicLink(dir.resolve("baseline"), run.getFileName());
        assertEquals("20261206T0651Z-full-jdk25", RunData.load(link).id());
    }

    @Test
    void goBenchTxtGivesTheNaiveIterationsOfItsLastBlock() throws Exception {
        RunData data = RunData.load(ReportFixture.write(dir.resolve("run")));
        RunData.GoRuns before = data.goNaiveRuns("Naive.beforeOnce");
        assertArrayEquals(new long[] {1_000_000_000L, 1_000_000_000L}, before.iterations());
        assertEquals(35_200, before.elapsedNs()[0], 1e-6);
        assertArrayEquals(new long[] {1, 1}, data.goNaiveRuns("Naive.timeoutMillis").iterations());
        assertNull(data.goNaiveRuns("Naive.afterOnce"), "not in the last block");
    }

    @Test
    void jmhJsonGivesThreadsAndSettings() throws Exception {
        RunData data = RunData.load(ReportFixture.write(dir.resolve("run")));
        assertEquals(2, data.javaThreads("ContextBench.WithTimeout", "concurrency=40"));
        assertEquals(1, data.javaThreads("ContextBench.CheckCanceled_Err", ""));
        assertEquals(new JmhRuns.Settings("ss", 1, 2, 3, 5, 1), data.jmhSettings("Naive.beforeOnce", ""));
        assertEquals("go1.19.8", EnvFragments.text(data, "go", "version"));
        assertEquals(Fmt.NONE, EnvFragments.text(data, "go", "missing"));
        assertTrue(data.hasChart("nothing.png") == false && data.hdrFiles().contains("after-go-heap.hgrm"));
    }

    @Test
    void malformedSideFilesAreBadInput() throws IOException {
        Path run = ReportFixture.write(dir.resolve("run"));
        Files.writeString(run.resolve("jmh.json"), "{\"not\": \"an array\"}");
        BadInputException e = assertThrows(BadInputException.class, () -> RunData.load(run));
        assertEquals(run.toAbsolutePath() + "/jmh.json: not JMH's JSON (an array of runs)", e.getMessage());
        Files.delete(run.resolve("jmh.json"));
        Files.writeString(run.resolve("env.json"), "{oops");
        e = assertThrows(BadInputException.class, () -> RunData.load(run));
        assertTrue(e.getMessage().startsWith(run.toAbsolutePath() + "/env.json: not valid JSON"), e.getMessage());
    }

    @Test
    void aRunWithoutRowsIsBadInput() throws IOException {
        Path run = new RunFixture().write(dir.resolve("empty"));
        BadInputException e = assertThrows(BadInputException.class, () -> RunData.load(run));
        assertEquals(run + ": the run has no result rows", e.getMessage());
    }

    @Test
    void loadRowsArePickedAtOneRateAndSlowShare() throws Exception {
        RunData data = RunData.load(ReportFixture.write(dir.resolve("run")));
        assertEquals(Map.of("rate", "2000", "slow", "0"), LoadFragments.chosen(data, RunData.MODEL));
        assertEquals(Map.of("rate", "2000", "slow", "0"), LoadFragments.chosen(data, "go"), "Go at the model's parameters when it has them");
        Path other = new RunFixture()
                .add("go", "load", "SeedLoad.openLoop", "rate=1000;slow=0.01;variant=after", "p99", "us", 7)
                .add("go", "load", "SeedLoad.openLoop", "rate=500;slow=0;variant=after", "p99", "us", 7)
                .write(dir.resolve("other"));
        assertEquals(Map.of("rate", "500", "slow", "0"), LoadFragments.chosen(RunData.load(other), "go"), "else slow share 0");
        assertNull(LoadFragments.chosen(RunData.load(other), RunData.MODEL));
    }
}
