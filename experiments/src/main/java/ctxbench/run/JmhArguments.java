package ctxbench.run;

import ctxbench.bench.prof.ContextSwitchProfiler;
import ctxbench.cli.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * The JMH command line of one {@code bench.sh} run: the profile's options, overridden by the
 * options given after {@code --}, then {@code -prof gc} and
 * {@code -prof ctxbench.bench.prof.ContextSwitchProfiler} (always) and the include regexes
 * ({@code --suite} and any positional arguments after {@code --}). {@code bench.sh} adds the
 * result file ({@code -rf json -rff <run>/jmh.json}) itself, so those options, {@code -o}
 * and JMH's listing and help flags are refused here.
 *
 * <p>Override rule: an option after {@code --} replaces every profile occurrence of the same
 * option; for {@code -p} only the profile's values of the same parameter, for {@code -prof}
 * the same profiler. Every JMH option except the refused flags takes exactly one value.
 */
public final class JmhArguments {
    /** Options that {@code bench.sh} owns or that would stop JMH from running benchmarks. */
    static final Set<String> REFUSED = Set.of("-rf", "-rff", "-o", "-l", "-lp", "-lrf", "-lprof", "-h");
    /** The allocation profiler, which every run has. */
    static final String ALLOCATION_PROFILER = "gc";
    /** The OS context-switch profiler, which every run has too. */
    static final String CONTEXT_SWITCH_PROFILER = ContextSwitchProfiler.class.getName();
    /** The profilers every run has, in this order after the other options. */
    static final List<String> PROFILERS = List.of(ALLOCATION_PROFILER, CONTEXT_SWITCH_PROFILER);

    private final List<String> arguments;
    private final CommandLineOptions options;
    private final List<String> userParameters;

    private JmhArguments(List<String> arguments, CommandLineOptions options, List<String> userParameters) {
        this.arguments = List.copyOf(arguments);
        this.options = options;
        this.userParameters = List.copyOf(userParameters);
    }

    /**
     * Builds and checks the command line.
     *
     * @param suiteRegex {@code --suite}'s regex, or {@code null} for every benchmark
     * @param extra      the arguments after {@code --}
     * @throws BadInputException if an extra argument is refused or misses its value, or JMH rejects the result
     */
    public static JmhArguments of(Profile profile, String suiteRegex, List<String> extra) throws BadInputException {
        Map<String, List<String>> merged = new LinkedHashMap<>();
        List<String> includes = new ArrayList<>();
        parse(profile.jmhOptions(), merged, includes, "profile " + profile.id());
        Map<String, List<String>> user = new LinkedHashMap<>();
        parse(extra, user, includes, "after --");
        merged.keySet().removeAll(user.keySet());
        merged.putAll(user);
        for (String profiler : PROFILERS) {
            merged.putIfAbsent(key("-prof", profiler), List.of("-prof", profiler));
        }
        if (suiteRegex != null) {
            includes.add(0, suiteRegex);
        }
        for (String include : includes) {
            try {
                Pattern.compile(include);
            } catch (PatternSyntaxException e) {
                throw new BadInputException((include.equals(suiteRegex) ? "--suite" : "benchmark pattern") + " '" + include
                        + "' is not a valid regex: " + e.getDescription());
            }
        }
        List<String> args = new ArrayList<>();
        merged.values().forEach(args::addAll);
        args.addAll(includes);
        try {
            List<String> userParameters = user.keySet().stream()
                    .filter(k -> k.startsWith("-p ")).map(k -> k.substring(3)).toList();
            return new JmhArguments(args, new CommandLineOptions(args.toArray(String[]::new)), userParameters);
        } catch (CommandLineOptionException e) {
            throw new BadInputException("bad JMH arguments: " + e.getMessage());
        }
    }

    /** The JMH arguments, in order, without the result file options. */
    public List<String> arguments() {
        return arguments;
    }

    /** The names of the parameters given after {@code --} ({@code -p name=values}), to check against the benchmarks. */
    public List<String> userParameters() {
        return userParameters;
    }

    /** The same arguments as JMH parses them. */
    public CommandLineOptions options() {
        return options;
    }

    private static void parse(List<String> tokens, Map<String, List<String>> options, List<String> includes, String where)
            throws BadInputException {
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (!token.startsWith("-") || token.length() == 1) {
                includes.add(token);
                continue;
            }
            if (REFUSED.contains(token)) {
                throw new BadInputException("JMH option " + token + " is not allowed " + where + " (bench.sh writes jmh.json itself)");
            }
            if (i + 1 >= tokens.size()) {
                throw new BadInputException("JMH option " + token + " needs a value");
            }
            String value = tokens.get(++i);
            String k = key(token, value);
            List<String> pair = List.of(token, value);
            if (token.equals("-e") || token.equals("-jvmArgsAppend") || token.equals("-jvmArgsPrepend")) {
                // Repeatable options with no identity of their own: keep every occurrence.
                options.merge(k, pair, (a, b) -> {
                    List<String> both = new ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            } else {
                options.put(k, pair);
            }
        }
    }

    /** The identity an option has for overriding: the option, plus the parameter for -p and the profiler for -prof. */
    private static String key(String option, String value) {
        return switch (option) {
            case "-p" -> option + " " + value.split("=", 2)[0];
            case "-prof" -> option + " " + value.split(":", 2)[0];
            default -> option;
        };
    }
}
