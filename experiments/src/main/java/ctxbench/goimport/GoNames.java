package ctxbench.goimport;

import ctxbench.results.Params;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Maps a Go benchmark (package and name without the {@code -N} suffix) to the result schema's
 * suite, {@code Class.method} and canonical params, as {@code docs/benchmarks.md} says:
 * <ul>
 *   <li>the mirror, package {@code ctxbench/<suite>}: {@code Benchmark<Class>_<method>} with one
 *       sub-benchmark level per parameter, {@code key=value}:
 *       {@code BenchmarkSeedRequest_fastPath/variant=after} → suite {@code seed},
 *       {@code SeedRequest.fastPath}, params {@code variant=after};</li>
 *   <li>Go's own benchmarks, suite {@code gobench}: package {@code context} → class
 *       {@code ContextBench}, package {@code runtime} → {@code ChanBench}; the method is Go's name
 *       without {@code Benchmark}: {@code BenchmarkCancelTree/depth=1/Root=Background} →
 *       {@code ContextBench.CancelTree}, params {@code Root=Background;depth=1}.</li>
 * </ul>
 * In both, a sub-benchmark segment without {@code =} is joined to the method with {@code _}
 * ({@code BenchmarkCheckCanceled/Err} → {@code ContextBench.CheckCanceled_Err}).
 *
 * @param suite     the suite
 * @param benchmark {@code Class.method}
 * @param params    canonical params
 */
public record GoNames(String suite, String benchmark, String params) {
    /** The module path of the Go mirror ({@code experiments/go/go.mod}). */
    public static final String MODULE = "ctxbench";
    /** The suite of Go's own benchmarks. */
    public static final String GOBENCH = "gobench";
    /** GOROOT package → Java class of suite {@code gobench}. */
    public static final Map<String, String> GOROOT_CLASSES = Map.of("context", "ContextBench", "runtime", "ChanBench");

    private static final String PREFIX = "Benchmark";

    /**
     * Maps one benchmark.
     *
     * @throws IllegalArgumentException when the package is neither the mirror's nor a mapped GOROOT
     *                                  package, or the name does not follow the naming rule
     */
    public static GoNames of(String pkg, String name) {
        if (pkg == null) throw new IllegalArgumentException(name + ": no 'pkg:' line before it");
        if (!name.startsWith(PREFIX) || name.length() == PREFIX.length()) {
            throw new IllegalArgumentException(name + ": not a Benchmark name");
        }
        String[] segments = name.substring(PREFIX.length()).split("/", -1);
        String suite;
        String className;
        StringBuilder method = new StringBuilder();
        if (GOROOT_CLASSES.containsKey(pkg)) {
            suite = GOBENCH;
            className = GOROOT_CLASSES.get(pkg);
            method.append(segments[0]);
        } else if (pkg.startsWith(MODULE + "/") && pkg.indexOf('/', MODULE.length() + 1) < 0) {
            suite = pkg.substring(MODULE.length() + 1);
            int us = segments[0].indexOf('_');
            if (us <= 0 || us == segments[0].length() - 1) {
                throw new IllegalArgumentException(pkg + "." + name + ": not Benchmark<Class>_<method>");
            }
            className = segments[0].substring(0, us);
            method.append(segments[0], us + 1, segments[0].length());
        } else {
            throw new IllegalArgumentException(pkg + "." + name + ": package " + pkg
                    + " is neither the mirror (" + MODULE + "/<suite>) nor one of " + GOROOT_CLASSES.keySet());
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 1; i < segments.length; i++) {
            String s = segments[i];
            if (s.isEmpty()) throw new IllegalArgumentException(pkg + "." + name + ": empty sub-benchmark name");
            int eq = s.indexOf('=');
            if (eq < 0) {
                method.append('_').append(s);
            } else {
                String key = s.substring(0, eq);
                if (params.put(key, s.substring(eq + 1)) != null) {
                    throw new IllegalArgumentException(pkg + "." + name + ": parameter " + key + " twice");
                }
            }
        }
        try {
            return new GoNames(suite, className + "." + method, Params.canonical(params));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(pkg + "." + name + ": " + e.getMessage(), e);
        }
    }
}
