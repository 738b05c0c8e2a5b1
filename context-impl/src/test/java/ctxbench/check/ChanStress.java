package ctxbench.check;

import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Received;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The channel stress harness, shared by the test of the model and the test that it catches the
 * seeded bugs: {@value #PRODUCERS} producers and {@value #CONSUMERS} consumers on two channels
 * of one capacity, on virtual or platform threads, with selects mixed in, and a close that races
 * the producers. Rounds repeat until the budget is spent.
 *
 * <p>Go's rules checked per round: every value whose send returned is received exactly once and
 * nothing else is received (no loss, duplication or invention), even though the channels are
 * closed while producers are still sending (a send that loses that race panics "send on closed
 * channel" and its value must not arrive); and every consumer and every blocked producer is
 * released by the close (close observed by all), within {@code hangTimeout}.
 *
 * <p>Producers send distinct values, each in one of three ways in turn: a plain send on
 * {@code a}; a select sending to {@code a} or {@code b}; a {@code trySend} on {@code a} falling
 * back to that select. Consumers receive through a select over both channels while both are
 * open, then with a plain receive from the one still open, until both are closed.
 */
final class ChanStress {
    static final int PRODUCERS = 4;
    static final int CONSUMERS = 4;
    /** Producer p sends p * this, p * this + 1, ...: distinct across producers for any round a test can run. */
    private static final int VALUES_PER_PRODUCER = 100_000_000;
    /** What a consumer records for a {@code null} received with {@code ok == true}: never sent. */
    private static final int NULL_VALUE = -1;

    private final GoChan.Impl impl;
    private final int capacity;
    private final boolean virtual;
    private final Duration hangTimeout;

    /** A harness for {@code impl} with channels of {@code capacity}, failing if a thread is still blocked {@code hangTimeout} after the close. */
    ChanStress(GoChan.Impl impl, int capacity, boolean virtual, Duration hangTimeout) {
        this.impl = impl;
        this.capacity = capacity;
        this.virtual = virtual;
        this.hangTimeout = hangTimeout;
    }

    /** Runs rounds for {@code budget} (at least one); returns how many values were received in all. Throws {@link AssertionError} on a violation. */
    long run(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        long received = 0;
        do {
            received += round();
        } while (System.nanoTime() < deadline);
        return received;
    }

    /** One round: start everyone, close both channels once a random number of values went through, check. */
    private int round() {
        GoChan a = impl.make(capacity);
        GoChan b = impl.make(capacity);
        int closeAfter = ThreadLocalRandom.current().nextInt(200, 3_000);
        AtomicInteger sentSoFar = new AtomicInteger();
        List<Worker<int[]>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int first = p * VALUES_PER_PRODUCER;
            producers.add(new Worker<>(virtual, () -> produce(a, b, first, sentSoFar)));
        }
        List<Worker<int[]>> consumers = new ArrayList<>();
        for (int m = 0; m < CONSUMERS; m++) {
            consumers.add(new Worker<>(virtual, () -> consume(a, b)));
        }
        awaitSends(sentSoFar, closeAfter);
        a.close();
        b.close();
        int[] sent = collect(producers, "producer");
        int[] got = collect(consumers, "consumer");
        if (!Arrays.equals(sent, got)) {
            throw new AssertionError(impl.name() + ", cap " + capacity + ": values received differ from values sent: "
                    + sent.length + " sent, " + got.length + " received; " + difference(sent, got));
        }
        return got.length;
    }

    /**
     * Waits until {@code count} sends returned, or at most the hang timeout: a broken channel may
     * stop the values flowing, and the round must still close the channels and report it.
     */
    private void awaitSends(AtomicInteger sentSoFar, int count) {
        long deadline = System.nanoTime() + hangTimeout.toNanos();
        while (sentSoFar.get() < count && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    /** Sends until the channels are closed (the first panicking send ends it); returns the values whose send returned. */
    private int[] produce(GoChan a, GoChan b, int first, AtomicInteger sentSoFar) {
        int[] sent = new int[1_024];
        int n = 0;
        try {
            for (int i = 0; ; i++) {
                int v = first + i;
                switch (i % 3) {
                    case 0 -> a.send(v);
                    case 1 -> selectSend(a, b, v);
                    default -> {
                        if (!a.trySend(v)) {
                            selectSend(a, b, v);
                        }
                    }
                }
                if (n == sent.length) {
                    sent = Arrays.copyOf(sent, n * 2);
                }
                sent[n++] = v;
                sentSoFar.incrementAndGet();
            }
        } catch (GoPanic p) {
            if (!"send on closed channel".equals(p.getMessage())) {
                throw p;
            }
        }
        return Arrays.copyOf(sent, n);
    }

    /** Go: {@code select { case a <- v: case b <- v: }}. */
    private void selectSend(GoChan a, GoChan b, int v) {
        impl.select(false, a, v, b, v);
    }

    /** Receives until both channels are closed and drained; returns what it received. */
    private int[] consume(GoChan a, GoChan b) {
        int[] got = new int[16];
        int n = 0;
        boolean aOpen = true;
        boolean bOpen = true;
        while (aOpen || bOpen) {
            Integer v;
            if (aOpen && bOpen) {
                GoChan.Selected s = impl.select(false, a, null, b, null);
                if (!s.ok()) {
                    if (s.index() == 0) {
                        aOpen = false;
                    } else {
                        bOpen = false;
                    }
                    continue;
                }
                v = s.value();
            } else {
                Received<Integer> r = (aOpen ? a : b).recv();
                if (!r.ok()) {
                    aOpen = bOpen = false;
                    continue;
                }
                v = r.value();
            }
            if (n == got.length) {
                got = Arrays.copyOf(got, n * 2);
            }
            got[n++] = v == null ? NULL_VALUE : v; // a broken channel may deliver Go's zero value with ok
        }
        return Arrays.copyOf(got, n);
    }

    /** Joins the workers (failing if one is still blocked after the hang timeout) and returns all their values, sorted. */
    private int[] collect(List<Worker<int[]>> workers, String role) {
        List<int[]> parts = new ArrayList<>();
        for (Worker<int[]> w : workers) {
            parts.add(w.join(hangTimeout, () -> impl.name() + ", cap " + capacity + ": a " + role
                    + " is still blocked " + hangTimeout + " after both channels were closed (close not observed)"));
        }
        return parts.stream().flatMapToInt(Arrays::stream).sorted().toArray();
    }

    private static String difference(int[] sent, int[] got) {
        List<Integer> lost = new ArrayList<>();
        List<Integer> extra = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < sent.length || j < got.length) {
            if (j == got.length || (i < sent.length && sent[i] < got[j])) {
                lost.add(sent[i++]);
            } else if (i == sent.length || got[j] < sent[i]) {
                extra.add(got[j++]);
            } else {
                i++;
                j++;
            }
        }
        return "lost " + head(lost) + ", received but not sent (or twice) " + head(extra);
    }

    private static String head(List<Integer> values) {
        return values.size() <= 10 ? values.toString() : values.subList(0, 10) + " (" + values.size() + " in all)";
    }
}
