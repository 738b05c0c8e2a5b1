package ctxbench.report;

import ctxbench.results.Series;
import java.util.ArrayList;
import java.util.List;

/**
 * The values suite's regions ({@code ValueLookup.*}, {@code SeedValues.*}; Go:
 * {@code experiments/go/values}): lookup in a chain of {@code WithValue} nodes against one
 * aggregated node, grpc-java's {@code Context} and {@code ScopedValue}, where the chain starts to
 * lose, and whether seeds/004's ratio holds.
 *
 * <p>Regions: tables {@code values}, {@code seed-values}; charts {@code values-chain},
 * {@code values-aggregated}; for S ∈ {@code go, model}: text {@code values.S.crossover.K}
 * (K ∈ {@code present, missing}: from which depth on the chain is slower than the aggregated node),
 * num and text {@code values.S.chain-vs-aggregated.D.K} (the chain's time over the aggregated
 * node's at depth D), num {@code values.S.seed004} (one-by-one over aggregated) and text
 * {@code values.S.seed004} (how that compares with the seed's published ratio); num
 * {@code values.seed004.published}.
 */
final class ValueFragments {
    static final String SUITE = "values";
    static final String CHAIN = "ValueLookup.chain";
    static final String AGGREGATED = "ValueLookup.aggregated";
    static final List<String> DEPTHS = List.of("1", "10", "100", "1000");
    static final List<String> KEYS = List.of("present", "missing");
    /** seeds/004's published BenchmarkWithValue (one by one) and BenchmarkWithValue_One (aggregated), ns/op. */
    static final double SEED_ONE_BY_ONE = 420.0;
    static final double SEED_AGGREGATED = 85.99;

    private ValueFragments() {
    }

    /** Every region of the suite. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("values", in -> lookups(in.run())));
        out.add(Fragment.table("seed-values", in -> seedValues(in.run())));
        out.add(ChartLinks.chart("values-chain", ChartLinks.scaling(SUITE, CHAIN, "depth", "time"), "Value lookup in a WithValue chain by depth, log-log",
                ChartLinks.hasScaling(SUITE, CHAIN, "depth", "time"), CHAIN + " rows at two or more depths"));
        out.add(ChartLinks.chart("values-aggregated", ChartLinks.scaling(SUITE, AGGREGATED, "depth", "time"),
                "Value lookup in one aggregated node by entries, log-log", ChartLinks.hasScaling(SUITE, AGGREGATED, "depth", "time"),
                AGGREGATED + " rows at two or more depths"));
        out.add(Fragment.num("values.seed004.published", in -> Fmt.times(SEED_ONE_BY_ONE / SEED_AGGREGATED)));
        for (String source : SeedFragments.SOURCES) {
            for (String key : KEYS) {
                out.add(Fragment.text("values." + source + ".crossover." + key, in -> crossover(in.run(), source, key)));
                for (String d : DEPTHS) {
                    String name = "values." + source + ".chain-vs-aggregated." + d + "." + key;
                    out.add(Fragment.num(name, in -> Fmt.ratio(lookup(in.run(), source, CHAIN, d, key), lookup(in.run(), source, AGGREGATED, d, key))));
                    out.add(Fragment.text(name, in -> Fmt.verdict(lookup(in.run(), source, CHAIN, d, key), lookup(in.run(), source, AGGREGATED, d, key))));
                }
            }
            out.add(Fragment.num("values." + source + ".seed004", in -> Fmt.ratio(seed(in.run(), source, "oneByOne"), seed(in.run(), source, "aggregated"))));
            out.add(Fragment.text("values." + source + ".seed004", in -> againstPublished(in.run(), source)));
        }
        return out;
    }

    private static Series lookup(RunData run, String source, String benchmark, String depth, String key) {
        return run.find(source, SUITE, benchmark, RunData.params("depth", depth, "key", key), "time");
    }

    private static Series seed(RunData run, String source, String method) {
        return run.find(source, SUITE, "SeedValues." + method, RunData.params("n", "5"), "time");
    }

    /** Whether the chain is slower than the aggregated node at this depth (significantly, or by the medians when untested). */
    private static Boolean chainSlower(RunData run, String source, String depth, String key) {
        Series chain = lookup(run, source, CHAIN, depth, key);
        Series agg = lookup(run, source, AGGREGATED, depth, key);
        if (chain == null || agg == null) return null;
        Ratio r = Ratio.of(chain, agg);
        return r.value() > 1 && (!r.tested() || r.significant());
    }

