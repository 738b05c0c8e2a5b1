package ctxbench.workloads.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Goroutines;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The channel workloads' operations outside JMH: the values arrive, the counts add up, and
 * {@code stop()} ends every peer, also when one is blocked in the middle of a batch.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WorkloadsTest {

    /** impl × the given capacities where they exist × the peer kinds that may block on it. */
    private static Stream<Arguments> combinations(int... caps) {
        List<Arguments> all = new ArrayList<>();
        for (PipeImpl impl : PipeImpl.values()) {
            for (int cap : caps) {
                if (impl.supports(cap)) {
                    for (ThreadKind kind : ThreadKind.values()) {
                        if (kind.supports(impl)) {
                            all.add(Arguments.of(impl, cap, kind));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    static Stream<Arguments> pingPongCombinations() {
        return combinations(0, 1);
    }

    static Stream<Arguments> transferCombinations() {
        return combinations(0, 16, 1024);
    }

    static Stream<Arguments> prodConsCombinations() {
        return combinations(0, 100);
    }

    @ParameterizedTest(name = "{0} cap={1} {2}")
    @MethodSource("pingPongCombinations")
    void pingPongEchoesEveryValue(PipeImpl impl, int cap, ThreadKind kind) throws Exception {
        PingPong pingPong = PingPong.start(impl, cap, kind);
        for (int i = 0; i < 300; i++) {
            assertEquals(i, pingPong.roundTrip(i));
        }
        pingPong.stop();
        assertTrue(pingPong.peersEnded());
    }

    @ParameterizedTest(name = "{0} cap={1} {2}")
    @MethodSource("transferCombinations")
    void transferDeliversWholeBatches(PipeImpl impl, int cap, ThreadKind kind) throws Exception {
        Transfer transfer = Transfer.start(impl, cap, kind);
        for (int batch = 0; batch < 3; batch++) {
            assertEquals(Transfer.BATCH_SUM, transfer.transferBatch());
        }
        // The producer is now a batch ahead, blocked on the full pipe (or, unbounded, done with it).
        transfer.stop();
        assertTrue(transfer.peersEnded());
    }

    @ParameterizedTest(name = "{0} cap={1} {2}")
    @MethodSource("transferCombinations")
    void transferStopsWithTheProducerBlockedMidBatch(PipeImpl impl, int cap, ThreadKind kind) {
        Transfer transfer = Transfer.start(impl, cap, kind); // the producer starts its first batch at once
        transfer.stop();
        assertTrue(transfer.peersEnded());
    }

    @ParameterizedTest(name = "{0} cap={1} {2}")
    @MethodSource("prodConsCombinations")
    void prodConsTwoByTwoMovesEveryValue(PipeImpl impl, int cap, ThreadKind kind) throws Exception {
        assertMovesEveryValue(ProdCons.start(impl, cap, "2x2", kind), 2);
    }

    @ParameterizedTest(name = "pc={0}")
    @ValueSource(strings = {"1x1", "4x4", "3x1"})
    void prodConsOtherShapesMoveEveryValue(String pc) throws Exception {
        for (ThreadKind kind : ThreadKind.values()) {
            assertMovesEveryValue(ProdCons.start(PipeImpl.MODEL, 0, pc, kind), 2);
            if (kind.supports(PipeImpl.ABQ)) {
                assertMovesEveryValue(ProdCons.start(PipeImpl.ABQ, 100, pc, kind), 2);
            }
        }
    }

    private static void assertMovesEveryValue(ProdCons prodCons, int batches) throws InterruptedException {
        for (int i = 0; i < batches; i++) {
            prodCons.transferBatch();
        }
        prodCons.stop();
        assertTrue(prodCons.peersEnded());
        assertEquals((long) batches * ProdCons.BATCH, prodCons.received());
    }

    @Test
    void prodConsRejectsBadShapes() {
        assertEquals("pc must be <producers>x<consumers>, not '2'",
                assertThrows(IllegalArgumentException.class,
                        () -> ProdCons.start(PipeImpl.MODEL, 0, "2", ThreadKind.VIRTUAL)).getMessage());
        assertEquals("need at least one producer and one consumer: 0x2",
                assertThrows(IllegalArgumentException.class,
                        () -> ProdCons.start(PipeImpl.MODEL, 0, "0x2", ThreadKind.VIRTUAL)).getMessage());
    }

    @ParameterizedTest(name = "cases={0}")
    @ValueSource(ints = {1, 2, 4})
    void selectReceivesTheRoundRobinSequence(int cases) {
        SelectRecv select = SelectRecv.start(cases);
        // Each unbuffered send completes before the next starts, so values arrive in send order.
        for (int i = 0; i < 500; i++) {
            assertEquals(i & 127, select.recv());
        }
        select.stop();
        assertTrue(select.peersEnded());
    }

    /** A batch of selects on either runtime, the producer a goroutine of it: 256 selects receive 0..127 twice. */
    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void selectBatchesOnEitherRuntime(String sched) {
        SelectRecv select = SelectRecv.start(2, ThreadKind.ofSched(sched));
        int[] sums = new int[2];
        Goroutines.run(sched, () -> {
            sums[0] = select.recvs(256);
            sums[1] = select.recvs(256);
        });
        assertEquals(2 * (127 * 128 / 2), sums[0]);
        assertEquals(2 * (127 * 128 / 2), sums[1]);
        select.stop();
        assertTrue(select.peersEnded());
    }

    /** The batches of the go runtime's classes, run inside a G as JMH runs them, with G peers. */
    @Test
    void batchesRunInsideAGoroutineWithGoroutinePeers() throws Exception {
        PingPong pingPong = PingPong.start(PipeImpl.MODEL, 0, ThreadKind.GO);
        Transfer transfer = Transfer.start(PipeImpl.MODEL, 0, ThreadKind.GO);
        ProdCons prodCons = ProdCons.start(PipeImpl.MODEL, 0, "2x2", ThreadKind.GO);
        int[] sums = new int[2];
        Goroutines.run("go", () -> {
            try {
                sums[0] = pingPong.roundTrips(256);
                sums[1] = transfer.transferBatch();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            prodCons.transferBatch();
        });
        assertEquals(2 * (127 * 128 / 2), sums[0]);
        assertEquals(Transfer.BATCH_SUM, sums[1]);
        pingPong.stop();
        transfer.stop();
        prodCons.stop();
        assertTrue(pingPong.peersEnded() && transfer.peersEnded() && prodCons.peersEnded());
        assertEquals(ProdCons.BATCH, prodCons.received());
    }
}
