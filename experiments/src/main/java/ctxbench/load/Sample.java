package ctxbench.load;

/**
 * One row of a load experiment's time series ({@code hdr/<name>-timeseries.csv}), taken every
 * 100 ms by the {@link Sampler}.
 *
 * @param tMs               milliseconds since the measurement started
 * @param liveTimers        entries in the timer queue ({@code TimerQueue.size()}: on the Go heap this
 *                          includes stopped timers not yet removed, as Go's heap holds them)
 * @param heapAfterGcBytes  heap used after the most recent collection ({@link JvmGauges}); −1 before any
 * @param goroutinesSpawned goroutines started since the previous sample
 * @param gcCount           collections since the measurement started
 * @param gcTimeMs          milliseconds of collection since the measurement started
 * @param rate              requests started per second since the previous sample
 */
public record Sample(long tMs, int liveTimers, long heapAfterGcBytes, long goroutinesSpawned, long gcCount,
                     long gcTimeMs, double rate) {
}
