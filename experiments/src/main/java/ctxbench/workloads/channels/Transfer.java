package ctxbench.workloads.channels;

/**
 * The producer-to-consumer workload of {@code ChanThroughput.transfer}: a producer peer sends
 * values, the measured side receives them. Go mirror: {@code Transfer} in
 * experiments/go/channels/channels.go (a producer goroutine, the benchmark goroutine receives).
 *
 * <p>The producer sends in batches of {@link #BATCH} values and may run one batch ahead of the
 * consumer: {@link #start} grants the first batch and each {@link #transferBatch} grants the next
 * one before receiving the current one. So the two sides run continuously, as in Go's mirror
 * (the buffer is never drained just because a batch ended), yet an unbounded pipe
 * ({@code ltq} with {@code cap > 0}, where {@code put} never blocks) holds at most two batches.
 * The grant is one {@link Tokens} release per batch (a model channel send, so that a G of the
 * {@code go} runtime waits for it as a goroutine), amortized over its {@link #BATCH} values. At
 * most two grants are ever outstanding: the measured side grants batch k+2 only after it received
 * all of batch k, which the producer sent before it took grant k+1.
 *
 * <p>Values are {@code Integer}s 0..127, which {@link Integer#valueOf} takes from its cache, so
 * moving a value allocates nothing (as Go sends an {@code int}); the sum of a batch is
 * {@link #BATCH_SUM}.
 */
public final class Transfer extends Workload {
    /** Values per {@link #transferBatch}: four times the largest capacity measured (1024). */
    public static final int BATCH = 4096;
    /** The sum of one batch: {@code BATCH / 128} times {@code 0 + 1 + ... + 127}. */
    public static final int BATCH_SUM = BATCH / 128 * (127 * 128 / 2);

    private final Pipe<Integer> pipe;
    private final Tokens grants;

    private Transfer(PipeImpl impl, int cap, ThreadKind threads) {
        super(threads);
        threads.check(impl);
        this.pipe = pipe(impl, cap);
        this.grants = tokens(2);
        peers.start("producer", () -> {
            for (;;) {
                grants.acquire();
                for (int i = 0; i < BATCH; i++) {
                    pipe.put(i & 127);
                }
            }
        });
        grants.release(); // the batch the producer may run ahead with
    }

    /**
     * Makes the pipe and starts the producer, which begins the first batch at once.
     *
     * @throws IllegalArgumentException if {@code threads} cannot block on {@code impl} ({@link ThreadKind#supports})
     */
    public static Transfer start(PipeImpl impl, int cap, ThreadKind threads) {
        return new Transfer(impl, cap, threads);
    }

    /** Grants the producer its next batch and receives the current one: {@link #BATCH} values; returns their sum. */
    public int transferBatch() throws InterruptedException {
        grants.release();
        int sum = 0;
        for (int i = 0; i < BATCH; i++) {
            sum += pipe.take();
        }
        return sum;
    }

}
