package ctxbench.check;

import java.util.List;

/**
 * What the threads of one run of a {@link Scenario} did: per thread, its operations in program
 * order, each with its result and the ticks of a shared clock read just before it started and
 * just after it returned. Operation A precedes B in real time when A's end tick is below B's
 * start tick; a linearization must keep that order.
 *
 * @param channels how many channels the scenario used
 * @param capacity their capacity
 * @param threads  per thread, its events in program order
 */
record History(int channels, int capacity, List<List<Event>> threads) {
    /** One operation as it happened. */
    record Event(ChanOp op, String result, long start, long end) {
        @Override
        public String toString() {
            return op + " -> " + result + " [" + start + ".." + end + "]";
        }
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("history (cap " + capacity + "):");
        for (int t = 0; t < threads.size(); t++) {
            sb.append("\n  thread ").append(t).append(": ").append(threads.get(t));
        }
        return sb.toString();
    }
}
