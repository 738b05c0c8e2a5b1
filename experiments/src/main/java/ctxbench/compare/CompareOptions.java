package ctxbench.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The command line of {@code scripts/compare.sh}, parsed and checked. Options take their value as
 * the next argument or after {@code =}; {@code --} ends the options.
 *
 * @param inputs           OLD and NEW, or the one RUN of {@code --sources}
 * @param format           {@code text} or {@code csv}
 * @param filter           only series whose {@code suite/Class.method/params/metric} contains a match
 * @param alpha            significance level of the U test
 * @param failOnRegression exit 3 on a significant regression beyond this many percent; NaN = never
 * @param sources          the two sources to put side by side from one run, or empty
 * @param help             print the usage and nothing else
 */
record CompareOptions(List<Path> inputs, Format format, Pattern filter, double alpha, double failOnRegression,
                      List<String> sources, boolean help) {

    /** The output formats. */
    enum Format { TEXT, CSV }

    /** The usage text of {@code --help}. */
    static final String USAGE = """
            usage: compare.sh [options] OLD NEW
                   compare.sh [options] --sources java,go RUN
            OLD, NEW, RUN: a run folder, a results.csv, or JMH's own -rf json / -rf csv file.
            Per benchmark and metric: medians with 95% confidence intervals, the change, and a two-sided
            Mann-Whitney U test on the raw samples; '~' marks a change that is not significant.
              --format text|csv           aligned table (default) or CSV
              --filter REGEX              only series whose suite/Class.method/params/metric contains a match
              --alpha A                   significance level, 0 < A < 1 (default 0.05)
              --fail-on-regression PCT    exit 3 when a significant change for the worse exceeds PCT percent
              --sources java,go           one RUN: its java rows (model-default parameters) against its go rows
              -h, --help                  this text
            exit status: 0 done, 2 bad input or usage, 3 regression beyond --fail-on-regression
            """;

    /**
     * Parses {@code args}.
     *
     * @throws CompareException with the message to print for any usage error
     */
    static CompareOptions parse(String[] args) throws CompareException {
        List<Path> inputs = new ArrayList<>();
        Format format = Format.TEXT;
        Pattern filter = null;
        double alpha = 0.05;
        double failOn = Double.NaN;
        List<String> sources = List.of();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(Path.of(arg));
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (arg.equals("-h") || arg.equals("--help")) {
                return new CompareOptions(List.of(), format, null, alpha, failOn, sources, true);
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (!List.of("--format", "--filter", "--alpha", "--fail-on-regression", "--sources").contains(name)) {
                throw new CompareException("unknown option " + arg + " (see --help)");
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new CompareException(name + " needs a value");
            }
            switch (name) {
                case "--format" -> format = switch (value) {
                    case "text" -> Format.TEXT;
                    case "csv" -> Format.CSV;
                    default -> throw new CompareException("--format must be text or csv, not '" + value + "'");
                };
                case "--filter" -> filter = regex(value);
                case "--alpha" -> {
                    alpha = number(name, value);
                    if (!(alpha > 0 && alpha < 1)) throw new CompareException("--alpha must be between 0 and 1, not " + value);
                }
                case "--fail-on-regression" -> {
                    failOn = number(name, value);
                    if (!(failOn >= 0) || Double.isInfinite(failOn)) {
                        throw new CompareException("--fail-on-regression must be a percentage >= 0, not " + value);
                    }
                }
                default -> sources = sources(value);
            }
        }
        int expected = sources.isEmpty() ? 2 : 1;
        if (inputs.size() != expected) {
            throw new CompareException(sources.isEmpty()
                    ? "expected OLD and NEW (got " + inputs.size() + " inputs; see --help)"
                    : "--sources compares within one RUN (got " + inputs.size() + " inputs)");
        }
        return new CompareOptions(List.copyOf(inputs), format, filter, alpha, failOn, sources, false);
    }

    private static Pattern regex(String value) throws CompareException {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw new CompareException("--filter: bad regular expression '" + value + "': " + e.getDescription());
        }
    }

    private static double number(String name, String value) throws CompareException {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new CompareException(name + " needs a number, not '" + value + "'");
        }
    }

    private static List<String> sources(String value) throws CompareException {
        String[] parts = value.split(",", -1);
        if (parts.length != 2 || parts[0].equals(parts[1])
                || !List.of("java", "go").contains(parts[0]) || !List.of("java", "go").contains(parts[1])) {
            throw new CompareException("--sources needs two different sources from java, go (e.g. java,go), not '" + value + "'");
        }
        return List.of(parts[0], parts[1]);
    }
}
