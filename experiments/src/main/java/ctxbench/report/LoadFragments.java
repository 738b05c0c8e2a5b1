package ctxbench.report;

import ctxbench.results.DecimalText;
import ctxbench.results.ModelDefaults;
import ctxbench.results.Params;
import ctxbench.results.ResultRow;
import ctxbench.results.Series;
import ctxbench.seed.SeedVariant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load experiment's regions ({@code SeedLoad.openLoop}, {@code suite=load}; Go:
 * {@code experiments/go/load}): latency percentiles per variant, live timers, heap and goroutines
 * per request, and the time-series and percentile charts from {@code hdr/}.
 *
 * <p>Which rows: the model's on the Go heap and the model of Go's scheduler ({@code queue=go-heap},
 * {@code sched=go}; runs made before {@code sched} existed have no {@code sched}, and their rows
 * count: {@link ModelDefaults}) at one rate and slow share (slow share 0 when the run has it, else
 * the first in the file), and Go's at the model's rate and share when the run has them, else its
 * own first. Rows with {@code sched=vt} are not the model's here. Each row summarizes one run, so
 * there are no intervals or tests here; the tables say which parameters they show. The charts and
 * time series are those of the same rows: {@code hdr/<variant>-go-heap-go*} files, or in older
 * runs {@code hdr/<variant>-go-heap*}.
 *
 * <p>Regions: tables {@code load-latency}, {@code load-resources}; charts {@code latency},
 * {@code timeseries.V} for each variant V; nums {@code load.S.rate} (S ∈ {@code model, go}),
 * {@code load.model.expected-live-timers} (rate × the seed's 200 ms), {@code load.S.M.V} for
 * metrics M ∈ {@code p50, p99, p999, max} (and for the model {@code peak_live_timers},
 * {@code peak_heap}, {@code goroutines}), and {@code load.S.M.V-vs-after} (latencies only) with
 * matching text regions.
 */
final class LoadFragments {
    static final String SUITE = "load";
    static final String BENCHMARK = "SeedLoad.openLoop";
    /** The seed's timeout, in seconds: an un-stopped timer stays queued this long. */
    private static final double SEED_TIMEOUT_SECONDS = SeedVariant.SEED_TIMEOUT.toNanos() / 1e9;
    private static final List<String> LATENCIES = List.of("p50", "p99", "p999", "max");
    private static final List<String> RESOURCES = List.of("peak_live_timers", "peak_heap", "goroutines");
    /** What the model's seed-scenario files in {@code hdr/} are named after the variant: queue and runtime. */
    static final String MODEL_FILES = "-go-heap-go";
    /** The same in runs made before {@code sched} existed (virtual threads): the queue only. */
    static final String OLD_MODEL_FILES = "-go-heap";
    /** The variant the latencies are compared with ({@code load.S.M.V-vs-after}): the seed's "after". */
    private static final String AFTER = SeedVariant.AFTER.variantName;

    private LoadFragments() {
    }

    /** Every region of the load experiment. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("load-latency", in -> latency(in.run())));
        out.add(Fragment.table("load-resources", in -> resources(in.run())));
        out.add(Fragment.chart("latency", in -> {
            boolean bySched = hasHgrm(in.run(), MODEL_FILES);
            return ChartLinks.link(in, bySched ? ChartLinks.LATENCY_SCHED_GO : ChartLinks.LATENCY,
                    "seed request latency by percentile, model on go-heap and Go", bySched || hasHgrm(in.run(), OLD_MODEL_FILES),
                    "hdr/*" + MODEL_FILES + ".hgrm files");
        }));
        for (String v : SeedVariant.NAMES) {
            out.add(Fragment.chart("timeseries." + v, in -> {
                String csv = timeSeriesFile(in.run(), v);
                return ChartLinks.link(in, ChartLinks.timeSeries(csv == null ? v : csv),
                        v + ": live timers, heap after GC, goroutines and rate over time (model, go-heap)",
                        csv != null, "hdr/" + v + MODEL_FILES + "-timeseries.csv");
            }));
        }
        for (String source : SeedFragments.SOURCES) {
            out.add(Fragment.num("load." + source + ".rate", in -> {
                Map<String, String> p = chosen(in.run(), source);
                return p == null ? Fmt.NONE : Fmt.count(DecimalText.parse(p.get("rate"))) + " req/s";
            }));
            List<String> metrics = new ArrayList<>(LATENCIES);
            if (source.equals(RunData.MODEL)) metrics.addAll(RESOURCES);
            for (String metric : metrics) {
                for (String v : SeedVariant.NAMES) {
                    out.add(Fragment.num("load." + source + "." + metric + "." + v, in -> cell(find(in.run(), source, v, metric), metric)));
                    if (LATENCIES.contains(metric) && !v.equals(AFTER)) {
                        String name = "load." + source + "." + metric + "." + v + "-vs-" + AFTER;
                        out.add(Fragment.num(name, in -> Fmt.ratio(find(in.run(), source, v, metric), find(in.run(), source, AFTER, metric))));
                        out.add(Fragment.text(name, in -> Fmt.verdict(find(in.run(), source, v, metric), find(in.run(), source, AFTER, metric))));
                    }
                }
            }
        }
        out.add(Fragment.num("load.model.expected-live-timers", in -> {
            Map<String, String> p = chosen(in.run(), RunData.MODEL);
            return p == null ? Fmt.NONE : Fmt.count(Math.round(DecimalText.parse(p.get("rate")) * SEED_TIMEOUT_SECONDS));
        }));
        return out;
    }

    /**
     * The rate and slow share whose rows a source's tables show, or null when the run has no load
     * rows of that source (see the class comment).
     */
    static Map<String, String> chosen(RunData run, String source) {
        List<Map<String, String>> candidates = new ArrayList<>();
        String rowSource = source.equals(RunData.MODEL) ? "java" : source;
        for (ResultRow r : run.rows(rowSource, SUITE, BENCHMARK)) {
            Map<String, String> p = new LinkedHashMap<>(Params.parse(r.params()));
            if (source.equals(RunData.MODEL) && ModelDefaults.goParams(r.params()).isEmpty()) continue;
            Map<String, String> rateSlow = Map.of("rate", p.getOrDefault("rate", ""), "slow", p.getOrDefault("slow", ""));
            if (!candidates.contains(rateSlow)) candidates.add(rateSlow);
        }
        if (candidates.isEmpty()) return null;
        if (!source.equals(RunData.MODEL)) {
            Map<String, String> model = chosen(run, RunData.MODEL);
            if (model != null && candidates.contains(model)) return model;
        }
        for (Map<String, String> c : candidates) {
            if (isZero(c.get("slow"))) return c;
        }
        return candidates.get(0);
    }

    private static boolean isZero(String text) {
        try {
            return DecimalText.parse(text) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One metric of one variant at the chosen parameters, or null. */
    static Series find(RunData run, String source, String variant, String metric) {
        Map<String, String> p = chosen(run, source);
        if (p == null) return null;
        return run.find(source, SUITE, BENCHMARK, RunData.params("rate", p.get("rate"), "slow", p.get("slow"), "variant", variant), metric);
    }

    private static String cell(Series m, String metric) {
        if (m == null) return Fmt.NONE;
        return switch (metric) {
            case "peak_heap" -> Fmt.bytes(m);
            case "peak_live_timers", "goroutines" -> Fmt.count(m);
            default -> Fmt.nanos(m.nanos().median());
        };
    }

    private static String describe(RunData run, String source) {
        Map<String, String> p = chosen(run, source);
        if (p == null) return (source.equals("go") ? "Go" : "model") + ": no rows in this run";
        return (source.equals("go") ? "Go" : "model (" + modelParams(run) + ")") + ": " + p.get("rate") + " req/s, slow share " + p.get("slow");
    }

    /** The model's Java-only parameters, as the tables say them: {@code queue=go-heap}, and {@code sched=go} when the rows have it. */
    private static String modelParams(RunData run) {
        for (ResultRow r : run.rows("java", SUITE, BENCHMARK)) {
            if (Params.parse(r.params()).containsKey("sched") && ModelDefaults.goParams(r.params()).isPresent()) {
                return "queue=go-heap, sched=go";
            }
        }
        return "queue=go-heap";
    }

    private static String latency(RunData run) {
        List<String> header = new ArrayList<>(List.of("variant"));
        for (String s : List.of("model", "Go")) for (String m : List.of("p50", "p99", "p99.9", "max")) header.add(s + ": " + m);
        MarkdownTable t = new MarkdownTable(header).whenEmpty("*This run has no load rows (" + BENCHMARK + ").*");
        for (String v : SeedVariant.NAMES) {
            List<String> row = new ArrayList<>(List.of(v));
            boolean any = false;
            for (String source : SeedFragments.SOURCES) {
                for (String m : LATENCIES) {
                    Series x = find(run, source, v, m);
                    any |= x != null;
                    row.add(cell(x, m));
                }
            }
            if (any) t.row(row);
        }
        t.note("Latency of each request from its intended start (open loop, coordinated-omission corrected); one run per variant, "
                + "so no intervals. " + describe(run, RunData.MODEL) + "; " + describe(run, "go") + ".");
        return t.render();
    }

    private static String resources(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("variant", "model: peak live timers", "un-stopped timers expected (rate × 200 ms)",
                "model: peak heap after GC", "model: goroutines per request", "model: achieved rate"))
                .whenEmpty("*This run has no load rows of the model (" + BENCHMARK + ", queue=go-heap).*");
        Map<String, String> p = chosen(run, RunData.MODEL);
        for (String v : SeedVariant.NAMES) {
            Series timers = find(run, RunData.MODEL, v, "peak_live_timers");
            Series rate = find(run, RunData.MODEL, v, "rate");
            if (timers == null && rate == null) continue;
            String expected = SeedVariant.named(v).leavesTimerQueued && p != null
                    ? Fmt.count(Math.round(DecimalText.parse(p.get("rate")) * SEED_TIMEOUT_SECONDS)) : "0 (stops its timer)";
            t.row(List.of(v, cell(timers, "peak_live_timers"), expected, cell(find(run, RunData.MODEL, v, "peak_heap"), "peak_heap"),
                    cell(find(run, RunData.MODEL, v, "goroutines"), "goroutines"), rate == null ? Fmt.NONE : Fmt.count(rate) + " req/s"));
        }
        t.note(describe(run, RunData.MODEL) + ". Live timers: entries in the model's Go heap, which (like Go's) keeps a stopped timer "
                + "until it surfaces, so a variant that stops its timer can still show a few. Goroutines per request: every goroutine "
                + "started, the request's own and the worker's included.");
        return t.render();
    }

    /**
     * The name of the variant's time-series file of the model in {@code hdr/}, or null: on the Go
     * heap and the go runtime ({@code <variant>-go-heap-go[-slow<share>]-timeseries.csv}), else, in
     * a run made before {@code sched} existed, on the Go heap ({@code <variant>-go-heap[-slow<share>]-timeseries.csv});
     * slow share 0 first.
     */
    private static String timeSeriesFile(RunData run, String variant) {
        for (String prefix : List.of(variant + MODEL_FILES, variant + OLD_MODEL_FILES)) {
            String exact = prefix + "-timeseries.csv";
            if (run.hdrFiles().contains(exact)) return exact;
            for (String f : run.hdrFiles()) {
                if (f.startsWith(prefix + "-slow") && f.endsWith("-timeseries.csv")) return f;
            }
        }
        return null;
    }

    /** Whether {@code hdr/} has a seed-scenario percentile file {@code <variant><suffix>.hgrm}. */
    private static boolean hasHgrm(RunData run, String suffix) {
        return run.hdrFiles().stream().anyMatch(f -> SeedVariant.NAMES.stream().anyMatch(v -> f.equals(v + suffix + ".hgrm")));
    }
}
