package ctxbench.report;

import ctxbench.results.Series;
import ctxbench.seed.SeedVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The timers suite's regions ({@code TimerOps.*}; Go: {@code experiments/go/timers}) and the seed
 * request on each timer queue: what a timer costs to create, stop, reset and fire as the queue
 * grows, on the model of Go's heap, the JDK's {@code ScheduledThreadPoolExecutor} and Netty's
 * wheel, beside Go; and the firing path of a channel timer against an {@code AfterFunc} timer.
 *
 * <p>Regions: tables {@code timer-queues} ({@code kind=chan}), {@code timer-queues-func},
 * {@code firing}, {@code seed-queues}; charts {@code timers-createStop},
 * {@code timers-createAbandon}, {@code timers-fire}; num and text {@code fire.S.func-vs-chan}
 * (S ∈ {@code go, model}: an AfterFunc timer's firing over a channel timer's, live=0); nums
 * {@code timers.Q.OP.growth} for Q ∈ {@code go-heap, jdk, wheel, go} (Go) and each op (the time at
 * the largest measured {@code live} over the time at {@code live=0}, kind=chan) and
 * {@code seed.queue.Q-vs-go-heap.V} (the seed request on queue Q over go-heap, fast path).
 */
final class TimerFragments {
    static final String SUITE = "timers";
    static final List<String> OPS = List.of("createStop", "createAbandon", "reset", "fire");
    static final List<String> LIVE = List.of("0", "1000", "100000", "1000000");
    static final List<String> QUEUES = List.of("go-heap", "jdk", "wheel");

    /** What a fired timer does (Go's src/time/sleep.go and src/runtime/time.go; research/go-internals.md). */
    private static final Map<String, String> FIRING = Map.of(
            "chan", "time.NewTimer/After: sendTime, one non-blocking send into the buffered channel, inline",
            "func", "time.AfterFunc (every WithTimeout): goFunc starts a goroutine that runs f");

    private TimerFragments() {
    }

    /** Every region of the suite. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("timer-queues", in -> queues(in.run(), "chan")));
        out.add(Fragment.table("timer-queues-func", in -> queues(in.run(), "func")));
        out.add(Fragment.table("firing", in -> firing(in.run())));
        out.add(Fragment.table("seed-queues", in -> seedQueues(in.run())));
        for (String op : List.of("createStop", "createAbandon")) {
            String bench = "TimerOps." + op;
            out.add(ChartLinks.chart("timers-" + op, ChartLinks.scaling(SUITE, bench, "live", "time"), bench + " by live timers, log-log",
                    ChartLinks.hasScaling(SUITE, bench, "live", "time"), bench + " rows at two or more live counts"));
        }
        out.add(ChartLinks.chart("timers-fire", ChartLinks.bars(SUITE, "TimerOps.fire"), "TimerOps.fire: channel and AfterFunc timers firing",
                ChartLinks.hasBars(SUITE, "TimerOps.fire"), "TimerOps.fire rows"));
        for (String source : SeedFragments.SOURCES) {
            String name = "fire." + source + ".func-vs-chan";
            out.add(Fragment.num(name, in -> Fmt.ratio(fire(in.run(), source, "func"), fire(in.run(), source, "chan"))));
            out.add(Fragment.text(name, in -> Fmt.verdict(fire(in.run(), source, "func"), fire(in.run(), source, "chan"))));
        }
        List<String> columns = new ArrayList<>(QUEUES);
        columns.add("go");
        for (String q : columns) {
            for (String op : OPS) {
                out.add(Fragment.num("timers." + q + "." + op + ".growth", in -> growth(in.run(), q, op)));
            }
        }
        for (String q : List.of("jdk", "wheel")) {
            for (String v : SeedVariant.NAMES) {
                out.add(Fragment.num("seed.queue." + q + "-vs-go-heap." + v,
                        in -> Fmt.ratio(seedOn(in.run(), q, v), seedOn(in.run(), "go-heap", v))));
            }
        }
        return out;
    }

    /** One timer op on queue {@code q} ({@code go} = the Go rows), or null. */
    static Series op(RunData run, String q, String op, String kind, String live) {
        if (q.equals("go")) return run.find("go", SUITE, "TimerOps." + op, RunData.params("kind", kind, "live", live), "time");
        return run.findOnGoScheduler(SUITE, "TimerOps." + op, RunData.params("kind", kind, "live", live, "queue", q), "time");
    }

