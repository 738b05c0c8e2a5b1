package ctxbench.report;

import ctxbench.results.ResultRow;
import ctxbench.results.Series;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load distributions besides the seed scenario, which {@code scripts/load.sh --profile full}
 * measures on the model ({@code suite=load}): how late a timer fires on each timer queue
 * ({@code TimerLateness.fire}), how long a cancel takes to reach the last context of a tree
 * ({@code CancelLatency.propagate}), and an unbuffered channel round trip between two goroutines
 * ({@code ChanHandoff.roundTrip}). Each row summarizes one run of one configuration, so there
 * are no intervals.
 *
 * <p>Regions: table {@code load-distributions}; charts {@code lateness}, {@code cancel-latency},
 * {@code handoff} (the percentile plots {@code latency-percentiles-<experiment>.png}).
 */
final class DistributionFragments {
    /** The benchmarks, in the table's order, and what each measures. */
    private static final List<String> ORDER = List.of("TimerLateness.fire", "CancelLatency.propagate", "ChanHandoff.roundTrip");
    private static final Map<String, String> MEASURES = Map.of(
            "TimerLateness.fire", "timer lateness (fired − due)",
            "CancelLatency.propagate", "cancel → last descendant's Done closed",
            "ChanHandoff.roundTrip", "unbuffered channel round trip");
    private static final List<String> PERCENTILES = List.of("p50", "p99", "p999", "max");

    private DistributionFragments() {
    }

    /** Every region of the other distributions. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("load-distributions", in -> table(in.run())));
        out.add(chart("lateness", "timer-lateness", "TimerLateness.fire", "timer lateness by percentile, per timer queue"));
        out.add(chart("cancel-latency", "cancel-latency", "CancelLatency.propagate", "cancel propagation latency by percentile, per tree"));
        out.add(chart("handoff", "handoff", "ChanHandoff.roundTrip", "unbuffered channel round trip by percentile"));
        return out;
    }

    private static Fragment chart(String name, String prefix, String benchmark, String alt) {
        return ChartLinks.chart(name, "latency-percentiles-" + prefix + ".png", alt,
                run -> run.hdrFiles().stream().anyMatch(f -> f.startsWith(prefix + "-") && f.endsWith(".hgrm")),
                "hdr/" + prefix + "-*.hgrm files (" + benchmark + ", full profile)");
    }

    private static String table(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("experiment", "parameters", "p50", "p99", "p99.9", "max"))
                .whenEmpty("*This run has none of these distributions (the full profile measures them: "
                        + String.join(", ", ORDER) + ").*");
        for (String benchmark : ORDER) {
            Set<String> configurations = new LinkedHashSet<>();
            for (ResultRow r : run.rows("java", LoadFragments.SUITE, benchmark)) configurations.add(r.params());
            for (String params : configurations) {
                List<String> row = new ArrayList<>(List.of(MEASURES.get(benchmark), params.replace(';', ' ')));
                for (String p : PERCENTILES) {
                    Series m = run.find("java", LoadFragments.SUITE, benchmark, params, p);
                    row.add(m == null ? Fmt.NONE : Fmt.nanos(m.nanos().median()));
                }
                t.row(row);
            }
        }
        t.note("The model, one run per configuration (scripts/load.sh --profile full), HdrHistogram percentiles; "
                + "no intervals. Go has no mirror of these three.");
        return t.render();
    }
}
