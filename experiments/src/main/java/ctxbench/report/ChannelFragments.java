package ctxbench.report;

import ctxbench.results.Params;
import ctxbench.results.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The channel suite's regions ({@code ChanThroughput.transfer}, {@code ChanPingPong.roundTrip},
 * {@code ChanProdCons.transfer}, {@code ChanSelect.recv}; Go: {@code experiments/go/channels}):
 * the model's channels on its own goroutine scheduler beside Go, and on virtual threads beside the
 * JDK's queues and softwaremill jox.
 *
 * <p>Each row is one benchmark and parameter set (Go-side params, e.g. {@code cap=0}); its id in
 * region names is the benchmark and params without {@code =} ({@code ChanThroughput.transfer.cap0},
 * {@code ChanProdCons.transfer.cap0.pc1x1}). Regions: table {@code channels}; chart
 * {@code channels-throughput}; for each row R: nums {@code channels.model-vs-go.R} (the model on its
 * go scheduler, {@code sched=go}: the row that stands beside Go's; in a run without it, the model on
 * virtual threads),
 * {@code channels.vt-vs-go.R} (the model on virtual threads), {@code channels.I-vs-model.R} (against
 * the model on virtual threads, the same runtime) and {@code channels.I-vs-go.R} for I ∈
 * {@code platform} (the model on platform threads), {@code abq}, {@code sync}, {@code ltq},
 * {@code jox}; text {@code channels.fastest.R} (the fastest JVM implementation on virtual threads).
 */
final class ChannelFragments {
    static final String SUITE = "channels";

    /**
     * A JVM column on JVM threads: its title and the Java-only params of its rows.
     *
     * @param id     its name in region names
     * @param title  the column title
     * @param impl   the {@code impl} param
     * @param thread the {@code threads} param
     * @param sched  the {@code sched} of the same column in a benchmark without {@code impl} and
     *               {@code threads} (ChanSelect), or null when it has none there
     */
    record Impl(String id, String title, String impl, String thread, String sched) {
        Impl(String id, String title, String impl, String thread) {
            this(id, title, impl, thread, null);
        }
    }

    /** The column of the model on its own goroutine scheduler ({@code sched=go}): the Java row that stands beside Go's. */
    static final String GO_SCHED_TITLE = "model, go scheduler";

    static final List<Impl> IMPLS = List.of(
            new Impl("model", "model", "model", "virtual", "vt"),
            new Impl("platform", "model, platform threads", "model", "platform"),
            new Impl("abq", "ArrayBlockingQueue", "abq", "virtual"),
            new Impl("sync", "SynchronousQueue", "sync", "virtual"),
            new Impl("ltq", "LinkedTransferQueue", "ltq", "virtual"),
            new Impl("jox", "jox", "jox", "virtual"));

    /** The rows: benchmark → its Go-side params, in table order. */
    static final Map<String, List<String>> ROWS = rows();

    private ChannelFragments() {
    }

