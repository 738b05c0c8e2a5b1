package ctxbench.compare;

import ctxbench.cli.BadInputException;
import ctxbench.results.GoToolchain;
import ctxbench.results.ModelDefaults;
import ctxbench.results.RowSide;
import ctxbench.results.Series;
import ctxbench.results.SeriesKey;
import ctxbench.results.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which old series goes with which new one. Two inputs: the same key on both sides. One run folder
 * with {@code --sources A,B}: each side's rows stand under the parameters their {@link RowSide}
 * strips them to (e.g. {@code java,go}: the Go row beside the Java row with the same other
 * parameters and the model's values of the Java-only ones, {@link ModelDefaults}); Java rows with
 * other values of those parameters have no Go counterpart and are only counted.
 *
 * @param pairs          matched series, in the old side's order; {@code key} names the pair
 *                       (in the java/go case: the Go row's key)
 * @param onlyOld        keys found only on the old side
 * @param onlyNew        keys found only on the new side
 * @param javaOnlyParams Java rows left out because a Java-only parameter is not the model's value
 */
record Pairing(List<Pair> pairs, List<SeriesKey> onlyOld, List<SeriesKey> onlyNew, int javaOnlyParams) {

    /** One old and one new series of the same benchmark, parameters and metric. */
    record Pair(SeriesKey key, Series old, Series current) {
    }

    /**
     * Pairs series with equal keys; {@code timers=go1.19} counts as absent on both sides
     * ({@link GoToolchain#withoutDefaultTimers}), so a run from before the model's timer modes
     * pairs with one that names them.
     */
    static Pairing sameKeys(Map<SeriesKey, Series> old, Map<SeriesKey, Series> current) throws BadInputException {
        return pair(withoutDefaultTimers(old), withoutDefaultTimers(current), "OLD", "NEW", 0);
    }

    private static Map<SeriesKey, Series> withoutDefaultTimers(Map<SeriesKey, Series> side) {
        Map<SeriesKey, Series> out = new LinkedHashMap<>();
        for (Series s : side.values()) {
            SeriesKey key = s.key().withParams(GoToolchain.withoutDefaultTimers(s.key().params()));
            out.putIfAbsent(key, new Series(key, s.unit(), s.score(), s.samples()));
        }
        return out;
    }

    /**
     * Pairs the rows of one input by side ({@link RowSide}): {@code left}'s rows on the old side,
     * {@code right}'s on the new, each under the parameters its side strips them to.
     */
    static Pairing bySide(Map<SeriesKey, Series> all, RowSide left, RowSide right) throws BadInputException {
        Map<SeriesKey, Series> old = new LinkedHashMap<>();
        Map<SeriesKey, Series> current = new LinkedHashMap<>();
        int javaOnly = 0;
        boolean model = left.isModel() || right.isModel();
        for (Series s : all.values()) {
            if (model && s.key().source().equals("java") && ModelDefaults.goParams(s.key().params()).isEmpty()) javaOnly++;
            for (RowSide side : List.of(left, right)) {
                Optional<String> params = side.pairedParams(s.key().source(), s.key().params());
                if (params.isEmpty()) continue;
                SeriesKey key = s.key().withSource("").withParams(params.get());
                Map<SeriesKey, Series> rows = side == left ? old : current;
                if (rows.putIfAbsent(key, new Series(key, s.unit(), s.score(), s.samples())) != null) {
                    throw new BadInputException("two " + side.name() + " rows map to " + key.suite() + "/" + key.label()
                            + " (params " + s.key().params() + ")");
                }
            }
        }
        return pair(old, current, left.name() + " rows", right.name() + " rows", javaOnly);
    }

    private static Pairing pair(Map<SeriesKey, Series> old, Map<SeriesKey, Series> current, String oldName,
                                String newName, int javaOnly)
            throws BadInputException {
        List<Pair> pairs = new ArrayList<>();
        List<SeriesKey> onlyOld = new ArrayList<>();
        for (Series o : old.values()) {
            Series n = current.get(o.key());
            if (n == null) {
                onlyOld.add(o.key());
            } else if (n.unit().equals(o.unit())) {
                pairs.add(new Pair(o.key(), o, n));
            } else {
                OptionalDouble factor = Units.factor(n.unit(), o.unit());
                if (factor.isEmpty()) {
                    throw new BadInputException("mixed units for " + o.key().suite() + "/" + o.key().label() + ": "
                            + o.unit() + " in " + oldName + ", " + n.unit() + " in " + newName);
                }
                pairs.add(new Pair(o.key(), o, n.in(o.unit(), factor.getAsDouble())));
            }
        }
        List<SeriesKey> onlyNew = new ArrayList<>();
        for (SeriesKey k : current.keySet()) if (!old.containsKey(k)) onlyNew.add(k);
        return new Pairing(List.copyOf(pairs), List.copyOf(onlyOld), List.copyOf(onlyNew), javaOnly);
    }
}
