package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.runtime.Sched;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link LoadCli}: bad input is one line and exit 2 with nothing written; the plan; a run folder's life; one small experiment end to end. */
@Timeout(60)
class LoadCliTest {
    @TempDir
    Path tmp;

    private static Cli load(Object... args) {
        return Cli.run(LoadCli.TOOL, args);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plan --profile nightly                | load: unknown profile 'nightly' (smoke, quick, full)",
        "plan --rate abc                       | load: --rate must be a number, not 'abc'",
        "plan --rate 0                         | load: --rate must be greater than 0, not '0'",
        "plan --rate -5                        | load: --rate must be greater than 0, not '-5'",
        "plan --duration 3h                    | load: --duration must be a duration such as 500ms, 3s or 2m, not '3h'",
        "plan --duration 0ms                   | load: --duration must be longer than 0",
        "plan --slow 1.5                       | load: --slow must be within 0..1, not '1.5'",
        "plan --variants before-leaky,leaky    | load: --variants: unknown 'leaky' (known: before-leaky, before-cancel, after, timer-stop)",
        "plan --queues heap                    | load: --queues: unknown 'heap' (known: go-heap, jdk, wheel)",
        "plan --sched fj                       | load: --sched: unknown 'fj' (known: go, vt)",
        "plan --sched go,                      | load: --sched: unknown '' (known: go, vt)",
        "cancel --shape chain --size 3 --sched fj | load: --sched: unknown 'fj' (known: go, vt)",
        "plan --rate                           | load: --rate needs a value (see --help)",
        "plan --rate --slow 0                  | load: --rate needs a value (see --help)",
        "plan --into x                         | load: unknown option --into (see --help)",
        "launch                                | load: unknown command 'launch' (see --help)",
        "cancel --shape star --size 3          | load: --shape: unknown 'star' (known: chain, fanout)",
        "handoff --threads green               | load: --threads: unknown 'green' (known: platform, virtual)",
        "seed --variant after --queue go-heap  | load: Missing required options: '--rate=R', '--duration=D' (see --help)",
    })
    void badInputIsOneLineExitTwoAndWritesNothing(String args, String message) throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Map<String, String> before = DirectorySnapshot.of(tmp);
        List<String> argv = new ArrayList<>(List.of(args.trim().split(" +")));
        if (!argv.getFirst().equals("plan") && !argv.getFirst().equals("launch")) {
            argv.addAll(List.of("--run-dir", run.toString()));
        }
        Cli c = load(argv.toArray());
        assertEquals(2, c.status());
        assertEquals(message + "\n", c.err());
        assertEquals("", c.out());
        assertEquals(before, DirectorySnapshot.of(tmp));
    }

    @Test
    void aCommandIsNeededAndEachHasHelp() {
        Cli none = load();
        assertEquals(2, none.status());
        assertEquals("load: a command is needed: plan, start, stage, finish, seed, lateness, cancel, handoff, go-import\n", none.err());
        for (String command : List.of("plan", "start", "stage", "finish", "seed", "lateness", "cancel", "handoff", "go-import")) {
            Cli help = load(command, "--help");
            assertEquals(0, help.status(), help.err());
            assertTrue(help.out().startsWith("Usage: LoadCli " + command + " "), help.out());
        }
    }

    @Test
    void anExperimentNeedsAnExistingRunFolder() {
        Cli c = load("cancel", "--shape", "chain", "--size", "3", "--run-dir", tmp.resolve("missing"));
        assertEquals(2, c.status());
        assertEquals("load: run folder " + tmp.resolve("missing") + " does not exist\n", c.err());
        assertFalse(Files.exists(tmp.resolve("missing")));
    }

    @Test
    void smokePlanIsOneJvmPerVariantAndTakesOverrides() {
        Cli c = load("plan", "--profile", "smoke");
        assertEquals(0, c.status(), c.err());
        assertTrue(Long.parseLong(c.value("seconds")) > 0, "the estimate");
        List<String> expected = new ArrayList<>();
        for (String timers : List.of("go1.19", "go1.23")) {
            for (String v : List.of("before-leaky", "before-cancel", "after", "timer-stop")) {
                expected.add("seed --sched go --variant " + v + " --queue go-heap --timers " + timers
                        + " --rate 200 --duration 2000ms --slow 0 --warmup 500ms");
            }
        }
        assertEquals(expected,
                c.values("command"), "the default runtime is go; on go-heap both timer semantics");

        Cli custom = load("plan", "--profile", "smoke", "--rate", "1000", "--duration", "3s", "--variants", "after",
                "--queues", "jdk,wheel", "--slow", "0.01", "--sched", "vt");
        assertEquals(List.of(
                "seed --sched vt --variant after --queue jdk --timers go1.19 --rate 1000 --duration 3000ms --slow 0.01 --warmup 500ms",
                "seed --sched vt --variant after --queue wheel --timers go1.19 --rate 1000 --duration 3000ms --slow 0.01 --warmup 500ms"),
                custom.values("command"));
        Cli timers = load("plan", "--profile", "smoke", "--variants", "after", "--queues", "jdk", "--timers", "go1.23");
        assertEquals(List.of("seed --sched go --variant after --queue jdk --timers go1.23 --rate 200 --duration 2000ms --slow 0 --warmup 500ms"),
                timers.values("command"), "--timers: each given semantics on every queue");
    }

    @Test
    void bothRuntimesRunTheWholePlanOncePerRuntimeInTheOrderGiven() {
        Cli one = load("plan", "--profile", "full");
        Cli both = load("plan", "--profile", "full", "--sched", "vt,go");
        List<String> goLines = one.values("command");
        List<String> bothLines = both.values("command");
        assertEquals(goLines.stream().map(l -> l.replace("--sched go", "--sched vt")).toList(), bothLines.subList(0, goLines.size()));
        assertEquals(goLines, bothLines.subList(goLines.size(), bothLines.size()));
        assertEquals(2 * Long.parseLong(one.value("seconds")), Long.parseLong(both.value("seconds")), 1, "twice the estimate");
    }

    @Test
    void fullPlanAddsTheOtherDistributions() {
        List<String> commands = load("plan", "--profile", "full").values("command").stream()
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(16, commands.stream().filter("seed"::equals).count(), "4 variants on 3 queues, and in go1.23 on go-heap");
        assertEquals(3, commands.stream().filter("lateness"::equals).count());
        assertEquals(4, commands.stream().filter("cancel"::equals).count());
        assertEquals(2, commands.stream().filter("handoff"::equals).count());
    }

    @Test
    void startReservesAPartialRunAndFinishPublishesIt() throws IOException {
        Path results = tmp.resolve("results");
        // --args is load.sh's command line: a value that starts with -- (even with an option's name in it) is taken as it is
        Cli started = load("start", "--results-dir", results, "--profile", "smoke", "--args", "--profile smoke", "--repo", tmp);
        assertEquals(0, started.status(), started.err());
        Path partial = Path.of(started.value("run_dir"));
        String runId = started.value("run_id");
        assertTrue(runId.matches("\\d{8}T\\d{4}Z-load-jdk\\d+"), runId);
        assertEquals(results.resolve("." + runId + ".partial"), partial);
        JsonObject env = RunFolder.at(partial).readEnv();
        assertEquals("smoke", env.get("profile").getAsString());
        assertEquals("--profile smoke", env.get("args").getAsString());
        assertFalse(env.get("complete").getAsBoolean());
        assertFalse(env.has("jmh"));

        Cli finished = load("finish", "--run", partial, "--complete", "true");
        assertEquals(0, finished.status(), finished.err());
        assertEquals("run=" + results.resolve(runId) + "\n", finished.out());
        assertTrue(RunFolder.at(results.resolve(runId)).readEnv().get("complete").getAsBoolean());
        assertFalse(Files.exists(partial));
    }

    @Test
    void intoAPublishedRunTheExperimentsAreStagedAndCommittedOrDiscarded() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("results/20261126T0300Z-quick-jdk25"));
        Files.writeString(run.resolve("env.json"), "{\"runId\": \"20261126T0300Z-quick-jdk25\"}\n");
        Cli staged = load("stage", "--into", run);
        assertEquals(0, staged.status(), staged.err());
        Path stage = Path.of(staged.value("run_dir"));
        assertEquals(run.getParent(), stage.getParent());
        assertTrue(stage.getFileName().toString().startsWith(".20261126T0300Z-quick-jdk25.merge-"), stage.toString());

        Cli c = load("cancel", "--shape", "chain", "--size", "2", "--trials", "2", "--run-dir", stage);
        assertEquals(0, c.status(), c.err());
        assertFalse(Files.exists(run.resolve("results.csv")), "nothing in the run before the commit");
        Cli finished = load("finish", "--run", stage, "--complete", "true", "--into", run);
        assertEquals(0, finished.status(), finished.err());
        assertEquals(run.toString(), finished.value("run"));
        assertEquals(4, ResultsCsv.readResults(run.resolve("results.csv")).size());
        assertEquals(1, RunFolder.at(run).readEnv().getAsJsonObject("load").getAsJsonArray("runs").size());
        assertFalse(Files.exists(stage));

        Path again = Path.of(load("stage", "--into", run).value("run_dir"));
        assertEquals(0, load("cancel", "--shape", "fanout", "--size", "2", "--trials", "2", "--run-dir", again).status());
        assertEquals(0, load("finish", "--run", again, "--complete", "false", "--into", run).status());
        assertEquals(4, ResultsCsv.readResults(run.resolve("results.csv")).size(), "an interrupted merge leaves the run as it was");
        assertFalse(Files.exists(again));
    }

    @Test
    void intoARunBeingWrittenTheExperimentsWriteDirectly() throws IOException {
        Path partial = Files.createDirectories(tmp.resolve("results/.20261126T0300Z-quick-jdk25.partial"));
        Cli staged = load("stage", "--into", partial);
        assertEquals(partial.toString(), staged.value("run_dir"));
        Cli finished = load("finish", "--run", partial, "--complete", "true", "--into", partial);
        assertEquals(partial.toString(), finished.value("run"));
        assertTrue(Files.isDirectory(partial), "bench.sh publishes it");
    }

    @Test
    void anExperimentWritesItsHgrmRowsAndEnvEntry() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        String sched = Sched.mode();
        Cli c = load("cancel", "--shape", "fanout", "--size", "4", "--trials", "5", "--run-dir", run, "--profile", "smoke");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("load: cancel propagation, fanout of 4, sched " + sched + ": 5 trials, p50 "), c.out());
        assertTrue(Files.exists(run.resolve("hdr/cancel-latency-fanout-4-" + sched + ".hgrm")));
        assertEquals(List.of("p50", "p99", "p999", "max"),
                ResultsCsv.readResults(run.resolve("results.csv")).stream().map(r -> r.metric()).toList());
        assertTrue(ResultsCsv.readResults(run.resolve("results.csv")).stream()
                .allMatch(r -> r.params().equals("sched=" + sched + ";shape=fanout;size=4")));
        JsonObject entry = RunFolder.at(run).readEnv().getAsJsonObject("load").getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("CancelLatency.propagate", entry.get("benchmark").getAsString());
        assertEquals("sched=" + sched + ";shape=fanout;size=4", entry.get("params").getAsString());
        assertEquals(sched, entry.get("sched").getAsString());
        assertEquals("smoke", entry.get("profile").getAsString());
    }

    /** A command line naming the runtime this JVM does not run is refused before anything runs: its rows would be mislabelled. */
    @Test
    void anExperimentRefusesASchedOtherThanItsJvms() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Map<String, String> before = DirectorySnapshot.of(tmp);
        String mode = Sched.mode();
        String other = mode.equals("go") ? "vt" : "go";
        Cli c = load("cancel", "--sched", other, "--shape", "chain", "--size", "3", "--run-dir", run);
        assertEquals(2, c.status());
        assertEquals("load: --sched " + other + " needs a JVM started with -Dctxbench.sched=" + other + " (this one runs " + mode + ")\n",
                c.err());
        assertEquals(before, DirectorySnapshot.of(tmp));

        Cli same = load("cancel", "--sched", mode, "--shape", "chain", "--size", "3", "--trials", "2", "--run-dir", run);
        assertEquals(0, same.status(), same.err());
    }

    /** The same experiment in a JVM of each runtime, as load.sh starts them: rows, file names and env.json say which. */
    @ParameterizedTest
    @ValueSource(strings = {"go", "vt"})
    void aJvmOfEitherRuntimeLabelsWhatItMeasured(String sched) throws IOException, InterruptedException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-Dctxbench.sched=" + sched,
                "-cp", System.getProperty("java.class.path"), LoadCli.class.getName(),
                "handoff", "--sched", sched, "--threads", "virtual", "--round-trips", "200", "--run-dir", run.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("load: channel hand-off round trip, virtual threads, sched " + sched + ": 200 round trips"), output);
        assertTrue(Files.exists(run.resolve("hdr/handoff-virtual-" + sched + ".hgrm")));
        assertTrue(ResultsCsv.readResults(run.resolve("results.csv")).stream()
                .allMatch(r -> r.params().equals("sched=" + sched + ";threads=virtual")));
        JsonObject entry = RunFolder.at(run).readEnv().getAsJsonObject("load").getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals(sched, entry.get("sched").getAsString());
        assertTrue(entry.get("jvmFlags").toString().contains("-Dctxbench.sched=" + sched), entry.toString());
    }
}
