package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No value is lost or duplicated when {@value #PRODUCERS} producers and {@value #CONSUMERS}
 * consumers share two channels through a mix of plain operations and selects.
 *
 * <p>Go: TestMultiConsumer and TestPseudoRandomSend in runtime/chan_test.go. Producers send
 * distinct values: plain {@code send} on {@code a}, {@code select} over a send on {@code a} and
 * one on {@code b}, or {@code trySend} on {@code a} falling back to that select. Consumers
 * alternate plain {@code recvOk} on {@code a} and a {@code select} over receives from both; a
 * closed channel's case is replaced by a nil one, Go's idiom. Every blocked producer waits on
 * {@code a} and so does every blocked consumer, so the mix cannot deadlock. The multiset received
 * must equal the multiset sent. Bounded: {@value #PRODUCERS}×{@value #PER_PRODUCER} values per run.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanStressTest {
    private static final int PRODUCERS = 4;
    private static final int CONSUMERS = 4;
    private static final int PER_PRODUCER = 1_500;

    static Stream<Arguments> capacitiesAndThreadKinds() {
        return Stream.of(0, 1, 16).flatMap(cap -> Stream.of(Arguments.of(cap, true), Arguments.of(cap, false)));
    }

    @ParameterizedTest(name = "cap {0}, virtual threads {1}")
    @MethodSource("capacitiesAndThreadKinds")
    void everySentValueIsReceivedExactlyOnce(int cap, boolean virtual) {
        Chan<Integer> a = Chan.make(cap);
        Chan<Integer> b = Chan.make(cap);
        List<Task<Void>> producers = new ArrayList<>();
        for (int p = 0; p < PRODUCERS; p++) {
            int base = p * PER_PRODUCER;
            producers.add(Task.start(virtual, () -> {
                produce(a, b, base);
                return null;
            }));
        }
        List<Task<int[]>> consumers = new ArrayList<>();
        for (int m = 0; m < CONSUMERS; m++) {
            consumers.add(Task.start(virtual, () -> consume(a, b)));
        }
        producers.forEach(Task::join);
        a.close();
        b.close();

        int[] received = consumers.stream().map(Task::join).flatMapToInt(Arrays::stream).sorted().toArray();
        int[] sent = new int[PRODUCERS * PER_PRODUCER];
        Arrays.setAll(sent, i -> i);
        assertEquals(sent.length, received.length, "values received");
        assertEquals(Arrays.toString(sent), Arrays.toString(received));
    }

    /** Sends {@code base .. base + PER_PRODUCER - 1}, each by one of three ways in turn. */
    private static void produce(Chan<Integer> a, Chan<Integer> b, int base) {
        Case<Integer> toA = Case.send(a, null);
        Case<Integer> toB = Case.send(b, null);
        for (int i = 0; i < PER_PRODUCER; i++) {
            int v = base + i;
            switch (i % 3) {
                case 0 -> a.send(v);
                case 1 -> Select.select(toA.set(v), toB.set(v));
                default -> {
                    if (!a.trySend(v)) {
                        Select.select(toB.set(v), toA.set(v));
                    }
                }
            }
        }
    }

    /** Receives until both channels are closed and drained; returns the values in arrival order. */
    private static int[] consume(Chan<Integer> a, Chan<Integer> b) {
        int[] got = new int[PRODUCERS * PER_PRODUCER];
        int n = 0;
        Case<Integer> fromA = Case.recv(a);
        Case<Integer> fromB = Case.recv(b);
        for (int step = 0; fromA != null || fromB != null; step++) {
            if (step % 2 == 0 && fromA != null) {
                Received<Integer> r = a.recvOk();
                if (r.ok()) {
                    got[n++] = r.value();
                } else {
                    fromA = null;
                }
                continue;
            }
            Case<Integer> ca = fromA != null ? fromA : Case.recv(null);
            Case<Integer> cb = fromB != null ? fromB : Case.recv(null);
            int chosen = Select.select(ca, cb);
            Case<Integer> won = chosen == 0 ? ca : cb;
            if (won.ok()) {
                got[n++] = won.value();
            } else if (chosen == 0) {
                fromA = null;
            } else {
                fromB = null;
            }
        }
        return Arrays.copyOf(got, n);
    }
}