    /**
     * {@code from depth D on}: the smallest measured depth from which on the chain is slower at
     * every larger measured depth; {@code at every measured depth}; {@code at none of the measured depths}.
     */
    static String crossover(RunData run, String source, String key) {
        List<String> measured = new ArrayList<>();
        List<Boolean> slower = new ArrayList<>();
        for (String d : DEPTHS) {
            Boolean s = chainSlower(run, source, d, key);
            if (s != null) {
                measured.add(d);
                slower.add(s);
            }
        }
        if (measured.isEmpty()) return "(no data in this run)";
        int from = measured.size();
        while (from > 0 && slower.get(from - 1)) from--;
        if (from == measured.size()) return "at none of the measured depths";
        if (from == 0) return "at every measured depth";
        return "from depth " + measured.get(from) + " on";
    }

    /** How the measured one-by-one/aggregated ratio compares with seeds/004's. */
    private static String againstPublished(RunData run, String source) {
        Series a = seed(run, source, "oneByOne");
        Series b = seed(run, source, "aggregated");
        if (a == null || b == null) return "not comparable (no data in this run) with";
        Ratio r = Ratio.of(a, b);
        double published = SEED_ONE_BY_ONE / SEED_AGGREGATED;
        if (!r.hasInterval()) return (r.value() < published ? "smaller (no interval) than" : "larger (no interval) than");
        if (r.lo() <= published && published <= r.hi()) return "consistent with";
        return r.hi() < published ? "smaller than" : "larger than";
    }

    private static String lookups(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("depth", "key", "chain: model", "chain: Go", "aggregated: model", "aggregated: Go",
                "grpc Context", "ScopedValue")).whenEmpty("*This run has no ValueLookup rows.*");
        for (String key : KEYS) {
            for (String d : DEPTHS) {
                String params = RunData.params("depth", d, "key", key);
                Series[] cells = {lookup(run, RunData.MODEL, CHAIN, d, key), lookup(run, "go", CHAIN, d, key),
                    lookup(run, RunData.MODEL, AGGREGATED, d, key), lookup(run, "go", AGGREGATED, d, key),
                    run.find("java", SUITE, "ValueLookup.grpc", params, "time"), run.find("java", SUITE, "ValueLookup.scopedValue", params, "time")};
                List<String> row = new ArrayList<>(List.of(d, key));
                boolean any = false;
                for (Series m : cells) {
                    any |= m != null;
                    row.add(Fmt.time(m));
                }
                SeedFragments.noteInterval(t, cells);
                if (any) t.row(row);
            }
        }
        t.note("One op: one ctx.Value(key) lookup with `depth` values set; a present key sits at the root end of the chain "
                + "(the longest walk). grpc Context and ScopedValue exist on the JVM only.");
        return t.render();
    }

    private static String seedValues(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("n = 5 values", "model", "Go", "seeds/004 (published, Go 1.17.6)"))
                .whenEmpty("*This run has no SeedValues rows.*");
        Series[] model = {seed(run, RunData.MODEL, "oneByOne"), seed(run, RunData.MODEL, "aggregated")};
        Series[] go = {seed(run, "go", "oneByOne"), seed(run, "go", "aggregated")};
        if (model[0] == null && model[1] == null && go[0] == null && go[1] == null) return t.render();
        t.row(List.of("one by one: n WithValue calls, read all", Fmt.time(model[0]), Fmt.time(go[0]), Fmt.nanos(SEED_ONE_BY_ONE)));
        t.row(List.of("aggregated: one WithValue of a map, read all", Fmt.time(model[1]), Fmt.time(go[1]), Fmt.nanos(SEED_AGGREGATED)));
        t.row(List.of("one by one ÷ aggregated", Fmt.ratio(model[0], model[1]), Fmt.ratio(go[0], go[1]),
                Fmt.times(SEED_ONE_BY_ONE / SEED_AGGREGATED)));
        SeedFragments.noteInterval(t, model[0], model[1], go[0], go[1]);
        t.note("Ratios: of medians, with the interval from the two 95% median intervals. The seed's numbers are its published "
                + "BenchmarkWithValue and BenchmarkWithValue_One (darwin/amd64, i7-1068NG7).");
        return t.render();
    }
}
