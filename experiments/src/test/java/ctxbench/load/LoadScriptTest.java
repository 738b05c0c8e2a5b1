package ctxbench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import ctxbench.results.ResultRow;
import ctxbench.results.ResultsCsv;
import ctxbench.results.RunFolder;
import ctxbench.testing.DirectorySnapshot;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code scripts/load.sh} refuses malformed command lines before it builds or runs anything: one
 * line {@code load: <what>} on stderr, exit 2, nothing written. (Bad values, such as a rate that
 * is not a number, are checked by the Java side: {@link LoadCliTest}.) And one tiny real run on
 * both goroutine runtimes, against this JVM's class path, for what only the script decides: each
 * experiment's JVM gets its runtime and the {@code jdk.internal.vm} export, also when
 * {@code LOAD_JAVA_OPTS} replaces the default options.
 */
@Timeout(30)
class LoadScriptTest {
    @TempDir
    Path tmp;

    private static Path script() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path s = dir.resolve("scripts/load.sh");
            if (Files.isRegularFile(s)) {
                return s;
            }
        }
        throw new IllegalStateException("scripts/load.sh not found above " + Path.of("").toAbsolutePath());
    }

    private record Result(int status, String out, String err) {}

    private static Result load(List<String> args) throws IOException, InterruptedException {
        return load(args, Map.of());
    }

    private static Result load(List<String> args, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--profile nightly           | load: unknown profile 'nightly' (smoke, quick, full)",
        "--profile                   | load: --profile needs a value",
        "--rate --duration 3s        | load: --rate needs a value",
        "--variants                  | load: --variants needs a value",
        "--sched                     | load: --sched needs a value",
        "--sched --profile smoke     | load: --sched needs a value",
        "--fast                      | load: unknown option '--fast' (see --help)",
        "quick                       | load: unknown option 'quick' (see --help)",
    })
    void badInputIsOneLineAndExitTwo(String args, String message) throws IOException, InterruptedException {
        Path results = tmp.resolve("results");
        List<String> argv = new ArrayList<>(List.of("--results-dir", results.toString()));
        argv.addAll(List.of(args.trim().split(" +")));
        Result r = load(argv);
        assertEquals(2, r.status());
        assertEquals(message + "\n", r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(results), "nothing written");
    }

    @Test
    void intoMustBeAnExistingFolderAndExcludesResultsDir() throws IOException, InterruptedException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Map<String, String> before = DirectorySnapshot.of(tmp);

        Result missing = load(List.of("--into", tmp.resolve("nope").toString()));
        assertEquals(2, missing.status());
        assertEquals("load: --into " + tmp.resolve("nope") + " is not a run folder\n", missing.err());

        Result both = load(List.of("--into", run.toString(), "--results-dir", tmp.toString()));
        assertEquals(2, both.status());
        assertEquals("load: --into and --results-dir exclude each other\n", both.err());

        assertEquals(before, DirectorySnapshot.of(tmp));
    }

    /** An empty jar whose Class-Path is this JVM's class path: the load classes as CTXBENCH_JAR, without the shaded jar. */
    private Path classPathJar() throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Path jar = tmp.resolve("classpath.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    @Test
    @Timeout(120)
    void eachRuntimeRunsInItsOwnJvmAndLabelsItsRowsAndFiles() throws IOException, InterruptedException {
        Path run = Files.createDirectories(tmp.resolve("run"));
        Result r = load(List.of("--profile", "smoke", "--variants", "after", "--rate", "100", "--duration", "300ms",
                        "--sched", "vt,go", "--timers", "go1.19", "--into", run.toString()),
                Map.of("CTXBENCH_JAR", classPathJar().toString(), "LOAD_JAVA_OPTS", "-Xmx256m"));
        assertEquals(0, r.status(), r.out() + r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.getFirst().startsWith("load: 2 experiment(s), profile smoke, sched vt,go, about "), lines.getFirst());
        assertTrue(lines.get(1).startsWith("[1/2] seed --sched vt --variant after --queue go-heap "), lines.get(1));
        assertTrue(r.out().contains("\n[2/2] seed --sched go --variant after --queue go-heap "), r.out());

        for (String sched : List.of("vt", "go")) {
            for (String suffix : List.of(".hgrm", ".hlog", "-timeseries.csv")) {
                assertTrue(Files.isRegularFile(run.resolve("hdr/after-go-heap-" + sched + suffix)), sched + suffix);
            }
        }
        assertEquals(Set.of("queue=go-heap;rate=100;sched=go;slow=0;timers=go1.19;variant=after",
                        "queue=go-heap;rate=100;sched=vt;slow=0;timers=go1.19;variant=after"),
                ResultsCsv.readResults(run.resolve("results.csv")).stream().map(ResultRow::params).collect(Collectors.toSet()));
        JsonArray runs = RunFolder.at(run).readEnv().getAsJsonObject("load").getAsJsonArray("runs");
        assertEquals(2, runs.size());
        for (int i = 0; i < 2; i++) {
            JsonObject entry = runs.get(i).getAsJsonObject();
            String sched = i == 0 ? "vt" : "go";
            assertEquals(sched, entry.get("sched").getAsString());
            List<String> flags = new ArrayList<>();
            entry.getAsJsonArray("jvmFlags").forEach(f -> flags.add(f.getAsString()));
            assertTrue(flags.contains("-Xmx256m"), "LOAD_JAVA_OPTS: " + flags);
            assertTrue(flags.contains("-Dctxbench.sched=" + sched), flags.toString());
            assertTrue(flags.contains("--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED")
                    || String.join(" ", flags).contains("--add-exports java.base/jdk.internal.vm=ALL-UNNAMED"), flags.toString());
        }
    }

    @Test
    void aResultsDirThatIsAFileIsRefused() throws IOException, InterruptedException {
        Path file = Files.writeString(tmp.resolve("plain-file"), "x");
        Result r = load(List.of("--results-dir", file.toString()));
        assertEquals(2, r.status());
        assertEquals("load: --results-dir " + file + " is not a folder\n", r.err());
        assertEquals("x", Files.readString(file));
    }
}
