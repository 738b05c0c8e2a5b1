package ctxbench.load;

/**
 * The open-loop request generator: starts each request of an {@link OpenLoopSchedule} at its due
 * time, or at once when it is already late, and never waits for a request to finish (a request
 * runs on its own goroutine, started by the {@link Launch}). When the generator falls behind — it
 * was descheduled, a GC paused it, launching is slower than the rate — it catches up by starting
 * every overdue request immediately; the delay is recorded as schedule lag and, because latency is
 * measured from the due time, as latency of those requests.
 *
 * <p>It runs on the calling thread (a platform thread in the experiments, so that its pacing does
 * not compete for the virtual-thread carriers it is loading). {@link #issued()} may be read by
 * other threads while it runs (the sampler's request rate).
 */
public final class OpenLoopDispatcher {
    /** Starts one request; must not block (it starts a goroutine). */
    @FunctionalInterface
    public interface Launch {
        /** Starts request {@code index}, which was due at {@code dueNanos}. */
        void start(long index, long dueNanos);
    }

    /**
     * What the generator achieved.
     *
     * @param requests     requests started
     * @param targetRate   the schedule's rate, req/s
     * @param achievedRate requests started per second of dispatch time: {@code requests / (last start −
     *                     first due + 1/rate)}, equal to {@code targetRate} when every request started on time
     * @param maxLagNanos  the most any request started after its due time
     */
    public record Report(long requests, double targetRate, double achievedRate, long maxLagNanos) {
        /** Whether the generator kept the rate: achieved within 1 % of the target (a lag that it caught up on does not count). */
        public boolean keptRate() {
            return achievedRate >= 0.99 * targetRate;
        }
    }

    private volatile long issued;

    /** Requests started so far by the current or last {@link #run}. */
    public long issued() {
        return issued;
    }

    /**
     * Starts requests 0 … {@code count − 1} of {@code schedule}, each at its due time on
     * {@code clock}; returns when the last one has been started.
     */
    public Report run(OpenLoopSchedule schedule, long count, NanoClock clock, Launch launch) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, not " + count);
        }
        issued = 0;
        long maxLag = 0;
        long now = clock.nanoTime();
        for (long i = 0; i < count; i++) {
            long due = schedule.dueNanos(i);
            now = clock.nanoTime();
            if (now < due) {
                clock.parkUntil(due);
                now = clock.nanoTime();
            }
            maxLag = Math.max(maxLag, now - due);
            launch.start(i, due);
            issued = i + 1;
        }
        double seconds = (now - schedule.startNanos()) / 1e9 + 1 / schedule.ratePerSecond();
        return new Report(count, schedule.ratePerSecond(), count / seconds, maxLag);
    }
}
