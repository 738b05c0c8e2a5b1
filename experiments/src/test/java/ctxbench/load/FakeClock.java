package ctxbench.load;

/**
 * A {@link NanoClock} that only moves when told: {@link #parkUntil} jumps to the deadline at once,
 * {@link #advance} models time passing (a stall, slow work). Lets tests check pacing and latency
 * arithmetic exactly, without timing anything.
 */
final class FakeClock implements NanoClock {
    private long now;

    FakeClock(long start) {
        now = start;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void parkUntil(long deadline) {
        now = Math.max(now, deadline);
    }

    /** Moves the time forward by {@code nanos}. */
    void advance(long nanos) {
        now += nanos;
    }
}
