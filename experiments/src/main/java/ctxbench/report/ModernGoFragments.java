package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.cli.ErrorLine;
import ctxbench.results.RowSide;
import ctxbench.results.RunFolder;
import ctxbench.results.Series;
import ctxbench.results.TimeSeriesFile;
import ctxbench.seed.SeedVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Does the answer hold on modern Go?": the seed's fast path on each Go toolchain and timer
 * semantics a run has ({@code scripts/go-bench.sh --go 1.19,1.21,1.23}; Go 1.23 both as the mirror
 * is written, old timers, and built as {@code go 1.23}, new timers) and in each timer mode of the
 * model ({@code SeedRequest}'s {@code timers}), and the Go load experiment's memory per toolchain.
 * The sides are {@link RowSide}s, so a cell is exactly what {@code compare.sh --sources A,B} pairs.
 *
 * <p>Regions: tables {@code modern-fast} (time per request, each variant on each side, with its
 * rank there), {@code modern-ranking} (each side's variants fastest first, × the fastest),
 * {@code modern-memory} (the Go load experiment's peak live heap per variant and toolchain),
 * {@code modern-live-timers} (the model's load experiment: peak live timers and heap per variant in
 * each timer mode, on go-heap); for each
 * variant V and side S other than Go 1.19 and the model's go1.19 mode: num and text
 * {@code modern.fast.V.S} (V's time on S over its time on Go 1.19, or, for {@code java-go1.23},
 * over the model's go1.19 mode; "slower than"/"faster than"/"not measurably different from");
 * for each variant V and Go side S with a load series, num {@code modern.live-heap.V.S} (the
 * {@code modern-memory} cell); for each variant V and model mode M ({@code java}, {@code java-go1.23}),
 * num {@code modern.live-timers.V.M} (the {@code modern-live-timers} peak).
 */
final class ModernGoFragments {
    /** The sides in the order tables show them, with their column names. */
    static final Map<String, String> SIDES = sides();
    /** The Go load experiment's file label of each Go side ({@code scripts/lib/go-toolchains.sh go_file_label}). */
    private static final Map<String, String> LOAD_LABELS = Map.of("go", "go", "go1.21", "go1.21", "go1.23", "go1.23",
            "go1.23-new", "go1.23-new");
    /** The model's two timer modes as sides. */
    private static final List<String> MODEL_MODES = List.of("java", "java-go1.23");

    private ModernGoFragments() {
    }

    private static Map<String, String> sides() {
        Map<String, String> sides = new LinkedHashMap<>();
        sides.put("go", "Go 1.19");
        sides.put("go1.21", "Go 1.21");
        sides.put("go1.23", "Go 1.23, old timers");
        sides.put("go1.23-new", "Go 1.23, new timers");
        sides.put("java", "model, go1.19 timers");
        sides.put("java-go1.23", "model, go1.23 timers");
        return sides;
    }

    /** Every region of this part. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("modern-fast", in -> fast(in.run())));
        out.add(Fragment.table("modern-ranking", in -> ranking(in.run())));
        out.add(Fragment.table("modern-memory", in -> memory(in.run())));
        out.add(Fragment.table("modern-live-timers", in -> liveTimers(in.run())));
        for (String v : SeedVariant.NAMES) {
            for (String side : SIDES.keySet()) {
                if (side.equals("go") || side.equals("java")) continue;
                String base = side.startsWith("java") ? "java" : "go";
                String name = "modern.fast." + v + "." + side;
                out.add(Fragment.num(name, in -> Fmt.ratio(time(in.run(), side, v), time(in.run(), base, v))));
                out.add(Fragment.text(name, in -> Fmt.verdict(time(in.run(), side, v), time(in.run(), base, v))));
            }
            for (String side : LOAD_LABELS.keySet()) {
                out.add(Fragment.num("modern.live-heap." + v + "." + side, in -> liveHeap(in.run(), v, side)));
            }
            for (String mode : MODEL_MODES) {
                out.add(Fragment.num("modern.live-timers." + v + "." + mode,
                        in -> Fmt.count(modelLoad(in.run(), mode, v, "peak_live_timers"))));
            }
        }
        return out;
    }

    /** The fast-path time of one variant on one side, or null. */
    static Series time(RunData run, String side, String variant) {
        return run.findOn(RowSide.named(side).orElseThrow(), SeedFragments.SUITE, SeedFragments.FAST,
                RunData.params("variant", variant), "time");
    }

    /** The sides this run has fast-path rows of, in {@link #SIDES} order. */
    private static List<String> present(RunData run) {
        List<String> present = new ArrayList<>();
        for (String side : SIDES.keySet()) {
            if (SeedVariant.NAMES.stream().anyMatch(v -> time(run, side, v) != null)) present.add(side);
        }
        return present;
    }

    /** One side's variants with a time, fastest first (by median). */
    private static List<String> ranked(RunData run, String side) {
        List<String> ranked = new ArrayList<>();
        for (String v : SeedVariant.NAMES) if (time(run, side, v) != null) ranked.add(v);
        ranked.sort(Comparator.comparingDouble(v -> time(run, side, v).nanos().median()));
        return ranked;
    }

    private static String fast(RunData run) {
        List<String> sides = present(run);
        List<String> header = new ArrayList<>(List.of("variant"));
        for (String side : sides) header.add(SIDES.get(side));
        MarkdownTable t = new MarkdownTable(header).whenEmpty("*This run has no " + SeedFragments.FAST + " rows.*");
        if (sides.size() < 2) return t.render();
        for (String v : SeedVariant.NAMES) {
            List<String> row = new ArrayList<>(List.of(v));
            for (String side : sides) {
                Series m = time(run, side, v);
                row.add(m == null ? Fmt.NONE : Fmt.time(m) + " (#" + (ranked(run, side).indexOf(v) + 1) + ")");
                SeedFragments.noteInterval(t, m);
            }
            t.row(row);
        }
        t.note("SeedRequest.fastPath, time per request: median ± half-width of its 95% confidence interval, (#k) its rank "
                + "on that side, fastest first. Go 1.23, old timers: the mirror as written (go.mod says go 1.19, so Go 1.23 keeps "
                + "asynchronous timer channels: asynctimerchan=1); new timers: built as go 1.23. model: sched=go, queue=go-heap, "
                + "SeedRequest's timers parameter.");
        return t.render();
    }

    private static String ranking(RunData run) {
        List<String> sides = present(run);
        MarkdownTable t = new MarkdownTable(List.of("side", "fastest", "2nd", "3rd", "slowest"))
                .whenEmpty("*This run has no " + SeedFragments.FAST + " rows on two sides.*");
        if (sides.size() < 2) return t.render();
        for (String side : sides) {
            List<String> ranked = ranked(run, side);
            List<String> row = new ArrayList<>(List.of(SIDES.get(side)));
            for (int i = 0; i < 4; i++) {
                if (i >= ranked.size()) {
                    row.add(Fmt.NONE);
                } else if (i == 0) {
                    row.add(ranked.get(0));
                } else {
                    Ratio r = Ratio.of(time(run, side, ranked.get(i)), time(run, side, ranked.get(0)));
                    row.add(ranked.get(i) + " " + (r.tested() && !r.significant() ? "~" : Fmt.ratio(r)));
                }
            }
            t.row(row);
        }
        t.note("× the fastest variant on that side: ratio of medians with its interval from the two 95% median intervals; "
                + "~ = not significantly different from the fastest (two-sided Mann-Whitney U test, α = 0.05).");
        return t.render();
    }

    /**
     * The Go load experiment's memory: for each variant and toolchain, the largest heap in use and
     * object count sampled (every 100 ms, {@code hdr/<variant>-<label>-timeseries.csv}).
     */
    private static String memory(RunData run) throws BadInputException {
        List<String> labels = new ArrayList<>();
        for (Map.Entry<String, String> e : LOAD_LABELS.entrySet()) {
            if (SeedVariant.NAMES.stream().anyMatch(v -> run.hdrFiles().contains(seriesFile(v, e.getValue())))) labels.add(e.getKey());
        }
        labels.sort(Comparator.comparingInt(s -> new ArrayList<>(SIDES.keySet()).indexOf(s)));
        List<String> header = new ArrayList<>(List.of("variant"));
        for (String side : labels) header.add(SIDES.get(side) + ": peak live heap");
        MarkdownTable t = new MarkdownTable(header).whenEmpty("*This run has no memory series of the Go load experiment "
                + "(scripts/go-bench.sh --load writes hdr/<variant>-go…-timeseries.csv).*");
        if (labels.isEmpty()) return t.render();
        for (String v : SeedVariant.NAMES) {
            List<String> row = new ArrayList<>(List.of(v));
            for (String side : labels) row.add(liveHeap(run, v, side));
            t.row(row);
        }
        t.note("The Go load experiment (experiments/go/load, one process per variant and toolchain): the largest heap "
                + "still reachable right after a GC the sampler forces every second (MemStats.HeapAlloc then: the requests' "
                + "pending timers, contexts and channels, and the program's own).");
        return t.render();
    }

    /**
     * The model's seed load experiment in each timer mode (go-heap, sched=go, the rate and slow
     * share the load tables show): peak live timers and peak heap after GC per variant.
     */
    private static String liveTimers(RunData run) {
        Map<String, String> rateSlow = LoadFragments.chosen(run, RunData.MODEL);
        MarkdownTable t = new MarkdownTable(List.of("variant", "go1.19 timers: peak live timers", "go1.19 timers: peak heap",
                "go1.23 timers: peak live timers", "go1.23 timers: peak heap"))
                .whenEmpty("*This run has no load rows of the model in both timer modes (scripts/load.sh runs go1.23 on go-heap).*");
        if (rateSlow == null) return t.render();
        for (String v : SeedVariant.NAMES) {
            List<String> row = new ArrayList<>(List.of(v));
            boolean both = true;
            for (String mode : MODEL_MODES) {
                Series timers = modelLoad(run, mode, v, "peak_live_timers");
                both &= timers != null;
                row.add(Fmt.count(timers));
                row.add(Fmt.bytes(modelLoad(run, mode, v, "peak_heap")));
            }
            if (both) t.row(row);
        }
        t.note("The model's seed load experiment (scripts/load.sh; queue go-heap, sched=go, " + rateSlow.get("rate")
                + " req/s, slow share " + rateSlow.get("slow") + "): the most timers pending at once and the largest heap after a GC, "
                + "sampled every 100 ms, in each timer mode.");
        return t.render();
    }

    /**
     * One metric of the model's seed load experiment for a variant in a timer mode ({@code java} or
     * {@code java-go1.23}), at the rate and slow share the load tables show (go-heap, sched=go), or null.
     */
    private static Series modelLoad(RunData run, String mode, String variant, String metric) {
        Map<String, String> rateSlow = LoadFragments.chosen(run, RunData.MODEL);
        if (rateSlow == null) return null;
        String params = RunData.params("rate", rateSlow.get("rate"), "slow", rateSlow.get("slow"), "variant", variant);
        return run.findOn(RowSide.named(mode).orElseThrow(), LoadFragments.SUITE, LoadFragments.BENCHMARK, params, metric);
    }

    /** The Go load experiment's peak live heap of a variant on a Go side, or – without its series. */
    private static String liveHeap(RunData run, String variant, String side) throws BadInputException {
        return peaks(RunFolder.at(run.dir()).hdr().resolve(seriesFile(variant, LOAD_LABELS.get(side))));
    }

    private static String seriesFile(String variant, String label) {
        return variant + "-" + label + "-timeseries.csv";
    }

    /** The largest heap_live_bytes of one series file, or – without the file or the column (files made before it). */
    private static String peaks(Path file) throws BadInputException {
        if (!Files.isRegularFile(file)) return Fmt.NONE;
        TimeSeriesFile series;
        try {
            series = TimeSeriesFile.parse(file);
        } catch (IOException e) {
            throw new BadInputException(ErrorLine.of(e));
        }
        double[] live = series.columns().get("heap_live_bytes");
        return live == null ? Fmt.NONE : Fmt.bytes(Arrays.stream(live).filter(Double::isFinite).max().orElse(Double.NaN));
    }
}