    private static Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        List<String> transfer = new ArrayList<>();
        for (String cap : List.of("0", "1", "16", "100", "1024")) transfer.add(RunData.params("cap", cap));
        rows.put("ChanThroughput.transfer", transfer);
        rows.put("ChanPingPong.roundTrip", List.of(RunData.params("cap", "0"), RunData.params("cap", "1")));
        List<String> prodCons = new ArrayList<>();
        for (String pc : List.of("1x1", "2x2", "4x4")) for (String cap : List.of("0", "100")) prodCons.add(RunData.params("cap", cap, "pc", pc));
        rows.put("ChanProdCons.transfer", prodCons);
        rows.put("ChanSelect.recv", List.of(RunData.params("cases", "2"), RunData.params("cases", "4")));
        return rows;
    }

    /** A row's id in region names. */
    static String rowId(String benchmark, String params) {
        return benchmark + (params.isEmpty() ? "" : "." + params.replace("=", "").replace(';', '.'));
    }

    /** Every region of the suite. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("channels", in -> table(in.run())));
        out.add(ChartLinks.chart("channels-throughput", ChartLinks.scaling(SUITE, "ChanThroughput.transfer", "cap", "time"),
                "channel throughput by capacity, every implementation and Go, log-log",
                ChartLinks.hasScaling(SUITE, "ChanThroughput.transfer", "cap", "time"), "ChanThroughput.transfer rows at two or more capacities"));
        ROWS.forEach((benchmark, paramsList) -> {
            for (String params : paramsList) {
                String row = rowId(benchmark, params);
                out.add(Fragment.num("channels.model-vs-go." + row,
                        in -> Fmt.ratio(model(in.run(), benchmark, params), in.run().find("go", SUITE, benchmark, params, "time"))));
                out.add(Fragment.num("channels.vt-vs-go." + row,
                        in -> Fmt.ratio(impl(in.run(), IMPLS.get(0), benchmark, params), in.run().find("go", SUITE, benchmark, params, "time"))));
                for (Impl i : IMPLS.subList(1, IMPLS.size())) {
                    out.add(Fragment.num("channels." + i.id() + "-vs-model." + row,
                            in -> Fmt.ratio(impl(in.run(), i, benchmark, params), impl(in.run(), IMPLS.get(0), benchmark, params))));
                    out.add(Fragment.num("channels." + i.id() + "-vs-go." + row,
                            in -> Fmt.ratio(impl(in.run(), i, benchmark, params), in.run().find("go", SUITE, benchmark, params, "time"))));
                }
                out.add(Fragment.text("channels.fastest." + row, in -> fastest(in.run(), benchmark, params)));
            }
        });
        return out;
    }

    /**
     * The time of a JVM implementation for a row: the Java row with the row's params plus the
     * implementation's {@code impl} and {@code threads}, or, in a benchmark without those, its
     * {@code sched} (for the model, in runs made before ChanSelect had {@code sched}, the row with
     * no Java-only parameter); null when the run has none.
     */
    static Series impl(RunData run, Impl impl, String benchmark, String goParams) {
        Series m = java(run, benchmark, goParams, Map.of("impl", impl.impl(), "threads", impl.thread()));
        if (m == null && impl.sched() != null) m = java(run, benchmark, goParams, Map.of("sched", impl.sched()));
        if (m == null && impl == IMPLS.get(0)) m = java(run, benchmark, goParams, Map.of()); // runs before ChanSelect had sched
        return m;
    }

    /**
     * The time of the model on its go scheduler for a row: the Java row with {@code impl=model},
     * {@code sched=go} ({@code sched=go} alone in ChanSelect), or null.
     */
    static Series goSched(RunData run, String benchmark, String goParams) {
        Series m = java(run, benchmark, goParams, Map.of("impl", "model", "sched", "go"));
        return m != null ? m : java(run, benchmark, goParams, Map.of("sched", "go"));
    }

    /** The Java row with the Go-side params plus {@code javaOnly}, or null. */
    private static Series java(RunData run, String benchmark, String goParams, Map<String, String> javaOnly) {
        Map<String, String> p = new LinkedHashMap<>(Params.parse(goParams));
        p.putAll(javaOnly);
        return run.find("java", SUITE, benchmark, Params.canonical(p), "time");
    }

    /**
     * The model's time that stands beside Go's: on its go scheduler, or, in a run without those rows
     * (runs made before the channel suite had {@code sched=go}), on virtual threads; null without either.
     */
    static Series model(RunData run, String benchmark, String goParams) {
        Series m = goSched(run, benchmark, goParams);
        return m != null ? m : impl(run, IMPLS.get(0), benchmark, goParams);
    }

    /** The fastest JVM implementation on virtual threads by median, e.g. {@code jox}; {@code –} without data. */
    static String fastest(RunData run, String benchmark, String params) {
        String best = Fmt.NONE;
        double bestNs = Double.POSITIVE_INFINITY;
        for (Impl i : IMPLS) {
            if (!i.thread().equals("virtual")) continue;
            Series m = impl(run, i, benchmark, params);
            if (m != null && m.nanos().median() < bestNs) {
                bestNs = m.nanos().median();
                best = i.title();
            }
        }
        return best;
    }

    private static String table(RunData run) {
        List<String> header = new ArrayList<>(List.of("benchmark", "params", GO_SCHED_TITLE));
        for (Impl i : IMPLS) header.add(i.title());
        header.add("Go");
        header.add("fastest on the JVM");
        MarkdownTable t = new MarkdownTable(header).whenEmpty("*This run has no channel rows.*");
        ROWS.forEach((benchmark, paramsList) -> {
            for (String params : paramsList) {
                List<String> row = new ArrayList<>(List.of(benchmark, params.replace(';', ' ')));
                Series gs = goSched(run, benchmark, params);
                boolean any = gs != null;
                SeedFragments.noteInterval(t, gs);
                row.add(Fmt.time(gs));
                for (Impl i : IMPLS) {
                    Series m = impl(run, i, benchmark, params);
                    any |= m != null;
                    SeedFragments.noteInterval(t, m);
                    row.add(Fmt.time(m));
                }
                Series go = run.find("go", SUITE, benchmark, params, "time");
                any |= go != null;
                SeedFragments.noteInterval(t, go);
                row.add(Fmt.time(go));
                row.add(fastest(run, benchmark, params));
                if (any) t.row(row);
            }
        });
        t.note("Time per value moved (transfer, prodcons, select) or per round trip (roundTrip). " + GO_SCHED_TITLE + ": the model's "
                + "channels with the measured side and its peers on the model's own G/M/P scheduler (sched=go), the column that stands "
                + "beside Go; the other JVM columns on virtual threads unless the title says otherwise. SynchronousQueue exists for "
                + "cap 0 only; ChanSelect has no JVM peers.");
        return t.render();
    }
}
