package ctxbench.profiles;

import ctxbench.time.TimerMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Profiles one seed variant on one side into a staging folder: runs the profiler as a child
 * process (Go's {@code go test -cpuprofile -memprofile}, or JMH with async-profiler or JFR) and
 * leaves, per variant, the raw profiles, their text summaries, {@code cpu.collapsed} and
 * {@code alloc.collapsed} (weights: nanoseconds of CPU, bytes allocated) and
 * {@code commands.txt}, the exact commands that made them.
 *
 * <p>Cost: one {@code go test} of {@link ProfilePlan#seconds()} plus pprof, or two JMH forks
 * (CPU, then allocation) of a 3 s warm-up and {@code seconds} measured, per variant.
 */
final class ProfileRunner {
    /** The JMH benchmark profiled: the seed request's fast path (the worker answers at once). */
    static final String JMH_BENCHMARK = "^ctxbench.bench.seed.SeedRequest.fastPath$";
    /** The Go mirror's benchmark, with one sub-benchmark per variant. */
    static final String GO_BENCHMARK = "^BenchmarkSeedRequest_fastPath$/^variant=%s$";
    /** CPU sampling interval of async-profiler: 1 ms, 1000 samples per second and thread. */
    static final long CPU_INTERVAL_NS = 1_000_000;

    private final ProfilePlan plan;
    private final Path stage;
    private final Optional<Path> asyncLib;
    private final PrintWriter progress;

    /**
     * @param plan     what to profile
     * @param stage    the staging folder: one {@code <side>/<variant>/} folder per profile run
     * @param asyncLib async-profiler's library, or empty for the JFR fallback
     * @param progress where to say what runs
     */
    ProfileRunner(ProfilePlan plan, Path stage, Optional<Path> asyncLib, PrintWriter progress) {
        this.plan = plan;
        this.stage = stage;
        this.asyncLib = asyncLib;
        this.progress = progress;
    }

    /** Profiles {@code variant} on Go 1.19 into {@code stage/go/<variant>/}. */
    void go(String variant) throws IOException, InterruptedException, ProfileFormatException {
        Path dir = Files.createDirectories(stage.resolve(ProfileFolders.GO).resolve(variant));
        Path cpu = dir.resolve("cpu.pprof");
        Path alloc = dir.resolve("alloc.pprof");
        progress.println("profile: Go " + variant + " (" + plan.seconds() + " s)");
        run(dir, plan.goSeedDir(), List.of(plan.go(), "test", "-run", "^$", "-bench", String.format(GO_BENCHMARK, variant),
                "-benchmem", "-benchtime", plan.seconds() + "s", "-count", "1", "-o", stage.resolve("seed.test").toString(),
                "-cpuprofile", cpu.toString(), "-memprofile", alloc.toString()), dir.resolve("go-test.log"));
        pprof(dir, cpu, "cpu", List.of());
        pprof(dir, alloc, "alloc", List.of("-sample_index=alloc_space"));
    }

    /** Text summary and collapsed stacks of one pprof file: {@code <name>-top.txt}, {@code <name>.collapsed}. */
    private void pprof(Path dir, Path profile, String name, List<String> options)
            throws IOException, InterruptedException, ProfileFormatException {
        List<String> top = new ArrayList<>(List.of(plan.go(), "tool", "pprof", "-top", "-nodecount=40"));
        top.addAll(options);
        top.add(profile.toString());
        run(dir, dir, top, dir.resolve(name + "-top.txt"));
        List<String> traces = new ArrayList<>(List.of(plan.go(), "tool", "pprof", "-traces"));
        traces.addAll(options);
        traces.add(profile.toString());
        Path tracesFile = dir.resolve(name + "-traces.txt");
        run(dir, dir, traces, tracesFile);
        Stacks stacks = PprofTraces.parse(Files.readString(tracesFile), tracesFile.toString()).stacks();
        Files.writeString(dir.resolve(name + ".collapsed"), stacks.toCollapsed());
        Files.delete(tracesFile); // the collapsed file holds the same stacks
    }

    /**
     * Profiles {@code variant} in the model (JMH, {@code queue=go-heap}, the plan's {@code sched},
     * Go 1.19's timer mode like the Go side's toolchain) into {@code stage/model/<variant>/}.
     */
    void model(String variant) throws IOException, InterruptedException, ProfileFormatException {
        Path dir = Files.createDirectories(stage.resolve(ProfileFolders.MODEL).resolve(variant));
        for (String profile : ProfileFolders.PROFILE_KINDS) {
            progress.println("profile: model " + variant + " " + profile + " (3 s warm-up, " + plan.seconds() + " s)");
            Path out = Files.createDirectories(dir.resolve("jmh-" + profile));
            List<String> cmd = new ArrayList<>(List.of(plan.java().toString(), "--enable-native-access=ALL-UNNAMED",
                    "-jar", plan.jar().toString(), JMH_BENCHMARK, "-p", "variant=" + variant, "-p", "queue=go-heap",
                    "-p", "sched=" + plan.sched(), "-p", "timers=" + TimerMode.GO1_19.label(),
                    "-f", "1", "-wi", "3", "-w", "1s", "-i", String.valueOf(plan.seconds()), "-r", "1s",
                    "-jvmArgsAppend", "--enable-native-access=ALL-UNNAMED", "-prof", profilerOption(profile, out)));
            run(dir, dir, cmd, dir.resolve(profile + "-jmh.log"));
            Path raw = out.resolve("raw.collapsed");
            if (asyncLib.isPresent()) {
                Files.move(only(out, "collapsed-"), raw);
                Files.move(only(out, "summary-"), dir.resolve(profile + "-top.txt"));
            } else {
                Path jfr = dir.resolve(profile + ".jfr");
                Files.move(only(out, "profile.jfr"), jfr);
                JfrCollapsed.convert(jfr, profile, raw);
            }
            Stacks stacks = Stacks.parseCollapsed(Files.readString(raw), raw.toString()).mapFrames(ProfileRunner::withoutAddress);
            Files.writeString(dir.resolve(profile + ".collapsed"), stacks.toCollapsed());
            deleteTree(out);
        }
    }

    /** A hidden class's address in a frame name, e.g. the {@code 0x0000000050063c38} of {@code G$$Lambda.0x0000000050063c38.run}. */
    private static final Pattern HIDDEN_CLASS_ADDRESS = Pattern.compile("([$./])0x[0-9a-f]{6,}");

    /**
     * {@code frame} without the addresses the JVM gives hidden classes (lambdas, method handles):
     * they change from run to run, so two profiles of the same code would not merge.
     */
    static String withoutAddress(String frame) {
        return HIDDEN_CLASS_ADDRESS.matcher(frame).replaceAll("$1*");
    }

    /** JMH's {@code -prof} value: async-profiler with collapsed and text output (weights as totals), or JFR. */
    private String profilerOption(String profile, Path out) {
        if (asyncLib.isEmpty()) {
            return "jfr:dir=" + out;
        }
        String event = profile.equals("cpu") ? "event=" + plan.event() + ";interval=" + CPU_INTERVAL_NS : "event=alloc";
        return "async:libPath=" + asyncLib.get() + ";output=collapsed,text;dir=" + out + ";" + event + ";rawCommand=total";
    }

    /** The one file under {@code out} (JMH puts it in a folder named after the benchmark) whose name starts with {@code prefix}. */
    private static Path only(Path out, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            List<Path> found = files.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().startsWith(prefix)).toList();
            if (found.size() != 1) {
                throw new IOException(out + ": expected one " + prefix + "* file from the profiler, found " + found.size());
            }
            return found.get(0);
        }
    }

    /**
     * Runs {@code cmd} in {@code workDir} with its output (both streams) in {@code output}, and
     * appends the command to {@code dir/commands.txt} (the staging folder written {@code $STAGE}). A non-zero exit is an {@link IOException}
     * that quotes the output's last line.
     */
    private void run(Path dir, Path workDir, List<String> cmd, Path output) throws IOException, InterruptedException {
        Path commands = dir.resolve("commands.txt");
        if (!Files.exists(commands)) {
            Files.writeString(commands, "# " + plan.commandLine() + "\n# $STAGE: the staging folder inside the run folder;"
                    + " $STAGE/<side>/<variant> became profiles/<side>/<variant>\n");
        }
        String line = "(cd " + workDir + " && " + shellQuoted(cmd) + ")\n";
        Files.writeString(commands, line.replace(stage.toString(), "$STAGE"), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            int exit = p.waitFor();
            if (exit != 0) {
                List<String> lines = Files.readAllLines(output);
                String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
                throw new IOException(cmd.get(0) + " " + cmd.get(1) + " failed (exit " + exit + "): " + last);
            }
        } finally {
            p.destroyForcibly();
        }
    }

    /** {@code cmd} as a shell line: words with anything but safe characters in single quotes. */
    static String shellQuoted(List<String> cmd) {
        StringBuilder sb = new StringBuilder();
        for (String word : cmd) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(word.matches("[A-Za-z0-9_./=:,+@-]+") ? word : "'" + word.replace("'", "'\\''") + "'");
        }
        return sb.toString();
    }

    /** Deletes {@code root} and everything under it, if it exists. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
