package ctxbench.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import ctxbench.results.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fields of a run's env.json that {@code docs/results-format.md} lists, at the start and at the end. */
class EnvJsonTest {
    @TempDir
    Path dir;

    private static JsonObject started(Path repository) {
        return EnvJson.atStart(new EnvJson.Start("20261126T0300Z-quick-jdk25", "quick", "--profile quick --suite seed",
                List.of("-f", "1", "-prof", "gc", "seed"), 24, Instant.parse("2026-11-26T03:00:12Z"), repository));
    }

    @Test
    void atTheStartTheRunIsIncompleteAndDescribesMachineJdkAndJmh() {
        JsonObject env = started(dir);
        assertEquals(Set.of("source", "runId", "profile", "args", "start", "complete", "machine", "jdk", "jvm", "jmh"), env.keySet(),
                "no git outside a git work tree, no end yet");
        assertEquals("java", env.get("source").getAsString());
        assertEquals("20261126T0300Z-quick-jdk25", env.get("runId").getAsString());
        assertEquals("quick", env.get("profile").getAsString());
        assertEquals("--profile quick --suite seed", env.get("args").getAsString());
        assertEquals("2026-11-26T03:00:12Z", env.get("start").getAsString());
        assertFalse(env.get("complete").getAsBoolean());
        JsonObject machine = env.getAsJsonObject("machine");
        assertTrue(machine.keySet().containsAll(Set.of("cores", "memory", "os", "kernel", "arch")), machine.toString());
        assertEquals(Runtime.getRuntime().availableProcessors(), machine.get("cores").getAsInt());
        assertEquals(System.getProperty("os.version"), machine.get("kernel").getAsString());
        JsonObject jdk = env.getAsJsonObject("jdk");
        assertEquals(System.getProperty("java.vendor"), jdk.get("vendor").getAsString());
        assertEquals(System.getProperty("java.runtime.version"), jdk.get("version").getAsString());
        assertEquals(System.getProperty("java.home"), jdk.get("home").getAsString());
        JsonObject jmh = env.getAsJsonObject("jmh");
        assertEquals("1.37", jmh.get("version").getAsString());
        assertEquals(List.of("-f", "1", "-prof", "gc", "seed"), strings(jmh.getAsJsonArray("arguments")));
        assertEquals(24, jmh.get("trials").getAsInt());
    }

    @Test
    void inAGitWorkTreeTheCommitAndDirtyFlagAreRecorded() throws IOException, InterruptedException {
        assertEquals(0, git("init", "-q"));
        Files.writeString(dir.resolve("a.txt"), "a");
        assertEquals(0, git("add", "a.txt"));
        assertEquals(0, git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "a"));
        JsonObject clean = EnvJson.git(dir);
        assertTrue(clean.get("commit").getAsString().matches("[0-9a-f]{40}"), clean.toString());
        assertFalse(clean.get("dirty").getAsBoolean());
        Files.writeString(dir.resolve("untracked.txt"), "new");
        assertFalse(EnvJson.git(dir).get("dirty").getAsBoolean(), "untracked files do not count");
        Files.writeString(dir.resolve("a.txt"), "changed");
        assertTrue(EnvJson.git(dir).get("dirty").getAsBoolean());
        assertTrue(started(dir).has("git"));
    }

    @Test
    void outsideGitThereIsNoGitObject() {
        assertNull(EnvJson.git(dir));
    }

    @Test
    void whenJmhEndsItHoldsTheFlagsAndMissingTrialsAndRoundTrips() throws IOException {
        JsonObject env = started(dir);
        EnvJson.recordJmh(env, true, List.of("-Xmx2g"), List.of("SeedRequest.fastPath queue=jdk;variant=after"));
        RunFolder.at(dir).writeEnv(env);
        JsonObject read = RunFolder.at(dir).readEnv();
        assertEquals(env, read);
        assertEquals(List.of("-Xmx2g"), strings(read.getAsJsonObject("jvm").getAsJsonArray("flags")));
        assertEquals(List.of("SeedRequest.fastPath queue=jdk;variant=after"), strings(read.getAsJsonArray("missing")));
    }

    @Test
    void anIncompleteRunHasNoMissingList() {
        JsonObject env = started(dir);
        EnvJson.recordJmh(env, false, List.of(), List.of());
        assertFalse(env.get("complete").getAsBoolean(), "until published");
        assertFalse(env.has("missing"));
    }

    @Test
    void theJvmFlagsComeFromEveryBenchmarkInJmhJson() {
        String json = "[{\"benchmark\":\"a.B.c\",\"jvmArgs\":[\"-Xmx1g\",\"-XX:+UseG1GC\"]},"
                + "{\"benchmark\":\"a.B.d\",\"jvmArgs\":[\"-Xmx1g\",\"--enable-preview\"]}]";
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC", "--enable-preview"), EnvJson.jvmFlags(JsonParser.parseString(json)));
    }

    /**
     * Runs git in the temporary folder, on a repository of its own: without the variables that would
     * point it at another repository (git sets {@code GIT_DIR} for its hooks: a build run from one
     * would otherwise commit into the user's repository) and without the user's or the system's
     * configuration ({@code commit.gpgsign}, hooks, templates), so that the commit below succeeds
     * on any machine.
     */
    private int git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().keySet().removeIf(name -> name.startsWith("GIT_"));
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        return pb.start().waitFor();
    }

    private static List<String> strings(JsonArray a) {
        return StreamSupport.stream(a.spliterator(), false).map(e -> e.getAsString()).collect(Collectors.toList());
    }
}
