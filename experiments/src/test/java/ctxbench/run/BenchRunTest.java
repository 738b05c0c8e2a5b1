package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start, record and publish steps of {@code bench.sh}, and import, on a hand-written jmh.json: what ends up in the run folder. */
class BenchRunTest {
    /** One JMH result, as JMH 1.37 writes it (abridged to the fields the import reads). */
    private static final String JMH_JSON = """
            [{"jmhVersion":"1.37","benchmark":"ctxbench.bench.seed.SeedRequest.fastPath","mode":"avgt",
              "jvmArgs":["-Xmx1g"],"params":{"variant":"after","queue":"go-heap","sched":"go","timers":"go1.19"},
              "primaryMetric":{"score":1234.5,"scoreError":12.25,"scoreUnit":"ns/op","rawData":[[1200.0,1269.0]]},
              "secondaryMetrics":{"gc.alloc.rate.norm":{"score":328.0,"scoreError":"NaN","scoreUnit":"B/op","rawData":[[328.0,328.0]]}}}]
            """;

    @TempDir
    Path results;
    /** Where a plain JMH run left its JSON file. */
    @TempDir
    Path elsewhere;

    /** Runs a step that must succeed and returns what it printed. */
    private static Cli step(String... args) {
        Cli c = Cli.run(BenchRun.TOOL, (Object[]) args);
        assertEquals(0, c.status(), c.err());
        assertEquals("", c.err());
        return c;
    }

    /** What record printed, and the run publish made of it. */
    private record Finished(Cli recorded, Path run) {}

    /** Records and publishes the run, as bench.sh does without load experiments. */
    private static Finished recordAndPublish(Path partial, boolean complete) {
        Cli recorded = step("record", "--run", partial.toString(), "--complete", String.valueOf(complete));
        Cli published = step("publish", "--run", partial.toString(), "--complete", recorded.value("complete"));
        return new Finished(recorded, Path.of(published.value("run")));
    }

    /** Runs a step that must fail with {@code status} and one line on stderr; returns that line. */
    private static String failing(int status, String... args) {
        Cli c = Cli.run(BenchRun.TOOL, (Object[]) args);
        assertEquals(status, c.status(), c.err());
        assertEquals("", c.out());
        assertEquals(1, c.err().lines().count(), c.err());
        return c.err().strip();
    }

    private Path start(String... jmhArgs) throws Exception {
        String[] args = new String[] {"start", "--results-dir", results.toString(), "--profile", "quick",
            "--args", "--suite seed", "--repo", results.toString(), "--trials", "2", "--"};
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.addAll(List.of(jmhArgs));
        Cli printed = step(all.toArray(String[]::new));
        assertTrue(printed.value("run_id").matches("\\d{8}T\\d{4}Z-quick-jdk\\d+"), printed.toString());
        assertEquals(results.resolve("." + printed.value("run_id") + ".partial"), Path.of(printed.value("run_dir")));
        return Path.of(printed.value("run_dir"));
    }

    @Test
    void aCompleteRunGetsItsCsvFilesACompleteEnvAndItsName() throws Exception {
        Path partial = start("-f", "1", "-p", "queue=go-heap", "-p", "sched=go", "-p", "timers=go1.19", "-p", "variant=after,before-leaky",
                "seed.SeedRequest.fastPath");
        Files.writeString(partial.resolve("jmh.json"), JMH_JSON);
        Finished finished = recordAndPublish(partial, true);
        Cli printed = finished.recorded();

        Path run = finished.run();
        assertEquals("true", printed.value("complete"));
        assertEquals(partial.resolveSibling(partial.getFileName().toString().replaceAll("^\\.|\\.partial$", "")), run);
        assertFalse(Files.exists(partial));
        assertEquals(List.of("env.json", "jmh.json", "results.csv", "samples.csv"),
                Files.list(run).map(p -> p.getFileName().toString()).sorted().toList(), "and no temporary files");
        assertEquals(JMH_JSON, Files.readString(run.resolve("jmh.json")), "jmh.json untouched");
        assertEquals(2, ResultsCsv.readResults(run.resolve("results.csv")).size(), "time and alloc");
        assertEquals(4, ResultsCsv.readSamples(run.resolve("samples.csv")).size());

        JsonObject env = RunFolder.at(run).readEnv();
        assertTrue(env.get("complete").getAsBoolean());
        assertTrue(env.has("end"));
        assertEquals("-Xmx1g", env.getAsJsonObject("jvm").getAsJsonArray("flags").get(0).getAsString());
        assertEquals("SeedRequest.fastPath queue=go-heap;sched=go;timers=go1.19;variant=before-leaky", env.getAsJsonArray("missing").get(0).getAsString());
        List<String> summary = printed.values("summary");
        assertTrue(summary.get(0).startsWith("benchmark"), "the summary table comes first");
        assertTrue(summary.contains("  SeedRequest.fastPath queue=go-heap;sched=go;timers=go1.19;variant=before-leaky"), printed.toString());
    }

