package ctxbench.compare;

import ctxbench.results.SeriesKey;

/**
 * One measured series as compare sees it: its key, unit, the score from {@code results.csv} and
 * the raw samples behind it (empty when the input has none, e.g. JMH's CSV).
 */
record Series(SeriesKey key, String unit, double score, double[] samples) {
}
