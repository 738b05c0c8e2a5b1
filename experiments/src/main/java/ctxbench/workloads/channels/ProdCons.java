package ctxbench.workloads.channels;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The N-producers × M-consumers workload of {@code ChanProdCons.transfer}: {@code producers} peers
 * send on one pipe that {@code consumers} peers receive from; the measured side only starts and
 * awaits each batch. Go mirror: {@code ProdCons} in experiments/go/channels/channels.go.
 *
 * <p>One {@link #transferBatch} moves {@link #BATCH} values: it grants every producer its share
 * (the shares differ by at most one), each producer sends its share of {@code 1}s and then one end
 * marker {@code 0} (as Go's {@code benchmarkChanProdCons} in runtime/chan_test.go ends with
 * {@code myc <- 0}), and the batch is over when the consumers have received all {@code producers}
 * markers; a producer's values precede its marker, so by then every value has left the pipe. So
 * every batch starts and ends with an empty pipe and parked peers, as the Go mirror's run does
 * once per {@code b.N}; the start and end hand-offs (one wake-up per producer, one marker per
 * producer, one wake-up of the measured side) cost some µs per batch, about 1 ns per value. The
 * grants and the markers' arrival are {@link Tokens} (model channels), so that Gs of the
 * {@code go} runtime wait for them as goroutines.
 *
 * <p>Values are the cached {@code Integer}s 0 and 1: moving a value allocates nothing.
 */
public final class ProdCons extends Workload {
    /** Values per {@link #transferBatch}, end markers not counted. */
    public static final int BATCH = 16384;
    private static final Integer VALUE = 1;
    private static final Integer END = 0;

    private final Pipe<Integer> pipe;
    /** One per producer; at most one outstanding grant each (the next batch starts after every marker arrived). */
    private final Tokens[] grants;
    /** One token per end marker received; at most {@code producers} outstanding. */
    private final Tokens ends;
    private final AtomicLong received = new AtomicLong();

    private ProdCons(PipeImpl impl, int cap, int producers, int consumers, ThreadKind threads) {
        super(threads);
        if (producers < 1 || consumers < 1) {
            throw new IllegalArgumentException("need at least one producer and one consumer: " + producers + "x" + consumers);
        }
        threads.check(impl);
        this.pipe = pipe(impl, cap);
        this.grants = new Tokens[producers];
        for (int p = 0; p < producers; p++) {
            grants[p] = tokens(1);
        }
        this.ends = tokens(producers);
        for (int c = 0; c < consumers; c++) {
            peers.start("consumer-" + c, this::consume);
        }
        for (int p = 0; p < producers; p++) {
            Tokens grant = grants[p];
            int share = BATCH / producers + (p < BATCH % producers ? 1 : 0);
            peers.start("producer-" + p, () -> produce(grant, share));
        }
    }

    /**
     * Makes the pipe and starts the peers.
     *
     * @param pc the JMH {@code pc} value, {@code producers x consumers}, e.g. {@code 2x2}
     * @throws IllegalArgumentException for a bad {@code pc}, or if {@code threads} cannot block on {@code impl}
     */
    public static ProdCons start(PipeImpl impl, int cap, String pc, ThreadKind threads) {
        String[] counts = pc.split("x", -1);
        if (counts.length != 2) {
            throw new IllegalArgumentException("pc must be <producers>x<consumers>, not '" + pc + "'");
        }
        return new ProdCons(impl, cap, Integer.parseInt(counts[0]), Integer.parseInt(counts[1]), threads);
    }

    /** One batch: {@link #BATCH} values from the producers to the consumers (see the class comment). */
    public void transferBatch() {
        for (Tokens grant : grants) {
            grant.release();
        }
        ends.acquire(grants.length);
    }

    /** Values the consumers received, end markers not counted; exact once {@link #stop} returned. */
    long received() {
        return received.get();
    }

    private void produce(Tokens grant, int share) throws InterruptedException {
        for (;;) {
            grant.acquire();
            for (int i = 0; i < share; i++) {
                pipe.put(VALUE);
            }
            pipe.put(END);
        }
    }

    /** A consumer counts in a local and publishes the count once, when it ends: no shared write per value. */
    private void consume() throws InterruptedException {
        long count = 0;
        try {
            for (;;) {
                if (pipe.take().intValue() == 0) {
                    ends.release();
                } else {
                    count++;
                }
            }
        } finally {
            received.addAndGet(count);
        }
    }
}