    /**
     * The time of a channel-timer op at the largest measured {@code live} over its time at
     * {@code live=0}, e.g. {@code 3.10× [2.9–3.3] at live=1,000,000}.
     */
    private static String growth(RunData run, String q, String op) {
        Series base = op(run, q, op, "chan", "0");
        for (int i = LIVE.size() - 1; i > 0 && base != null; i--) {
            Series m = op(run, q, op, "chan", LIVE.get(i));
            if (m != null) return Fmt.ratio(m, base) + " at live=" + Fmt.count(Double.parseDouble(LIVE.get(i)));
        }
        return Fmt.NONE;
    }

    private static Series fire(RunData run, String source, String kind) {
        return run.find(source, SUITE, "TimerOps.fire", RunData.params("kind", kind, "live", "0"), "time");
    }

    private static Series seedOn(RunData run, String queue, String variant) {
        return run.findOnGoScheduler(SeedFragments.SUITE, SeedFragments.FAST, RunData.params("queue", queue, "variant", variant), "time");
    }

    private static String queues(RunData run, String kind) {
        MarkdownTable t = new MarkdownTable(List.of("op", "live", "model: go-heap", "jdk (ScheduledThreadPoolExecutor)", "wheel (Netty)", "Go"))
                .whenEmpty("*This run has no TimerOps rows with kind=" + kind + ".*");
        for (String op : OPS) {
            for (String live : LIVE) {
                List<String> row = new ArrayList<>(List.of(op, live));
                boolean any = false;
                for (String q : List.of("go-heap", "jdk", "wheel", "go")) {
                    Series m = op(run, q, op, kind, live);
                    any |= m != null;
                    SeedFragments.noteInterval(t, m);
                    row.add(Fmt.time(m));
                }
                if (any) t.row(row);
            }
        }
        t.note("kind=" + kind + (kind.equals("chan") ? " (NewTimer)" : " (AfterFunc)") + "; live = idle 1 h timers already queued. "
                + "createStop: create, then Stop; createAbandon: create a 200 ms timer and never stop it; reset: Reset one long-lived "
                + "timer; fire: a timer due at once, until its channel receives or its function has run.");
        return t.render();
    }

    private static String firing(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("kind", "what a fired timer does (Go)", "model: time", "Go: time", "model/Go"))
                .whenEmpty("*This run has no TimerOps.fire rows.*");
        for (String kind : List.of("chan", "func")) {
            Cells.Both b = new Cells.Both(fire(run, RunData.MODEL, kind), fire(run, "go", kind));
            if (b.none()) continue;
            List<String> row = new ArrayList<>(List.of(kind, FIRING.get(kind)));
            row.addAll(Cells.timeAndRatio(t, b));
            t.row(row);
        }
        t.note("TimerOps.fire with live=0: create a timer due at once and wait until it has fired (model: queue=go-heap). "
                + Cells.RATIO_NOTE);
        return t.render();
    }

    private static String seedQueues(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("variant", "model: go-heap", "jdk", "wheel", "Go"))
                .whenEmpty("*This run has no " + SeedFragments.FAST + " rows.*");
        for (String v : SeedVariant.NAMES) {
            List<String> row = new ArrayList<>(List.of(v));
            boolean any = false;
            for (String q : QUEUES) {
                Series m = seedOn(run, q, v);
                any |= m != null;
                SeedFragments.noteInterval(t, m);
                row.add(Fmt.time(m));
            }
            Series go = SeedFragments.time(run, "go", SeedFragments.FAST, v);
            any |= go != null;
            row.add(Fmt.time(go));
            if (any) t.row(row);
        }
        t.note("SeedRequest.fastPath: time per request, median ± 95% interval half-width.");
        return t.render();
    }
}
