package ctxbench.load;

import ctxbench.time.Time;
import java.util.concurrent.locks.LockSupport;

/**
 * The clock a load generator paces itself by: a monotonic time in nanoseconds and a way to wait
 * until a given time. The real clock is the model's ({@link Time#nanotime()}, the clock timer due
 * times are on); tests pass a fake one that moves only when told, so pacing and latency arithmetic
 * can be checked without timing anything.
 */
public interface NanoClock {
    /** The model's monotonic clock; waiting parks the calling thread (no timer-queue entry). */
    NanoClock SYSTEM = new NanoClock() {
        @Override
        public long nanoTime() {
            return Time.nanotime();
        }

        @Override
        public void parkUntil(long deadline) {
            for (long left; (left = deadline - Time.nanotime()) > 0; ) {
                LockSupport.parkNanos(left);
            }
        }
    };

    /** Now, in nanoseconds on this clock. */
    long nanoTime();

    /** Returns at or after {@code deadline} (at once when it has passed). */
    void parkUntil(long deadline);
}
