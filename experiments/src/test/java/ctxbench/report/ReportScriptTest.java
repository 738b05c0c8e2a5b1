package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.cli.Exit;
import ctxbench.testing.RunFixture;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scripts/report.sh} itself: it passes its arguments through (so {@code --report} can point
 * it at a copy) and its exit status back, and refuses a missing {@code CTXBENCH_JAR}. The jar it
 * runs here is an empty one whose manifest puts this test's class path on its own.
 */
@Timeout(60)
class ReportScriptTest {
    @TempDir
    Path dir;

    private static Path script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path s = d.resolve("scripts/report.sh");
            if (Files.isRegularFile(s)) return s;
        }
        throw new IllegalStateException("scripts/report.sh not found above " + Path.of("").toAbsolutePath());
    }

    /** An empty jar whose Class-Path is this JVM's class path. */
    private Path classPathJar() throws IOException {
        List<String> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Path jar = dir.resolve("classpath.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    private record Result(int status, String out, String err) {}

    private Result script(String jar, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script().toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("CTXBENCH_JAR", jar);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out, err);
    }

    @Test
    void regeneratesACopyOfTheReportAndPassesCheckFailuresOn() throws Exception {
        Path run = new RunFixture().add("go", "other", "Other.thing", "", "time", "ns/op", 1, 2, 3)
                .write(dir.resolve("results/run"));
        Path report = Files.copy(ReportFixture.repositoryReport(), dir.resolve("REPORT.md"));
        String jar = classPathJar().toString();
        Result write = script(jar, "--report", report.toString(), run.toString());
        assertEquals(0, write.status(), write.err());
        assertTrue(write.out().startsWith("report: " + report + " "), write.out());
        Files.writeString(report, Files.readString(report) + "\n![gone](results/run/charts/gone.png)\n");
        Result check = script(jar, "--report", report.toString(), "--check", run.toString());
        assertEquals(Exit.OUT_OF_DATE, check.status(), check.err());
        assertEquals("report: " + report + " links results/run/charts/gone.png, which does not exist\n", check.err());
    }

    @Test
    void aMissingJarIsOneLineExitTwo() throws Exception {
        Result r = script(dir.resolve("none.jar").toString(), dir.toString());
        assertEquals(2, r.status());
        assertEquals("report: CTXBENCH_JAR=" + dir.resolve("none.jar") + ": no such file\n", r.err());
    }
}
