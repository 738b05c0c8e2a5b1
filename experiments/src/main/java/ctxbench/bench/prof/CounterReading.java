package ctxbench.bench.prof;

import java.util.Map;

/**
 * One reading of cumulative context-switch counters, keyed by counter: a thread id for
 * {@link ProcTaskCounters}, the single key {@link RusageCounter#PROCESS} for {@link RusageCounter}.
 *
 * @param counters the counts of every counter at the time of the reading
 */
record CounterReading(Map<String, ContextSwitches> counters) {
    /** A reading with its own copy of {@code counters}. */
    CounterReading {
        counters = Map.copyOf(counters);
    }

    /**
     * The switches between {@code before} and this later reading. A counter present in both adds
     * its growth; a counter new in this reading (a thread started in between) adds all its counts;
     * so does a counter that went down (its id was reused by a new thread). A counter of
     * {@code before} missing here (a thread that exited in between) adds nothing: what it counted
     * after {@code before} is lost, see {@link #lost}.
     */
    ContextSwitches since(CounterReading before) {
        ContextSwitches sum = ContextSwitches.ZERO;
        for (Map.Entry<String, ContextSwitches> e : counters.entrySet()) {
            ContextSwitches earlier = before.counters.get(e.getKey());
            ContextSwitches now = e.getValue();
            sum = sum.plus(earlier == null || now.isBelow(earlier) ? now : now.minus(earlier));
        }
        return sum;
    }

    /** How many counters of {@code before} this later reading lacks (threads that exited in between). */
    int lost(CounterReading before) {
        int n = 0;
        for (String key : before.counters.keySet()) {
            if (!counters.containsKey(key)) n++;
        }
        return n;
    }

    /** The sum over all counters. */
    ContextSwitches total() {
        ContextSwitches sum = ContextSwitches.ZERO;
        for (ContextSwitches c : counters.values()) sum = sum.plus(c);
        return sum;
    }
}
