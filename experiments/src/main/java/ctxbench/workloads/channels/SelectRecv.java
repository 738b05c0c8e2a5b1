package ctxbench.workloads.channels;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Select;

/**
 * The select workload of {@code ChanSelect.recv} (the model only: a {@code select} exists for no
 * other implementation): a producer goroutine sends values round-robin on {@code cases} unbuffered
 * channels; the measured side receives one value per {@link #recv} through a {@code select} over
 * all of them. Go mirror: {@code SelectRecv} in experiments/go/channels/channels.go. The producer
 * is a goroutine of the runtime the measured side runs on: a virtual thread ({@code vt}) or a G
 * of the model's scheduler ({@code go}), see {@link #start(int, ThreadKind)}.
 *
 * <p>The receive cases are built once and reused (Go builds them on the stack), so a select
 * allocates only what the model's {@code selectgo} allocates: its poll and lock orders and, when
 * it parks, a waiter and one sudog per case. Values are cached {@code Integer}s (0..127).
 * Tear-down closes the channels: the producer's pending send panics "send on closed channel",
 * which ends it.
 */
public final class SelectRecv extends Workload {
    private final Chan<Integer>[] chans;
    private final Case<?>[] cases;

    @SuppressWarnings("unchecked")
    private SelectRecv(int count, ThreadKind producer) {
        super(producer);
        if (count < 1) {
            throw new IllegalArgumentException("cases must be at least 1: " + count);
        }
        chans = (Chan<Integer>[]) new Chan<?>[count];
        cases = new Case<?>[count];
        for (int i = 0; i < count; i++) {
            chans[i] = Chan.make();
            cases[i] = Case.recv(chans[i]);
        }
        closeOnRelease(this::closeAll);
        peers.start("producer", this::produce);
    }

    /** The release action: closes every channel; a second close is a no-op. */
    private void closeAll() {
        for (Chan<Integer> c : chans) {
            try {
                c.close();
            } catch (GoPanic alreadyClosed) {
                // "close of closed channel": release may run twice (failure, then stop)
            }
        }
    }

    /** Makes {@code cases} unbuffered channels and starts the producer goroutine, a virtual thread. */
    public static SelectRecv start(int cases) {
        return new SelectRecv(cases, ThreadKind.VIRTUAL);
    }

    /**
     * Makes {@code cases} unbuffered channels and starts the producer, a goroutine of the runtime
     * whose peers are {@code producer}: {@link ThreadKind#VIRTUAL} ({@code vt}) or {@link ThreadKind#GO}.
     */
    public static SelectRecv start(int cases, ThreadKind producer) {
        return new SelectRecv(cases, producer);
    }

    /** One {@code select} over all the channels; returns the value received. */
    public Integer recv() {
        int i = Select.select(cases);
        return (Integer) cases[i].value();
    }

    /** {@code n} selects, one after the other; returns the sum of the values received. */
    public int recvs(int n) {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int c = Select.select(cases);
            sum += (Integer) cases[c].value();
        }
        return sum;
    }

    private void produce() {
        try {
            int next = 0;
            for (int i = 0; ; i++) {
                chans[next].send(i & 127);
                if (++next == chans.length) {
                    next = 0;
                }
            }
        } catch (GoPanic closed) {
            if (!"send on closed channel".equals(closed.getMessage())) {
                throw closed;
            }
        }
    }

}