    @Test
    void anInterruptedRunIsRenamedIncompleteWithoutJmhsEmptyFile() throws Exception {
        Path partial = start("-f", "1", "seed.SeedRequest.fastPath");
        Files.createFile(partial.resolve("jmh.json")); // JMH creates it at start, fills it at the end
        Path log = Files.writeString(elsewhere.resolve("jmh-console.log"), "# Run progress: 50.00% complete\n");
        Cli recorded = step("record", "--run", partial.toString(), "--complete", "false", "--jmh-log", log.toString());
        assertEquals("false", recorded.value("complete"));
        Path run = Path.of(step("publish", "--run", partial.toString(), "--complete", "false").value("run"));

        assertTrue(run.getFileName().toString().endsWith("-incomplete"), run.toString());
        assertEquals(List.of("env.json", "jmh.log"), Files.list(run).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(Files.readString(log), Files.readString(run.resolve("jmh.log")), "JMH's output is kept");
        JsonObject env = RunFolder.at(run).readEnv();
        assertFalse(env.get("complete").getAsBoolean());
        assertTrue(env.has("end"));
    }

    @Test
    void theLoadExperimentsWriteIntoTheReservedRunBeforeItIsPublishedOnce() throws Exception {
        Path partial = start("-f", "1", "-p", "queue=go-heap", "-p", "sched=go", "-p", "variant=after", "seed.SeedRequest.fastPath");
        Files.writeString(partial.resolve("jmh.json"), JMH_JSON);
        assertEquals("true", step("record", "--run", partial.toString(), "--complete", "true").value("complete"));
        assertTrue(Files.isDirectory(partial), "recorded, still reserved");
        Files.createDirectories(partial.resolve("hdr"));
        Files.writeString(partial.resolve("hdr/after.hgrm"), "x\n"); // what load.sh --into PARTIAL adds
        Path run = Path.of(step("publish", "--run", partial.toString(), "--complete", "true").value("run"));
        assertEquals(List.of("env.json", "hdr", "jmh.json", "results.csv", "samples.csv"),
                Files.list(run).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals("bench: --run " + run + " is not a run being written (results/.<run-id>.partial)",
                failing(2, "publish", "--run", run.toString(), "--complete", "false"), "published once");
        assertTrue(RunFolder.at(run).readEnv().get("complete").getAsBoolean());
    }

    @Test
    void aRunWhoseJmhWroteNothingIsIncomplete() throws Exception {
        Path partial = start("-f", "1", "seed.SeedRequest.fastPath");
        Finished finished = recordAndPublish(partial, true);
        assertEquals(List.of("JMH wrote no jmh.json: the run is incomplete"), finished.recorded().values("summary"));
        assertEquals("false", finished.recorded().value("complete"));
        assertTrue(finished.run().toString().endsWith("-incomplete"));
    }

    @Test
    void importMakesTheRunFolderOfAPlainJmhRun() throws Exception {
        Path json = Files.writeString(elsewhere.resolve("plain.json"), JMH_JSON);
        Files.setLastModifiedTime(json, java.nio.file.attribute.FileTime.fromMillis(1_796_000_000_000L));
        Cli printed = step("import", "--results-dir", results.toString(), "--jmh-json", json.toString(),
                "--", "-p", "queue=go-heap", "-p", "sched=go", "-p", "timers=go1.19", "-p", "variant=after,before-leaky", "seed.SeedRequest.fastPath");

        Path run = Path.of(printed.value("run"));
        assertEquals(results.resolve("20261130T0053Z-jmh-jdk" + Runtime.version().feature()), run, "named by the file's time");
        assertEquals(List.of("env.json", "jmh.json", "results.csv", "samples.csv"),
                Files.list(run).map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals(JMH_JSON, Files.readString(run.resolve("jmh.json")));
        assertEquals(2, ResultsCsv.readResults(run.resolve("results.csv")).size());
        JsonObject env = RunFolder.at(run).readEnv();
        assertTrue(env.get("complete").getAsBoolean());
        assertEquals("jmh", env.get("profile").getAsString());
        assertEquals("2026-11-30T00:53:20Z", env.get("start").getAsString());
        assertEquals(2, env.getAsJsonObject("jmh").get("trials").getAsInt());
        assertEquals("SeedRequest.fastPath queue=go-heap;sched=go;timers=go1.19;variant=before-leaky", env.getAsJsonArray("missing").get(0).getAsString());
    }

    @Test
    void importWithoutTheJmhArgumentsListsNothingMissing() throws Exception {
        Path json = Files.writeString(elsewhere.resolve("plain.json"), JMH_JSON);
        Cli printed = step("import", "--results-dir", results.toString(), "--jmh-json", json.toString());
        JsonObject env = RunFolder.at(Path.of(printed.value("run"))).readEnv();
        assertEquals(0, env.getAsJsonArray("missing").size());
        assertEquals(1, env.getAsJsonObject("jmh").get("trials").getAsInt(), "one result in the file");
    }

    @Test
    void importRefusesAFileThatIsNotJmhJsonAndWritesNothing() throws Exception {
        Path json = Files.writeString(elsewhere.resolve("bad.json"), "{\"not\": \"jmh\"}");
        String error = failing(1, "import", "--results-dir", results.toString(), "--jmh-json", json.toString());
        assertTrue(error.startsWith("bench: ") && error.contains("not JMH JSON"), error);
        assertEquals(0, Files.list(results).count());
        assertEquals("bench: --jmh-json " + results.resolve("none.json") + ": no such file",
                failing(2, "import", "--results-dir", results.toString(), "--jmh-json", results.resolve("none.json").toString()));
    }

    @Test
    void planPrintsTrialsEstimateAndArguments() throws Exception {
        Cli printed = step("plan", "--profile", "smoke", "--suite", "seed.SeedRequest.timeoutPath", "--", "-p", "queue=jdk");
        assertEquals("16", printed.value("trials"), "4 variants × 2 goroutine runtimes × 2 timer modes");
        assertTrue(printed.value("seconds").matches("\\d+"), printed.toString());
        assertEquals(List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "50ms", "-foe", "true", "-to", "60s",
                "-jvmArgsAppend", "-Djmh.executor=VIRTUAL",
                "-p", "queue=jdk", "-prof", "gc", "-prof", "ctxbench.bench.prof.ContextSwitchProfiler",
                "seed.SeedRequest.timeoutPath"), printed.values("jmh_arg"));
    }

    @Test
    void aSuiteThatMatchesNothingIsBadInput() {
        assertEquals("bench: no benchmark matches [no.such.Suite]", failing(2, "plan", "--profile", "quick", "--suite", "no.such.Suite"));
    }

    /** JMH's options after {@code --} reach JMH as they are, even those that look like ours or carry quotes and equals signs. */
    @Test
    void jmhArgumentsAfterTheDoubleDashPassThroughUntouched() {
        Cli printed = step("plan", "--profile", "smoke", "--suite", "seed.SeedRequest.timeoutPath", "--",
                "-p", "queue=go-heap", "-f", "3", "-jvmArgsAppend", "-Dx=y -Dz=\"a b\"", "-p", "variant=after");
        List<String> jmh = printed.values("jmh_arg");
        assertEquals(List.of("-f", "3"), jmh.subList(jmh.indexOf("-f"), jmh.indexOf("-f") + 2));
        assertTrue(jmh.contains("-Dx=y -Dz=\"a b\""), jmh.toString());
        assertTrue(jmh.contains("queue=go-heap") && jmh.contains("variant=after"), jmh.toString());
        assertEquals("4", printed.value("trials"), "one variant × 2 goroutine runtimes × 2 timer modes");
    }

    @Test
    void badStepsAndOptionsAreOneLineExitTwo() {
        assertEquals("bench: BenchRun needs a step: plan, start, record, publish or import", failing(2));
        assertEquals("bench: unknown command 'launch' (see --help)", failing(2, "launch"));
        assertEquals("bench: unknown option --into (see --help)", failing(2, "plan", "--profile", "quick", "--into", "x"));
        assertEquals("bench: --suite needs a value (see --help)", failing(2, "plan", "--profile", "quick", "--suite"));
        assertEquals("bench: Missing required option: '--profile=P' (see --help)", failing(2, "plan", "--suite", "seed"));
        assertEquals("bench: unknown profile 'nightly' (smoke, quick, full)", failing(2, "plan", "--profile", "nightly"));
        assertEquals("bench: --complete takes true or false", failing(2, "record", "--run", "x", "--complete", "yes"));
        assertEquals("bench: --run x is not a run being written (results/.<run-id>.partial)", failing(2, "publish", "--run", "x", "--complete", "true"));
        Cli help = Cli.run(BenchRun.TOOL, "import", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: BenchRun import "), help.out());
    }
}
