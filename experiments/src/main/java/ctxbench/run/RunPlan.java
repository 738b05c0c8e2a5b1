package ctxbench.run;

import ctxbench.cli.BadInputException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * What a JMH command line will run, worked out before running it: the trials (one benchmark
 * method with one combination of parameters) selected by the include and exclude regexes, with
 * {@code -p} overrides applied, and an estimate of the wall time.
 *
 * <p>Per trial: (forks + warm-up forks) × ({@link #FORK_OVERHEAD_SECONDS} + warm-up iterations ×
 * warm-up time + iterations × iteration time), with each value from the command line, else the
 * benchmark's annotations, else JMH's defaults. The overhead (JVM start, JMH's set-up, the
 * benchmark's own {@code @Setup}) is what a fork costs on a 2-core machine; JMH's own ETA, shown
 * while the run goes, is better once a few trials have run.
 *
 * @param trials           the trials in JMH's order
 * @param estimatedSeconds the estimated wall time of the whole run
 */
public record RunPlan(List<Trial> trials, double estimatedSeconds) {
    /** Seconds a forked JVM costs beyond its iterations. */
    static final double FORK_OVERHEAD_SECONDS = 1.3;

    /**
     * One benchmark method with one combination of parameter values.
     *
     * @param benchmark the fully qualified JMH name, e.g. {@code ctxbench.bench.seed.SeedRequest.fastPath}
     * @param params    parameter values by name (sorted)
     */
    public record Trial(String benchmark, Map<String, String> params) {}

    /** Plans the run of {@code options} over the benchmarks compiled into this class path. */
    public static RunPlan of(CommandLineOptions options) {
        return of(options, BenchmarkList.defaultList());
    }

    /** Plans the run of {@code options} over {@code list}. */
    static RunPlan of(CommandLineOptions options, BenchmarkList list) {
        List<Trial> trials = new ArrayList<>();
        double seconds = 0;
        for (BenchmarkListEntry e : selected(options, list)) {
            List<Map<String, String>> combinations = combinations(e, options);
            for (Map<String, String> params : combinations) {
                trials.add(new Trial(e.getUsername(), params));
            }
            seconds += combinations.size() * secondsPerTrial(e, options);
        }
        return new RunPlan(List.copyOf(trials), seconds);
    }

    /**
     * Checks the parameters a user gave ({@code -p name=values} after {@code --}) against the
     * benchmarks {@code options} select, so that a typo fails before a run starts instead of
     * failing every trial (or, for a name no benchmark has, being ignored by JMH): the name must
     * be declared by at least one selected benchmark, and where the declared values are words
     * only (an enumeration such as {@code variant} or {@code queue}) each value must be one of
     * them. Values with digits are open: {@code -p live=5000} is a new point, not a typo.
     *
     * @throws BadInputException naming the parameter and what it could be
     */
    public static void checkParameters(CommandLineOptions options, Collection<String> names) throws BadInputException {
        checkParameters(options, names, BenchmarkList.defaultList());
    }

    static void checkParameters(CommandLineOptions options, Collection<String> names, BenchmarkList list)
            throws BadInputException {
        Map<String, Set<String>> declared = new TreeMap<>();
        for (BenchmarkListEntry e : selected(options, list)) {
            e.getParams().orElse(Map.of()).forEach((name, values) ->
                    declared.computeIfAbsent(name, k -> new TreeSet<>()).addAll(Arrays.asList(values)));
        }
        for (String name : names) {
            Set<String> known = declared.get(name);
            if (known == null) {
                throw new BadInputException("-p " + name + ": no selected benchmark has this parameter"
                        + (declared.isEmpty() ? "" : " (they have: " + String.join(", ", declared.keySet()) + ")"));
            }
            boolean enumeration = known.stream().noneMatch(v -> v.chars().anyMatch(Character::isDigit));
            for (String value : options.getParameter(name).orElse(List.of())) {
                if (enumeration && !known.contains(value)) {
                    throw new BadInputException("-p " + name + "=" + value + ": not one of " + String.join(", ", known));
                }
            }
        }
    }

    private static Collection<BenchmarkListEntry> selected(CommandLineOptions options, BenchmarkList list) {
        List<String> includes = options.getIncludes().isEmpty() ? List.of(".*") : options.getIncludes();
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        return list.find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), includes, options.getExcludes());
    }

    /** Every combination of the benchmark's parameters, the command line's values replacing the annotation's. */
    private static List<Map<String, String>> combinations(BenchmarkListEntry e, CommandLineOptions options) {
        List<Map<String, String>> result = new ArrayList<>();
        result.add(new TreeMap<>());
        Map<String, String[]> declared = e.getParams().orElse(Map.of());
        for (Map.Entry<String, String[]> p : new TreeMap<>(declared).entrySet()) {
            Collection<String> values = options.getParameter(p.getKey()).orElse(List.of(p.getValue()));
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : result) {
                for (String v : values) {
                    Map<String, String> m = new TreeMap<>(partial);
                    m.put(p.getKey(), v);
                    next.add(m);
                }
            }
            result = next;
        }
        return result;
    }

    private static double secondsPerTrial(BenchmarkListEntry e, CommandLineOptions o) {
        int forks = o.getForkCount().orElse(e.getForks().orElse(5));
        int warmupForks = o.getWarmupForkCount().orElse(e.getWarmupForks().orElse(0));
        int warmups = o.getWarmupIterations().orElse(e.getWarmupIterations().orElse(5));
        int iterations = o.getMeasurementIterations().orElse(e.getMeasurementIterations().orElse(5));
        // A single-shot iteration runs its batch once, however long that takes (Naive's: one
        // request); it has no time budget, so only the fork's overhead is counted.
        Collection<Mode> modes = o.getBenchModes();
        boolean singleShot = modes.isEmpty() ? e.getMode() == Mode.SingleShotTime
                : modes.size() == 1 && modes.contains(Mode.SingleShotTime);
        double warmupTime = singleShot ? 0 : seconds(o.getWarmupTime().orElse(e.getWarmupTime().orElse(TimeValue.seconds(10))));
        double iterationTime = singleShot ? 0 : seconds(o.getMeasurementTime().orElse(e.getMeasurementTime().orElse(TimeValue.seconds(10))));
        int jvms = Math.max(forks, 1) + warmupForks; // -f 0 runs in the host JVM: no fork, but the iterations still run
        return jvms * ((forks == 0 ? 0 : FORK_OVERHEAD_SECONDS) + warmups * warmupTime + iterations * iterationTime);
    }

    private static double seconds(TimeValue t) {
        return t.convertTo(TimeUnit.MICROSECONDS) / 1e6;
    }

    /** The estimate as text: {@code 42 s}, {@code 9 min}, {@code 1 h 05 min}. */
    public String estimateText() {
        long s = Math.round(estimatedSeconds);
        if (s < 90) {
            return s + " s";
        }
        long min = Math.round(estimatedSeconds / 60);
        return min < 60 ? min + " min" : String.format("%d h %02d min", min / 60, min % 60);
    }
}
