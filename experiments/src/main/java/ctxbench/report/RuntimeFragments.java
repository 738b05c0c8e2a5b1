package ctxbench.report;

import ctxbench.results.Series;
import ctxbench.seed.SeedVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the model's goroutine runtime contributes: the series that ran on both of the model's
 * runtimes ({@code sched=go}, the model of Go's scheduler, and {@code sched=vt}, JDK virtual threads
 * with a timer thread), side by side with the JVM's OS context switches per op and Go's time.
 *
 * <p>Regions: table {@code runtimes}; for every series S, num {@code runtimes.S.vt-vs-go} (its time on
 * virtual threads over its time on the model's scheduler) and nums {@code runtimes.S.ctxsw.go},
 * {@code runtimes.S.ctxsw.vt} (the JVM's OS context switches per op, voluntary + involuntary), where S
 * is {@code fast.V} and {@code timeout.V} for each seed variant V, {@code fire.chan}, {@code fire.func},
 * {@code select.2} and {@code select.4}.
 */
final class RuntimeFragments {
    /**
     * One series measured on both runtimes.
     *
     * @param id     its name in the fragments' names, e.g. {@code fast.after}
     * @param label  its name in the table
     * @param params its params without {@code sched}
     */
    private record RuntimeRow(String id, String label, String suite, String benchmark, String params) {
    }

    /** The rows of the table: every series that has {@code sched} in the suites, at queue=go-heap. */
    private static final List<RuntimeRow> SERIES = series();

    private RuntimeFragments() {
    }

    private static List<RuntimeRow> series() {
        List<RuntimeRow> out = new ArrayList<>();
        for (String path : List.of(SeedFragments.FAST, SeedFragments.TIMEOUT)) {
            String id = path.equals(SeedFragments.FAST) ? "fast." : "timeout.";
            for (String v : SeedVariant.NAMES) {
                out.add(new RuntimeRow(id + v, path + " " + v, SeedFragments.SUITE, path, RunData.params("queue", "go-heap", "variant", v)));
            }
        }
        for (String kind : List.of("chan", "func")) {
            out.add(new RuntimeRow("fire." + kind, "TimerOps.fire kind=" + kind, TimerFragments.SUITE, "TimerOps.fire",
                    RunData.params("kind", kind, "live", "0", "queue", "go-heap")));
        }
        for (String cases : List.of("2", "4")) {
            out.add(new RuntimeRow("select." + cases, "ChanSelect.recv cases=" + cases, ChannelFragments.SUITE, "ChanSelect.recv",
                    RunData.params("cases", cases)));
        }
        return List.copyOf(out);
    }

    /** Every region of this part. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("runtimes", in -> table(in.run())));
        for (RuntimeRow s : SERIES) {
            out.add(Fragment.num("runtimes." + s.id() + ".vt-vs-go", in -> Fmt.ratio(on(in.run(), s, "vt", "time"), on(in.run(), s, "go", "time"))));
            for (String sched : List.of("go", "vt")) {
                out.add(Fragment.num("runtimes." + s.id() + ".ctxsw." + sched, in -> Fmt.count(contextSwitches(in.run(), s, sched))));
            }
        }
        return out;
    }

    /** One metric of a series on runtime {@code sched}, or null. */
    private static Series on(RunData run, RuntimeRow s, String sched, String metric) {
        return run.find("java", s.suite(), s.benchmark(), RunData.withParam(s.params(), "sched", sched), metric);
    }

    private static String table(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("series", "model on its scheduler (go): time", "ctxsw/op", "model on virtual threads (vt): time",
                "ctxsw/op", "vt/go", "Go: time")).whenEmpty("*This run has no series measured on both of the model's runtimes (sched=go and sched=vt).*");
        for (RuntimeRow s : SERIES) {
            Series go = on(run, s, "go", "time");
            Series vt = on(run, s, "vt", "time");
            if (go == null || vt == null) continue;
            Series goRuntime = run.find("go", s.suite(), s.benchmark(), goSideParams(s), "time");
            SeedFragments.noteInterval(t, go, vt, goRuntime);
            t.row(List.of(s.label(), Fmt.time(go), Fmt.count(contextSwitches(run, s, "go")), Fmt.time(vt), Fmt.count(contextSwitches(run, s, "vt")),
                    Fmt.ratio(vt, go), Fmt.time(goRuntime)));
        }
        t.note("queue=go-heap. ctxsw/op: the JVM's OS context switches per op, voluntary + involuntary (medians; "
                + "ContextSwitchProfiler, getrusage), every thread of the benchmark's JVM. vt/go: ratio of medians with its interval from "
                + "the two 95% median intervals (coverage ≥ 90%). Go: the same series on Go's runtime.");
        return t.render();
    }

    /** The JVM's OS context switches per op of a series on runtime {@code sched}, voluntary + involuntary (medians), or NaN. */
    private static double contextSwitches(RunData run, RuntimeRow s, String sched) {
        Series voluntary = on(run, s, sched, "ctxsw_voluntary");
        Series involuntary = on(run, s, sched, "ctxsw_involuntary");
        if (voluntary == null || involuntary == null) return Double.NaN;
        return voluntary.center().median() + involuntary.center().median();
    }

    /** The Go rows' params of a series: the Java-only {@code queue} dropped. */
    private static String goSideParams(RuntimeRow s) {
        return RunData.withoutParam(s.params(), "queue");
    }
}
