package ctxbench.report;

import ctxbench.results.Series;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The propagation suite's regions ({@code PropagateCancel.withCancel}, {@code CancelTree.depth},
 * {@code CancelTree.fanout}; Go: {@code experiments/go/propagation}): each path of
 * {@code propagateCancel} and the cost of cancelling trees, per node.
 *
 * <p>Regions: tables {@code propagation}, {@code cancel-depth}, {@code cancel-fanout}; charts
 * {@code propagation}, {@code cancel-depth}, {@code cancel-fanout}; num and text
 * {@code propagation.S.P-vs-cancelCtx} for S ∈ {@code go, model} and each parent P (P's time over
 * the cancelCtx parent's); nums {@code cancel.S.depth.per-node.N} and
 * {@code cancel.S.fanout.per-node.N} (time per node at size N).
 */
final class PropagationFragments {
    static final String SUITE = "propagation";
    static final String WITH_CANCEL = "PropagateCancel.withCancel";
    static final String DEPTH = "CancelTree.depth";
    static final String FANOUT = "CancelTree.fanout";
    static final List<String> PARENTS = List.of("background", "cancelled", "cancelCtx", "timerCtx", "valueOverCancel", "afterFuncer", "foreign");
    static final List<String> DEPTHS = List.of("1", "10", "100", "1000");
    static final List<String> FANOUTS = List.of("1", "100", "10000");

    /** What propagateCancel does for each parent (Go's src/context/context.go; research/go-internals.md). */
    private static final Map<String, String> PATH = Map.of(
            "background", "Done() is nil: returns at once",
            "cancelled", "parent already done: cancels the child at once",
            "cancelCtx", "joins the parent's children (first child makes the map)",
            "timerCtx", "joins the parent's children (a timerCtx is a cancelCtx)",
            "valueOverCancel", "finds the cancelCtx under the value (Value(&cancelCtxKey)), joins its children",
            "afterFuncer", "Go 1.21 (the model): registers through the parent's AfterFunc; Go 1.19 (the Go rows): watcher goroutine",
            "foreign", "starts a watcher goroutine");

    private PropagationFragments() {
    }

    /** Every region of the suite. */
    static List<Fragment> all() {
        List<Fragment> out = new ArrayList<>();
        out.add(Fragment.table("propagation", in -> parents(in.run())));
        out.add(Fragment.table("cancel-depth", in -> tree(in.run(), DEPTH, "depth", DEPTHS)));
        out.add(Fragment.table("cancel-fanout", in -> tree(in.run(), FANOUT, "fanout", FANOUTS)));
        out.add(ChartLinks.chart("propagation", ChartLinks.bars(SUITE, WITH_CANCEL), "propagation: WithCancel(parent) + cancel by parent, model and Go",
                ChartLinks.hasBars(SUITE, WITH_CANCEL), WITH_CANCEL + " rows"));
        out.add(ChartLinks.chart("cancel-depth", ChartLinks.scaling(SUITE, DEPTH, "depth", "time"), "cancel a chain by depth, log-log",
                ChartLinks.hasScaling(SUITE, DEPTH, "depth", "time"), DEPTH + " rows at two or more depths"));
        out.add(ChartLinks.chart("cancel-fanout", ChartLinks.scaling(SUITE, FANOUT, "fanout", "time"), "cancel a root's children by fan-out, log-log",
                ChartLinks.hasScaling(SUITE, FANOUT, "fanout", "time"), FANOUT + " rows at two or more fan-outs"));
        for (String source : SeedFragments.SOURCES) {
            for (String parent : PARENTS) {
                if (parent.equals("cancelCtx")) continue;
                String name = "propagation." + source + "." + parent + "-vs-cancelCtx";
                out.add(Fragment.num(name, in -> Fmt.ratio(parent(in.run(), source, parent), parent(in.run(), source, "cancelCtx"))));
                out.add(Fragment.text(name, in -> Fmt.verdict(parent(in.run(), source, parent), parent(in.run(), source, "cancelCtx"))));
            }
            for (String n : DEPTHS) {
                out.add(Fragment.num("cancel." + source + ".depth.per-node." + n, in -> perNode(in.run().find(source, SUITE, DEPTH,
                        RunData.params("depth", n), "time"), n)));
            }
            for (String n : FANOUTS) {
                out.add(Fragment.num("cancel." + source + ".fanout.per-node." + n, in -> perNode(in.run().find(source, SUITE, FANOUT,
                        RunData.params("fanout", n), "time"), n)));
            }
        }
        return out;
    }

    private static Series parent(RunData run, String source, String parent) {
        return run.find(source, SUITE, WITH_CANCEL, RunData.params("parent", parent), "time");
    }

    private static String perNode(Series m, String n) {
        return m == null ? Fmt.NONE : Fmt.nanos(m.nanos().median() / Double.parseDouble(n));
    }

    private static String parents(RunData run) {
        MarkdownTable t = new MarkdownTable(List.of("parent", "what propagateCancel does", "model: time", "model: B/op",
                "Go: time", "Go: B/op", "Go: allocs/op", "model/Go")).whenEmpty("*This run has no " + WITH_CANCEL + " rows.*");
        for (String p : PARENTS) {
            String params = RunData.params("parent", p);
            Cells.Both b = Cells.time(run, SUITE, WITH_CANCEL, params);
            if (b.none()) continue;
            SeedFragments.noteInterval(t, b.model(), b.go());
            t.row(List.of(p, PATH.get(p), Fmt.time(b.model()), Fmt.bytes(run.find(RunData.MODEL, SUITE, WITH_CANCEL, params, "alloc")),
                    Fmt.time(b.go()), Fmt.bytes(run.find("go", SUITE, WITH_CANCEL, params, "alloc")),
                    Fmt.count(run.find("go", SUITE, WITH_CANCEL, params, "allocs")), b.ratio()));
        }
        t.note("One op: WithCancel(parent), then cancel(). " + Cells.RATIO_NOTE);
        return t.render();
    }

    private static String tree(RunData run, String benchmark, String param, List<String> sizes) {
        MarkdownTable t = new MarkdownTable(List.of(param, "model: time", "Go: time", "model/Go", "model: per node", "Go: per node"))
                .whenEmpty("*This run has no " + benchmark + " rows.*");
        for (String n : sizes) {
            Cells.Both b = Cells.time(run, SUITE, benchmark, RunData.params(param, n));
            if (b.none()) continue;
            List<String> row = new ArrayList<>(List.of(n));
            row.addAll(Cells.timeAndRatio(t, b));
            row.add(perNode(b.model(), n));
            row.add(perNode(b.go(), n));
            t.row(row);
        }
        t.note("One op: build the tree, cancel its root (every node's done channel closed). Per node: the median over the size. "
                + Cells.RATIO_NOTE);
        return t.render();
    }
}
