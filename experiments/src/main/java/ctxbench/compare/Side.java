package ctxbench.compare;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultSet;
import ctxbench.results.SeriesKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The series of one side of a comparison, keyed by {@link SeriesKey}, checked for the two things
 * that make a comparison meaningless: two rows for one key and samples in another unit than their row.
 */
final class Side {
    private Side() {
    }

    /**
     * The series of {@code set} whose keys pass {@code include}.
     *
     * @throws CompareException on duplicate rows or mixed units for one benchmark
     */
    static Map<SeriesKey, Series> of(ResultSet set, Predicate<SeriesKey> include) throws CompareException {
        Map<SeriesKey, double[]> samples = set.samplesByKey();
        Map<SeriesKey, String> sampleUnits = new LinkedHashMap<>();
        for (var s : set.samples()) {
            String previous = sampleUnits.putIfAbsent(s.key(), s.unit());
            if (previous != null && !previous.equals(s.unit())) throw mixed(set, s.key(), previous, s.unit());
        }
        Map<SeriesKey, Series> series = new LinkedHashMap<>();
        for (ResultRow r : set.results()) {
            if (!include.test(r.key())) continue;
            Series previous = series.get(r.key());
            if (previous != null) {
                if (!previous.unit().equals(r.unit())) throw mixed(set, r.key(), previous.unit(), r.unit());
                throw new CompareException(set.origin() + ": more than one row for " + describe(r.key()));
            }
            String sampleUnit = sampleUnits.get(r.key());
            if (sampleUnit != null && !sampleUnit.equals(r.unit())) throw mixed(set, r.key(), r.unit(), sampleUnit);
            series.put(r.key(), new Series(r.key(), r.unit(), r.score(), samples.getOrDefault(r.key(), new double[0])));
        }
        return series;
    }

    /** {@code source suite/Class.method params metric}, the way compare names a series in messages. */
    static String describe(SeriesKey k) {
        return k.source() + " " + k.suite() + "/" + k.label();
    }

    private static CompareException mixed(ResultSet set, SeriesKey key, String unit, String other) {
        return new CompareException(set.origin() + ": mixed units for " + describe(key) + ": " + unit + " and " + other);
    }
}
