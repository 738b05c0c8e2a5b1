package ctxbench.compare;

import ctxbench.results.ResultRow;
import ctxbench.results.ResultSet;
import ctxbench.results.Series;
import ctxbench.results.SeriesKey;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The series of one side of a comparison, keyed by {@link SeriesKey}. (Two rows for one key and
 * samples in another unit than their row are refused when the set is loaded: {@link ResultSet#load}.)
 */
final class Side {
    private Side() {
    }

    /** The series of {@code set} whose keys pass {@code include}. */
    static Map<SeriesKey, Series> of(ResultSet set, Predicate<SeriesKey> include) {
        Map<SeriesKey, double[]> samples = set.samplesByKey();
        Map<SeriesKey, Series> series = new LinkedHashMap<>();
        for (ResultRow r : set.results()) {
            if (!include.test(r.key())) continue;
            series.put(r.key(), new Series(r.key(), r.unit(), r.score(), samples.getOrDefault(r.key(), new double[0])));
        }
        return series;
    }
}
