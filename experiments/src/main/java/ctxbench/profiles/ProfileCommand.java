package ctxbench.profiles;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.ErrorLine;
import ctxbench.cli.Exit;
import ctxbench.results.RunFolder;
import ctxbench.seed.SeedVariant;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/profile.sh}: CPU and allocation profiles of the seed variants on the fast path,
 * Go 1.19 and the model side by side, into {@code RUN/profiles/} (layout: {@link ProfileFolders}).
 *
 * <p>Per variant: Go's {@code go test -cpuprofile -memprofile} of
 * {@code BenchmarkSeedRequest_fastPath/variant=V}, and two JMH forks of
 * {@code SeedRequest.fastPath} ({@code queue=go-heap}, {@code sched} as given) under
 * async-profiler (CPU, then allocations; JMH's {@code -prof async}), or under JFR where
 * async-profiler has no library for the platform. Then flame graphs, the category shares
 * ({@link Categories}) of every profile in the folder and their charts.
 *
 * <p>Nothing is written unless everything succeeds: the profiles are made in a staging folder
 * inside RUN and moved into {@code profiles/} at the end; a variant already profiled is refused,
 * not replaced. Exit status: 0 done, 1 a profiler or the file system failed, 2 bad input (one line
 * {@code profile: <what>} on stderr).
 */
@Command(name = "profile.sh", sortOptions = false,
        description = "CPU and allocation profiles of the seed variants (fast path), Go 1.19 and the model side by side, into RUN/profiles/.")
public final class ProfileCommand implements Callable<Integer> {
    /** The tool. */
    public static final CliTool.Entry TOOL = CliTool.named("profile").entry(ProfileCommand::new);

    @Mixin
    CliCommand cli;

    @Parameters(index = "0", paramLabel = "RUN", description = "The run folder (with results.csv) that receives profiles/.")
    Path run;

    @Option(names = "--variant", split = ",", paramLabel = "V", completionCandidates = VariantNames.class,
            description = "Seed variants to profile (repeat or comma-separate): ${COMPLETION-CANDIDATES}. Default: all four.")
    List<String> variants = new ArrayList<>();

    @Option(names = "--sched", defaultValue = "go", paramLabel = "go|vt", description = "The model's goroutine runtime (default: ${DEFAULT-VALUE}).")
    String sched;

    @Option(names = "--event", defaultValue = "auto", paramLabel = "E",
            description = "async-profiler's CPU event: cpu (perf events), itimer or ctimer; auto: cpu where perf events are allowed, else itimer (default: ${DEFAULT-VALUE}).")
    String event;

    @Option(names = "--profiler", defaultValue = "auto", paramLabel = "P",
            description = "The model's profiler: async (async-profiler), jfr (JDK Flight Recorder: CPU samples about 20 ms apart); auto: async where it has a library for this platform, else jfr (default: ${DEFAULT-VALUE}).")
    String profiler;

    @Option(names = "--seconds", defaultValue = "5", paramLabel = "N", description = "Seconds measured per profile (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--redraw", description = "Profile nothing: redraw the flame graphs, categories.csv and charts of RUN/profiles/ from its collapsed stacks (after the category rules changed).")
    boolean redraw;

    @Option(names = "--go-dir", required = true, paramLabel = "DIR", description = "The Go mirror (experiments/go); the script passes it.")
    Path goDir;

    /** The go command (a field so that tests can name one that does not exist). */
    String goCommand = "go";

    /** Command-line entry point; see the class comment. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Override
    public Integer call() throws Exception {
        if (redraw) {
            return redraw();
        }
        ProfilePlan plan = plan();
        Path profiles = ProfileFolders.of(plan.run());
        Path stage = Files.createTempDirectory(plan.run(), ".profiles-");
        Thread cleanup = new Thread(() -> deleteQuietly(stage));
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Optional<Path> lib = Optional.empty();
            if (plan.profiler().equals("async")) {
                lib = ProfilerLibrary.extract(stage);
                if (lib.isEmpty()) {
                    throw new IOException("async-profiler's library is not in " + plan.jar());
                }
            }
            ProfileRunner runner = new ProfileRunner(plan, stage, lib, cli.err());
            for (String variant : plan.variants()) {
                runner.go(variant);
                runner.model(variant);
            }
            for (String side : ProfileFolders.SIDES) {
                for (String variant : plan.variants()) {
                    String cpuUnit = side.equals(ProfileFolders.MODEL) && plan.profiler().equals("jfr") ? "samples" : "ns";
                    ProfileSummary.flameGraphs(stage.resolve(side).resolve(variant), side, variant, cpuUnit);
                }
            }
            for (String side : ProfileFolders.SIDES) {
                Path into = Files.createDirectories(profiles.resolve(side));
                for (String variant : plan.variants()) {
                    Files.move(stage.resolve(side).resolve(variant), into.resolve(variant), StandardCopyOption.ATOMIC_MOVE);
                }
            }
            List<CategoryShare> rows = ProfileSummary.categories(profiles);
            cli.out().println("profile: " + plan.variants().size() + " variant(s) profiled into " + profiles + " ("
                    + rows.size() + " category rows)");
            return Exit.OK;
        } finally {
            deleteQuietly(stage);
            Runtime.getRuntime().removeShutdownHook(cleanup);
        }
    }

    /** {@code --redraw}: everything derived from the collapsed stacks, drawn again. */
    private int redraw() throws Exception {
        checkRunFolder();
        Path profiles = ProfileFolders.of(run);
        if (!Files.isDirectory(profiles)) {
            throw new BadInputException(run + ": no profiles to redraw (no " + RunFolder.PROFILES + "/)");
        }
        for (String side : ProfileFolders.SIDES) {
            for (String variant : SeedVariant.NAMES) {
                Path folder = profiles.resolve(side).resolve(variant);
                if (Files.isDirectory(folder)) {
                    String cpuUnit = Files.exists(folder.resolve("cpu.jfr")) ? "samples" : "ns";
                    ProfileSummary.flameGraphs(folder, side, variant, cpuUnit);
                }
            }
        }
        List<CategoryShare> rows = ProfileSummary.categories(profiles);
        cli.out().println("profile: redrew " + profiles + " (" + rows.size() + " category rows)");
        return Exit.OK;
    }

    /** The run folder exists, is one, and can be written. */
    private void checkRunFolder() throws BadInputException {
        if (!Files.isDirectory(run)) {
            throw new BadInputException(run + ": no such run folder");
        }
        if (!Files.isRegularFile(RunFolder.at(run).resultsCsv())) {
            throw new BadInputException(run + ": not a run folder (no " + RunFolder.RESULTS_CSV + ")");
        }
        if (!Files.isWritable(run)) {
            throw new BadInputException(run + " is not writable");
        }
    }

    /** Checks the options and the machine (Go, the run folder, the jar) before anything is written. */
    ProfilePlan plan() throws BadInputException {
        List<String> chosen = variants.isEmpty() ? SeedVariant.NAMES : variants;
        for (String v : chosen) {
            if (!SeedVariant.NAMES.contains(v)) {
                throw new BadInputException("unknown variant '" + v + "' (known: " + String.join(", ", SeedVariant.NAMES) + ")");
            }
        }
        List<String> ordered = SeedVariant.NAMES.stream().filter(chosen::contains).toList();
        boolean asyncAvailable = ProfilerLibrary.resourceFor(System.getProperty("os.name"), System.getProperty("os.arch")).isPresent();
        String modelProfiler = switch (profiler) {
            case "auto" -> asyncAvailable ? "async" : "jfr";
            case "jfr" -> "jfr";
            case "async" -> {
                if (!asyncAvailable) {
                    throw new BadInputException("async-profiler has no library for " + System.getProperty("os.name") + "/"
                            + System.getProperty("os.arch") + " (use --profiler jfr)");
                }
                yield "async";
            }
            default -> throw new BadInputException("--profiler must be auto, async or jfr, not '" + profiler + "'");
        };
        if (profiler.equals("auto") && !asyncAvailable) {
            cli.err().println("profile: async-profiler has no library for " + System.getProperty("os.name") + "/"
                    + System.getProperty("os.arch") + "; profiling the model with JFR");
        }
        if (!sched.equals("go") && !sched.equals("vt")) {
            throw new BadInputException("--sched must be go or vt, not '" + sched + "'");
        }
        String cpuEvent = switch (event) {
            case "auto" -> perfEventsAllowed() ? "cpu" : "itimer";
            case "cpu", "itimer", "ctimer" -> event;
            default -> throw new BadInputException("--event must be auto, cpu, itimer or ctimer, not '" + event + "'");
        };
        if (seconds < 1 || seconds > 600) {
            throw new BadInputException("--seconds must be between 1 and 600, not " + seconds);
        }
        checkRunFolder();
        refuseExisting(ProfileFolders.of(run), ordered);
        Path goSeed = goDir.resolve("seed");
        if (!Files.isDirectory(goSeed)) {
            throw new BadInputException("no Go mirror at " + goSeed);
        }
        if (!goInstalled(goCommand)) {
            throw new BadInputException("Go is not installed (no 'go' on PATH); install it with scripts/go-bench.sh --install");
        }
        return new ProfilePlan(run.toAbsolutePath().normalize(), ordered, sched, modelProfiler, cpuEvent, seconds, goCommand,
                goSeed.toAbsolutePath().normalize(), thisJar(), Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    /** Refuses variants that {@code profiles} already holds on either side (a profile is never replaced). */
    private static void refuseExisting(Path profiles, List<String> variants) throws BadInputException {
        for (String side : ProfileFolders.SIDES) {
            for (String v : variants) {
                Path existing = profiles.resolve(side).resolve(v);
                if (Files.exists(existing)) {
                    throw new BadInputException(existing + " already exists (profiles are not replaced; remove it to profile again)");
                }
            }
        }
    }

    /** Whether this kernel lets a user process open perf events for itself ({@code perf_event_paranoid} ≤ 2). */
    private static boolean perfEventsAllowed() {
        try {
            return Integer.parseInt(Files.readString(Path.of("/proc/sys/kernel/perf_event_paranoid")).strip()) <= 2;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static boolean goInstalled(String go) {
        try {
            Process p = new ProcessBuilder(go, "version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The jar this class runs from (the shaded benchmarks.jar, which JMH runs). */
    private static Path thisJar() throws BadInputException {
        try {
            Path p = Path.of(ProfileCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                throw new BadInputException("profile must run from the benchmarks jar, not from " + p);
            }
            return p;
        } catch (URISyntaxException e) {
            throw new BadInputException("cannot locate the benchmarks jar: " + e.getMessage());
        }
    }

    private void deleteQuietly(Path stage) {
        try {
            ProfileRunner.deleteTree(stage);
        } catch (IOException e) {
            cli.err().println("profile: could not remove " + stage + ": " + ErrorLine.of(e));
        }
    }

    /** The seed variants' names for {@code --variant}'s help ({@code ${COMPLETION-CANDIDATES}}), in {@link SeedVariant#NAMES} order. */
    static final class VariantNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return SeedVariant.NAMES.iterator();
        }
    }
}
