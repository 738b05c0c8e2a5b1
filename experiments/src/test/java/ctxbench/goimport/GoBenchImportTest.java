package ctxbench.goimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ctxbench.cli.BadInputException;
import ctxbench.cli.Exit;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.SampleRow;
import ctxbench.testing.Cli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Writing a new Go run and adding Go rows to an existing run. */
class GoBenchImportTest {
    @TempDir
    Path dir;

    private static final ResultRow JAVA = new ResultRow("java", "seed", "SeedRequest.fastPath",
            "queue=go-heap;variant=after", "time", "ns/op", 1234.5, 12.25, 2);
    private static final ResultRow OLD_GO_SEED = new ResultRow("go", "seed", "SeedRequest.fastPath",
            "variant=after", "time", "ns/op", 999, Double.NaN, 1);
    private static final ResultRow OLD_GO_VALUES = new ResultRow("go", "values", "ValueLookup.chain",
            "depth=1;key=present", "time", "ns/op", 17, Double.NaN, 1);

    private GoBenchImport.Outcome run(String... args) throws Exception {
        GoBenchImport command = new GoBenchImport();
        new CommandLine(command).setAllowOptionsAsOptionParameters(true).parseArgs(args);
        return GoBenchImport.run(command.options());
    }

    private JsonObject env() throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("env.json"))).getAsJsonObject();
    }

    @Test
    void newRunWritesResultsSamplesAndEnv() throws Exception {
        run("--run-dir", dir.toString(), "--env-only", "--go-version", "go1.19.8", "--profile", "smoke",
                "--start", "2026-11-26T02:46:58Z", "--complete", "false", "--git-commit", "abc", "--git-dirty", "true");
        assertFalse(env().get("complete").getAsBoolean());
        GoBenchImport.Outcome o = run("--run-dir", dir.toString(), "--input", Fixtures.path("seed-count2.txt").toString(),
                "--go-version", "go1.19.8", "--gomaxprocs", "2", "--count", "2", "--benchtime", "100x",
                "--end", "2026-11-26T02:47:04Z", "--complete", "true");
        assertEquals(24, o.results());
        GoBenchConverter.Converted c = GoBenchConverter.convert(GoBenchParser.parse(Fixtures.path("seed-count2.txt")));
        assertEquals(c.results().toString(), ResultsCsv.readResults(dir.resolve("results.csv")).toString());
        assertEquals(c.samples(), ResultsCsv.readSamples(dir.resolve("samples.csv")));
        JsonObject env = env();
        assertTrue(env.get("complete").getAsBoolean());
        assertEquals("go", env.get("source").getAsString());
        assertEquals("smoke", env.get("profile").getAsString());
        assertEquals("2026-11-26T02:46:58Z", env.get("start").getAsString());
        assertEquals("abc", env.getAsJsonObject("git").get("commit").getAsString());
        assertTrue(env.getAsJsonObject("machine").get("cores").getAsInt() >= 1);
        JsonObject go = env.getAsJsonObject("go");
        assertEquals("go1.19.8", go.get("version").getAsString());
        assertEquals(2, go.get("gomaxprocs").getAsInt());
        assertEquals("Oxide Virtual Turin-like Processor", go.get("cpu").getAsString());
        assertEquals("linux", go.get("goos").getAsString());
        assertEquals(2, go.get("count").getAsInt());
        assertEquals("seed", go.getAsJsonArray("suites").get(0).getAsString());
    }

    @Test
    void newRunNeverReplacesExistingFiles() throws Exception {
        ResultsCsv.writeResults(dir.resolve("results.csv"), List.of(JAVA));
        String before = Files.readString(dir.resolve("results.csv"));
        assertThrows(IOException.class, () -> run("--run-dir", dir.toString(),
                "--input", Fixtures.path("seed-count2.txt").toString()));
        assertEquals(before, Files.readString(dir.resolve("results.csv")));
    }

    @Test
    void intoKeepsJavaRowsAndOtherSuitesAndReplacesGoRowsOfTheSameSuites() throws Exception {
        ResultsCsv.writeResults(dir.resolve("results.csv"), List.of(JAVA, OLD_GO_SEED, OLD_GO_VALUES));
        SampleRow javaSample = new SampleRow("java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after",
                "time", "ns/op", 1, 1, 1230);
        SampleRow oldGoSample = new SampleRow("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 1, 1, 999);
        ResultsCsv.writeSamples(dir.resolve("samples.csv"), List.of(javaSample, oldGoSample));
        Files.writeString(dir.resolve("env.json"), "{\"jdk\":{\"version\":\"25\"},\"profile\":\"quick\",\"complete\":true}");

        run("--run-dir", dir.toString(), "--input", Fixtures.path("seed-count2.txt").toString(), "--mode", "into",
                "--go-version", "go1.19.8", "--profile", "smoke", "--complete", "true");

        List<ResultRow> rows = ResultsCsv.readResults(dir.resolve("results.csv"));
        assertEquals(JAVA.toString(), rows.get(0).toString());
        assertEquals(OLD_GO_VALUES.toString(), rows.get(1).toString());
        assertEquals(2 + 24, rows.size());
        assertFalse(rows.stream().anyMatch(r -> r.score() == 999), "old go seed row replaced");
        List<SampleRow> samples = ResultsCsv.readSamples(dir.resolve("samples.csv"));
        assertEquals(javaSample, samples.get(0));
        assertEquals(1 + 48, samples.size());
        JsonObject env = env();
        assertEquals("25", env.getAsJsonObject("jdk").get("version").getAsString());
        assertEquals("quick", env.get("profile").getAsString(), "the Java run's own facts are kept");
        assertFalse(env.has("machine"));
        assertEquals("smoke", env.getAsJsonObject("go").get("profile").getAsString());

        // importing the same suite again replaces, it does not duplicate
        run("--run-dir", dir.toString(), "--input", Fixtures.path("seed-count2.txt").toString(), "--mode", "into");
        assertEquals(2 + 24, ResultsCsv.readResults(dir.resolve("results.csv")).size());
        assertEquals(1 + 48, ResultsCsv.readSamples(dir.resolve("samples.csv")).size());
    }

    /** Rows of another toolchain are added beside the default toolchain's, which they never replace. */
    @Test
    void intoWithAnotherToolchainKeepsTheDefaultToolchainsRows(@TempDir Path tmp) throws Exception {
        ResultsCsv.writeResults(dir.resolve("results.csv"), List.of(JAVA, OLD_GO_SEED));
        ResultsCsv.writeSamples(dir.resolve("samples.csv"), List.of());
        Files.writeString(dir.resolve("env.json"), "{\"complete\":true}");
        Path labelled = tmp.resolve("go123.txt");
        Files.writeString(labelled, "# go-bench: pkg=./seed toolchain=go1.23.5 go=1.23 timers=go1.23\n"
                + Files.readString(Fixtures.path("seed-count2.txt")));

        run("--run-dir", dir.toString(), "--input", labelled.toString(), "--mode", "into");
        run("--run-dir", dir.toString(), "--input", labelled.toString(), "--mode", "into");

        List<ResultRow> rows = ResultsCsv.readResults(dir.resolve("results.csv"));
        assertEquals(List.of(JAVA.toString(), OLD_GO_SEED.toString()), rows.subList(0, 2).stream().map(Object::toString).toList());
        assertEquals(2 + 24, rows.size(), "the second import replaced the first one's Go 1.23 rows");
        assertTrue(rows.subList(2, rows.size()).stream().allMatch(r -> r.params().startsWith("go=1.23;timers=go1.23;variant=")),
                rows.toString());
    }

    /**
     * Imports of other suites and toolchains into one run accumulate in env.json's go object: the
     * suites, packages and toolchains of all of them, and each import's own facts in go.runs.
     */
    @Test
    void intoAccumulatesEachImportsFactsInEnvJson(@TempDir Path tmp) throws Exception {
        Files.writeString(dir.resolve("env.json"), "{\"complete\":true}");
        Path go123 = tmp.resolve("go123.txt");
        Files.writeString(go123, "# go-bench: pkg=./seed toolchain=go1.23.5 go=1.23 timers=go1.23\n"
                + Files.readString(Fixtures.path("seed-count2.txt")));
        run("--run-dir", dir.toString(), "--input", go123.toString(), "--mode", "into", "--args", "--go 1.23 --suite seed",
                "--start", "2026-12-06T10:00:00Z", "--end", "2026-12-06T10:05:00Z", "--complete", "true");
        run("--run-dir", dir.toString(), "--input", Fixtures.path("values-procs1-verbose.txt").toString(), "--mode", "into",
                "--args", "--suite values", "--start", "2026-12-06T11:00:00Z", "--end", "2026-12-06T11:04:00Z", "--complete", "true");

        JsonObject go = env().getAsJsonObject("go");
        assertEquals("[\"seed\",\"values\"]", go.get("suites").toString());
        assertEquals("[\"go1.23.5\"]", go.get("toolchains").toString(), "the second import named no toolchain of its own");
        assertEquals("--suite values", go.get("args").getAsString(), "the other fields are the last import's");
        JsonArray runs = go.getAsJsonArray("runs");
        assertEquals(2, runs.size());
        assertEquals("--go 1.23 --suite seed", runs.get(0).getAsJsonObject().get("args").getAsString());
        assertEquals("2026-12-06T10:05:00Z", runs.get(0).getAsJsonObject().get("end").getAsString());
        assertEquals("[\"seed\"]", runs.get(0).getAsJsonObject().get("suites").toString());
        assertEquals("[\"go1.23.5\"]", runs.get(0).getAsJsonObject().get("toolchains").toString());
        assertEquals("[\"values\"]", runs.get(1).getAsJsonObject().get("suites").toString());
    }

    /**
     * go-bench.sh --into: the rows, env.json, go-bench.txt (appended), the load experiment's files and
     * what they give (the .hgrm and the load rows), renamed in together.
     */
    @Test
    void intoAddsTheRawOutputAndLatFilesAsOneMerge() throws Exception {
        Path run = Files.createDirectories(dir.resolve("results/20261126T0300Z-quick-jdk25"));
        ResultsCsv.writeResults(run.resolve("results.csv"), List.of(JAVA));
        Files.writeString(run.resolve("go-bench.txt"), "# an earlier block\n");
        Path lat = Files.createDirectories(dir.resolve("work/hdr"));
        Files.writeString(lat.resolve("after-go.lat"), "# variant=after rate=1000 slow=0\n120\n");
        Files.writeString(lat.resolve("after-go1.23-new-timeseries.csv"), "t_ms,heap_alloc_bytes\n0,100\n");
        Files.writeString(lat.resolve("unrelated.txt"), "not a .lat file\n");

        run("--run-dir", run.toString(), "--input", Fixtures.path("seed-count2.txt").toString(), "--mode", "into",
                "--lat-dir", lat.toString());

        assertEquals("# an earlier block\n" + Files.readString(Fixtures.path("seed-count2.txt")), Files.readString(run.resolve("go-bench.txt")));
        assertEquals("# variant=after rate=1000 slow=0\n120\n", Files.readString(run.resolve("hdr/after-go.lat")));
        assertEquals("t_ms,heap_alloc_bytes\n0,100\n", Files.readString(run.resolve("hdr/after-go1.23-new-timeseries.csv")));
        assertFalse(Files.exists(run.resolve("hdr/unrelated.txt")));
        assertEquals(1 + 24 + 4, ResultsCsv.readResults(run.resolve("results.csv")).size(), "and the latency's p50, p99, p999, max");
        assertTrue(Files.exists(run.resolve("hdr/after-go.hgrm")), "the latencies converted in the same merge");
        try (var files = Files.list(run.getParent())) {
            assertEquals(List.of(run), files.toList(), "no staging folder left");
        }
    }

    @Test
    void intoWithMalformedExistingFileChangesNothing() throws Exception {
        String broken = "source,suite,benchmark,params,metric,unit,score,error,samples\njava,seed,X.y,,time,ns/op,abc,,1\n";
        Files.writeString(dir.resolve("results.csv"), broken);
        assertThrows(IOException.class, () -> run("--run-dir", dir.toString(), "--input",
                Fixtures.path("seed-count2.txt").toString(), "--mode", "into"));
        assertEquals(broken, Files.readString(dir.resolve("results.csv")));
        assertFalse(Files.exists(dir.resolve("samples.csv")));
        assertFalse(Files.exists(dir.resolve("env.json")));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary files left");
        }
    }

    @Test
    void inputThatDoesNotMapChangesNothing() throws Exception {
        assertThrows(IOException.class, () -> run("--run-dir", dir.toString(), "--input",
                Fixtures.path("nonresults-fail.txt").toString()));
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void badArguments() {
        List<String[]> bad = new ArrayList<>();
        bad.add(new String[] {"--run-dir", dir.toString(), "--bogus"});
        bad.add(new String[] {"--input", "x"});
        bad.add(new String[] {"--run-dir", dir.toString()});
        bad.add(new String[] {"--run-dir", dir.toString(), "--input", "x", "--mode", "sideways"});
        bad.add(new String[] {"--run-dir", dir.toString(), "--env-only", "--complete", "maybe"});
        bad.add(new String[] {"--run-dir", dir.toString(), "--env-only", "--count", "many"});
        bad.add(new String[] {"--run-dir", dir.toString(), "--input"});
        for (String[] args : bad) {
            Cli r = Cli.run(GoBenchImport.TOOL, (Object[]) args);
            assertEquals(Exit.BAD_INPUT, r.status(), String.join(" ", args));
            assertEquals(1, r.err().lines().count(), r.err());
        }
        assertThrows(BadInputException.class,
                () -> run("--run-dir", dir.resolve("missing").toString(), "--env-only"));
        assertThrows(BadInputException.class,
                () -> run("--run-dir", dir.toString(), "--input", dir.resolve("missing.txt").toString()));
    }
}
