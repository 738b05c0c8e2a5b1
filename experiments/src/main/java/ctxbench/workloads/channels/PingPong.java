package ctxbench.workloads.channels;

/**
 * The ping-pong workload of {@code ChanPingPong.roundTrip}: the measured side sends a value on
 * {@code ping}, an echo peer receives it and sends it back on {@code pong}, the measured side
 * receives it. Go mirror: {@code PingPong} in experiments/go/channels/channels.go.
 *
 * <p>Each side waits for the other every round trip, so one round trip is two channel hand-offs
 * and, unless the partner is spinning on the other core, two park/unpark pairs: it measures
 * wake-up latency more than the channel's own code. With capacity 1 a send does not wait for the
 * receiver, but the next receive still does.
 */
public final class PingPong extends Workload {
    private final Pipe<Integer> ping;
    private final Pipe<Integer> pong;

    private PingPong(PipeImpl impl, int cap, ThreadKind threads) {
        super(threads);
        threads.check(impl);
        this.ping = pipe(impl, cap);
        this.pong = pipe(impl, cap);
        peers.start("echo", () -> {
            for (;;) {
                pong.put(ping.take());
            }
        });
    }

    /**
     * Makes the two pipes and starts the echo peer.
     *
     * @throws IllegalArgumentException if {@code threads} cannot block on {@code impl} ({@link ThreadKind#supports})
     */
    public static PingPong start(PipeImpl impl, int cap, ThreadKind threads) {
        return new PingPong(impl, cap, threads);
    }

    /** One round trip: sends {@code v} to the echo peer and returns what comes back ({@code v}). */
    public Integer roundTrip(Integer v) throws InterruptedException {
        ping.put(v);
        return pong.take();
    }

    /**
     * {@code n} round trips of the values {@code 0, 1, ..., 127, 0, ...} (cached {@code Integer}s:
     * nothing is allocated per value); returns the sum of what came back.
     */
    public int roundTrips(int n) throws InterruptedException {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            ping.put(i & 127);
            sum += pong.take();
        }
        return sum;
    }

}
