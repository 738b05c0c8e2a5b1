package ctxbench.faults;

import ctxbench.testing.DirectorySnapshot;
import ctxbench.testing.RunFixture;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * A throw-away copy of what the scripts need ({@code scripts/}, {@code REPORT.md}) beside input
 * files of every bad kind, in which the cases of {@code docs/bad-input.md} run as a user types
 * them: from the copy's root, with relative paths, so that a script's default {@code results/}
 * is the copy's and the real repository is never touched.
 *
 * <p>Read-only folders must be read-only for the command: when the tests run as root (CI
 * containers do), commands run as the unprivileged user {@code nobody} through {@code setpriv},
 * and the copy is handed to that user first. The JVM the scripts start is the one running the
 * tests ({@code PATH} and {@code JAVA_HOME}), the jar is the module's shaded jar
 * ({@code CTXBENCH_JAR}, from the system property {@code ctxbench.jar} that failsafe sets), and
 * {@code TMPDIR} is a folder beside the copy, outside what the tests compare.
 *
 * <p>Layout under {@code base}: {@code repo/} (the copy, see {@link #create}; with
 * {@code experiments/go/}, the Go module {@code go-bench.sh} runs), {@code tmp/},
 * {@code home/}, {@code benchmarks.jar}.
 */
public final class ScratchRepository {
    private static final int NOBODY = 65534;

    private final Path base;
    private final Path root;
    private final boolean asNobody;

    private ScratchRepository(Path base, boolean asNobody) {
        this.base = base;
        this.root = base.resolve("repo");
        this.asNobody = asNobody;
    }

    /** The real repository: the first folder above the working directory that has {@code scripts/bench.sh}. */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scripts/bench.sh"))) return dir;
        }
        throw new IllegalStateException("scripts/bench.sh not found above " + Path.of("").toAbsolutePath());
    }

    /**
     * Builds the copy in {@code base} (an empty folder). Inputs, relative to the copy's root:
     * <ul>
     *   <li>{@code results/good/}: a valid run (results.csv, samples.csv); {@code results/readonly/}:
     *       the same, read-only; {@code results/empty/}: an empty folder;
     *       {@code results/truncated-json/}: only a truncated jmh.json; {@code results/mixed-units/}:
     *       one series in ns/op and in us/op; {@code results/bad-hgrm/}: a valid run with a malformed
     *       {@code hdr/*.hgrm}; {@code results/bad-lat/}: a malformed Go latency file
     *       {@code hdr/after-go.lat}; {@code results/bad-samples/}: a valid run whose samples.csv is cut
     *       inside a row; {@code results/bad-env/}: a valid run whose env.json is cut off;
     *       {@code results/bad-timeseries/}: a valid run with a malformed time series;
     *       {@code readonly-results/}: an empty read-only results folder.</li>
     *   <li>{@code in/}: {@code empty.csv} (0 bytes), {@code header-only.csv}, {@code truncated.csv}
     *       (cut inside a row), {@code bad-number.csv}, {@code negative.csv} (a negative score),
     *       {@code samples.csv} (a samples file where a results file belongs), {@code truncated.json},
     *       {@code not-jmh.json} (JSON, not JMH's),
     *       {@code garbage-go.txt} (not {@code go test} output), {@code go-bench.txt} (valid {@code go test}
     *       output, one result).</li>
     * </ul>
     */
    static ScratchRepository create(Path base) throws IOException, InterruptedException {
        ScratchRepository s = new ScratchRepository(base, isRoot());
        Path repo = repositoryRoot();
        copyTree(repo.resolve("scripts"), s.root.resolve("scripts"));
        copyTree(repo.resolve("experiments/go"), s.root.resolve("experiments/go")); // go-bench.sh's module
        Files.copy(repo.resolve("REPORT.md"), s.root.resolve("REPORT.md"));
        Files.createDirectories(base.resolve("tmp"));
        Files.createDirectories(base.resolve("home"));
        Files.copy(Path.of(System.getProperty("ctxbench.jar", repo.resolve("experiments/target/benchmarks.jar").toString())),
                base.resolve("benchmarks.jar"));

        Path results = s.root.resolve("results");
        Path good = RunFixture.typical().write(results.resolve("good"));
        copyTree(good, results.resolve("readonly"));
        Files.createDirectories(results.resolve("empty"));
        Files.createDirectories(s.root.resolve("readonly-results"));
        Files.createDirectories(results.resolve("truncated-json"));
        Files.writeString(results.resolve("truncated-json/jmh.json"), TRUNCATED_JMH_JSON);
        Files.createDirectories(results.resolve("mixed-units"));
        Files.writeString(results.resolve("mixed-units/results.csv"), """
                source,suite,benchmark,params,metric,unit,score,error,samples
                java,seed,SeedRequest.fastPath,variant=after,time,ns/op,1000.0,10.0,5
                java,seed,SeedRequest.fastPath,variant=after,time,us/op,1.0,0.01,5
                """);
        copyTree(good, results.resolve("bad-hgrm"));
        Files.createDirectories(results.resolve("bad-hgrm/hdr"));
        Files.writeString(results.resolve("bad-hgrm/hdr/seed-after-go-heap.hgrm"), "this is not a percentile table\n");
        copyTree(good, results.resolve("bad-samples"));
        String samplesCsv = Files.readString(good.resolve("samples.csv"));
        Files.writeString(results.resolve("bad-samples/samples.csv"), samplesCsv.substring(0, nthLineStart(samplesCsv, 3) + 12));
        copyTree(good, results.resolve("bad-env"));
        Files.writeString(results.resolve("bad-env/env.json"), "{\"runId\": \"20261126T0000Z-full-jdk25\", \"machine\": {");
        copyTree(good, results.resolve("bad-timeseries"));
        Files.createDirectories(results.resolve("bad-timeseries/hdr"));
        Files.writeString(results.resolve("bad-timeseries/hdr/after-go-heap-timeseries.csv"), "t_ms,live_timers\n100,many\n");
        Files.createDirectories(results.resolve("bad-lat/hdr"));
        Files.writeString(results.resolve("bad-lat/hdr/after-go.lat"), "# go-load variant=after\n12x\n");

        Path in = Files.createDirectories(s.root.resolve("in"));
        String resultsCsv = Files.readString(good.resolve("results.csv"));
        Files.writeString(in.resolve("empty.csv"), "");
        Files.writeString(in.resolve("header-only.csv"), resultsCsv.lines().findFirst().orElseThrow() + "\n");
        int thirdRow = nthLineStart(resultsCsv, 2);
        Files.writeString(in.resolve("truncated.csv"), resultsCsv.substring(0, thirdRow + 20));
        Files.writeString(in.resolve("bad-number.csv"), resultsCsv.lines().findFirst().orElseThrow() + "\n"
                + "java,seed,SeedRequest.fastPath,variant=after,time,ns/op,fast,10.0,5\n");
        Files.writeString(in.resolve("negative.csv"), resultsCsv.lines().findFirst().orElseThrow() + "\n"
                + "java,seed,SeedRequest.fastPath,variant=after,time,ns/op,-1003.5,10.0,5\n");
        Files.copy(good.resolve("samples.csv"), in.resolve("samples.csv"));
        Files.writeString(in.resolve("truncated.json"), TRUNCATED_JMH_JSON);
        Files.writeString(in.resolve("not-jmh.json"), "{\"benchmark\": \"SeedRequest.fastPath\"}\n");
        Files.writeString(in.resolve("garbage-go.txt"), "this is not go test output\n");
        Files.writeString(in.resolve("go-bench.txt"), """
                goos: linux
                goarch: amd64
                pkg: ctxbench/seed
                BenchmarkSeedRequest_fastPath/variant=after-2   	  500000	      1795 ns/op	     368 B/op	       7 allocs/op
                ok  	ctxbench/seed	1.012s
                """);

        if (s.asNobody) {
            command("chown", "-R", NOBODY + ":" + NOBODY, base.toString());
            command("chmod", "755", base.toString()); // a @TempDir is 0700: nobody must get in
        }
        command("chmod", "-R", "a-w", results.resolve("readonly").toString(), s.root.resolve("readonly-results").toString());
        return s;
    }

    /** A JMH result file cut off inside its first entry, as a killed JMH or a full disk leaves it. */
    static final String TRUNCATED_JMH_JSON = """
            [{"jmhVersion":"1.37","benchmark":"ctxbench.bench.seed.SeedRequest.fastPath","mode":"avgt",
              "params":{"variant":"after","queue":"go-heap"},"primaryMetric":{"score":1234.5,"scoreErr""";

    /** The copy's root: the commands' working directory. */
    Path root() {
        return root;
    }

    /** The folder for temporary files ({@code TMPDIR}), beside the copy. */
    Path tmp() {
        return base.resolve("tmp");
    }

    /** Everything under the copy's root with content hash and modification time. */
    Map<String, String> snapshot() throws IOException {
        return DirectorySnapshot.of(root);
    }

    /** What a command printed and its exit status. */
    record Outcome(int status, String out, String err) {}

    /** Runs {@code command} with bash in the copy's root and waits for it. */
    Outcome run(String command) throws IOException, InterruptedException {
        Process p = builder(command, false).start();
        p.getOutputStream().close();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    /**
     * Starts {@code command} with bash in the copy's root, in a new session with SIGINT and SIGTERM
     * at their default dispositions (so that its process group can be sent a signal the way a
     * terminal sends Ctrl-C), stderr merged into stdout, with {@code extraEnv} added to the
     * environment.
     */
    Process startInOwnGroup(String command, Map<String, String> extraEnv) throws IOException {
        ProcessBuilder pb = builder(command, true).redirectErrorStream(true);
        pb.environment().putAll(extraEnv);
        return pb.start();
    }

    private ProcessBuilder builder(String command, boolean ownGroup) {
        List<String> argv = new ArrayList<>();
        // A terminal's Ctrl-C reaches processes whose SIGINT is at its default. A build started in
        // the background of a non-interactive shell (a CI job, nohup ... &) ignores SIGINT, every
        // child inherits that, and bash cannot trap a signal ignored on entry: reset it first.
        if (ownGroup) argv.addAll(List.of("setsid", "env", "--default-signal=INT,TERM"));
        if (asNobody) argv.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        argv.addAll(List.of("bash", "-c", command));
        ProcessBuilder pb = new ProcessBuilder(argv).directory(root.toFile());
        Map<String, String> env = pb.environment();
        env.clear();
        String javaHome = System.getProperty("java.home");
        env.put("PATH", javaHome + "/bin:/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
        env.put("JAVA_HOME", javaHome);
        env.put("HOME", base.resolve("home").toString());
        env.put("TMPDIR", tmp().toString());
        env.put("LANG", "C.UTF-8");
        env.put("CTXBENCH_JAR", base.resolve("benchmarks.jar").toString());
        return pb;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes everything writable again, so that the temporary folder can be removed. */
    void close() throws IOException, InterruptedException {
        command("chmod", "-R", "u+w", base.toString());
    }

    private static boolean isRoot() throws IOException {
        return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
    }

    private static void command(String... argv) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(String.join(" ", argv) + " failed: " + output.strip());
    }

    private static int nthLineStart(String text, int n) {
        int at = 0;
        for (int i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
        return at;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
