package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import ctxbench.bench.run.EnvJson;
import ctxbench.results.ResultsCsv;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import java.io.IOException;
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

/** {@link LoadCli}: bad input is one line and exit 2 with nothing written; the plan; a run folder's life; one small experiment end to end. */
@Timeout(60)
class LoadCliTest {
    @TempDir
    Path tmp;

    private static Cli load(Object... args) {
        return Cli.run(LoadCli::run, args);
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
        "plan --rate                           | load: --rate needs a value",
        "plan --rate --slow 0                  | load: --rate needs a value",
        "plan --into x                         | load: unknown option '--into'",
        "launch                                | load: unknown command 'launch'",
        "cancel --shape star --size 3          | load: --shape: unknown 'star' (known: chain, fanout)",
        "handoff --threads green               | load: --threads: unknown 'green' (known: platform, virtual)",
        "seed --variant after --queue go-heap  | load: --rate is required",
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
        List<String> lines = c.out().lines().toList();
        assertTrue(Long.parseLong(lines.getFirst()) > 0, "the estimate comes first");
        assertEquals(List.of(
                "seed --variant before-leaky --queue go-heap --rate 200 --duration 2000ms --slow 0 --warmup 500ms",
                "seed --variant before-cancel --queue go-heap --rate 200 --duration 2000ms --slow 0 --warmup 500ms",
                "seed --variant after --queue go-heap --rate 200 --duration 2000ms --slow 0 --warmup 500ms",
                "seed --variant timer-stop --queue go-heap --rate 200 --duration 2000ms --slow 0 --warmup 500ms"),
                lines.subList(1, lines.size()));

        Cli custom = load("plan", "--profile", "smoke", "--rate", "1000", "--duration", "3s", "--variants", "after",
                "--queues", "jdk,wheel", "--slow", "0.01");
        assertEquals(List.of(
                "seed --variant after --queue jdk --rate 1000 --duration 3000ms --slow 0.01 --warmup 500ms",
                "seed --variant after --queue wheel --rate 1000 --duration 3000ms --slow 0.01 --warmup 500ms"),
                custom.out().lines().skip(1).toList());
    }

    @Test
    void fullPlanAddsTheOtherDistributions() {
        List<String> commands = load("plan", "--profile", "full").out().lines().skip(1)
                .map(l -> l.substring(0, l.indexOf(' '))).toList();
        assertEquals(12, commands.stream().filter("seed"::equals).count(), "4 variants on 3 queues");
        assertEquals(3, commands.stream().filter("lateness"::equals).count());
        assertEquals(4, commands.stream().filter("cancel"::equals).count());
        assertEquals(2, commands.stream().filter("handoff"::equals).count());
    }

    @Test
    void startReservesAPartialRunAndFinishPublishesIt() throws IOException {
        Path results = tmp.resolve("results");
        Cli started = load("start", "--results-dir", results, "--profile", "smoke", "--args", "--profile smoke", "--repo", tmp);
        assertEquals(0, started.status(), started.err());
        Path partial = Path.of(started.out().lines().toList().get(0));
        String runId = started.out().lines().toList().get(1);
        assertTrue(runId.matches("\\d{8}T\\d{4}Z-load-jdk\\d+"), runId);
        assertEquals(results.resolve("." + runId + ".partial"), partial);
        JsonObject env = EnvJson.read(partial);
        assertEquals("smoke", env.get("profile").getAsString());
        assertEquals("--profile smoke", env.get("args").getAsString());
        assertFalse(env.get("complete").getAsBoolean());
        assertFalse(env.has("jmh"));

        Cli finished = load("finish", "--run", partial, "--complete", "true");
        assertEquals(0, finished.status(), finished.err());
        assertEquals(results.resolve(runId) + "\n", finished.out());
        assertTrue(EnvJson.read(results.resolve(runId)).get("complete").getAsBoolean());
        assertFalse(Files.exists(partial));
    }

    @Test
    void anExperimentWritesItsHgrmRowsAndEnvEntry() throws IOException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Cli c = load("cancel", "--shape", "fanout", "--size", "4", "--trials", "5", "--run-dir", run, "--profile", "smoke");
        assertEquals(0, c.status(), c.err());
        assertTrue(c.out().contains("load: cancel propagation, fanout of 4: 5 trials, p50 "), c.out());
        assertTrue(Files.exists(run.resolve("hdr/cancel-latency-fanout-4.hgrm")));
        assertEquals(List.of("p50", "p99", "p999", "max"),
                ResultsCsv.readResults(run.resolve("results.csv")).stream().map(r -> r.metric()).toList());
        JsonObject entry = EnvJson.read(run).getAsJsonObject("load").getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("CancelLatency.propagate", entry.get("benchmark").getAsString());
        assertEquals("shape=fanout;size=4", entry.get("params").getAsString());
        assertEquals("smoke", entry.get("profile").getAsString());
    }
}
