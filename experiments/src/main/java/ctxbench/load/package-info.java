/**
 * Load and latency experiments over the Go model, recorded with HdrHistogram: what a service
 * owner would look at, where the JMH suites give cost per operation.
 *
 * <ul>
 *   <li>{@link ctxbench.load.SeedLoad}: the seed's request (seeds/000) in its four variants,
 *       open-loop at a fixed rate with coordinated-omission-corrected latencies
 *       ({@link ctxbench.load.OpenLoopSchedule}, {@link ctxbench.load.OpenLoopDispatcher}) and a
 *       100 ms time series of live timers, heap after GC, goroutines, GC and request rate
 *       ({@code Sampler}); the un-stopped timers of {@link ctxbench.seed.SeedVariant#BEFORE_LEAKY} and
 *       {@link ctxbench.seed.SeedVariant#AFTER} show as about rate × 200 ms live timers.</li>
 *   <li>{@link ctxbench.load.TimerLateness}: how late each timer queue fires, with many idle timers.</li>
 *   <li>{@link ctxbench.load.CancelLatency}: from cancelling a context tree's root to the last
 *       waiting goroutine running, by tree shape.</li>
 *   <li>{@link ctxbench.load.ChanHandoff}: the round-trip distribution over an unbuffered channel,
 *       platform vs virtual threads.</li>
 *   <li>{@link ctxbench.load.GoLatencyImport}: the Go load generator's latencies, into the same
 *       files and rows.</li>
 * </ul>
 * Output: {@code RUN/hdr/*.hgrm} (percentiles in µs), {@code *.hlog} (interval logs, ns),
 * {@code *-timeseries.csv}, and {@code suite=load} rows merged into {@code RUN/results.csv}.
 * Entry point: {@code scripts/load.sh}, which runs every experiment in a fresh JVM through
 * {@link ctxbench.load.LoadCli}, on the goroutine runtime {@code --sched} names
 * ({@code -Dctxbench.sched=go|vt}; the rows' {@code sched} parameter and the {@code hdr/} file
 * names say which). Heap after GC is read from {@code com.sun.management.GcInfo}
 * (see {@code JvmGauges} for why not {@code MemoryPoolMXBean.getCollectionUsage()}).
 */
package ctxbench.load;
