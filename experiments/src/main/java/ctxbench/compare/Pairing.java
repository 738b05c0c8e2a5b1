package ctxbench.compare;

import ctxbench.cli.BadInputException;
import ctxbench.results.ModelDefaults;
import ctxbench.results.SeriesKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Which old series goes with which new one. Two inputs: the same key on both sides. One run folder
 * with {@code --sources java,go}: the Go row stands beside the Java row with the same other
 * parameters and the model's values of the Java-only ones ({@link ModelDefaults}); Java rows with
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

    /** Pairs series with equal keys. */
    static Pairing sameKeys(Map<SeriesKey, Series> old, Map<SeriesKey, Series> current) throws BadInputException {
        return pair(old, current, "OLD", "NEW", 0);
    }

    /**
     * Pairs the rows of one input by source: {@code left} on the old side, {@code right} on the new.
     * The side whose source is {@code java} is mapped through {@link ModelDefaults#goParams}.
     */
    static Pairing bySource(Map<SeriesKey, Series> all, String left, String right) throws BadInputException {
        Map<SeriesKey, Series> old = new LinkedHashMap<>();
        Map<SeriesKey, Series> current = new LinkedHashMap<>();
        int javaOnly = 0;
        for (Series s : all.values()) {
            String source = s.key().source();
            if (!source.equals(left) && !source.equals(right)) continue;
            SeriesKey key = s.key().withSource("");
            if (source.equals("java")) {
                Optional<String> goParams = ModelDefaults.goParams(key.params());
                if (goParams.isEmpty()) {
                    javaOnly++;
                    continue;
                }
                key = key.withParams(goParams.get());
            }
            Series mapped = new Series(key, s.unit(), s.score(), s.samples());
            Map<SeriesKey, Series> side = source.equals(left) ? old : current;
            if (side.putIfAbsent(key, mapped) != null) {
                throw new BadInputException("two " + source + " rows map to " + key.suite() + "/" + key.label()
                        + " (params " + s.key().params() + ")");
            }
        }
        return pair(old, current, left + " rows", right + " rows", javaOnly);
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
                OptionalDouble factor = UnitScale.factor(n.unit(), o.unit());
                if (factor.isEmpty()) {
                    throw new BadInputException("mixed units for " + o.key().suite() + "/" + o.key().label() + ": "
                            + o.unit() + " in " + oldName + ", " + n.unit() + " in " + newName);
                }
                pairs.add(new Pair(o.key(), o, UnitScale.convert(n, o.unit(), factor.getAsDouble())));
            }
        }
        List<SeriesKey> onlyNew = new ArrayList<>();
        for (SeriesKey k : current.keySet()) if (!old.containsKey(k)) onlyNew.add(k);
        return new Pairing(List.copyOf(pairs), List.copyOf(onlyOld), List.copyOf(onlyNew), javaOnly);
    }
}
