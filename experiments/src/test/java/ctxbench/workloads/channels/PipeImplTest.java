package ctxbench.workloads.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@link PipeImpl} moves values in order and without loss, for its capacities and the peer kinds that may use it. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PipeImplTest {
    private static final int VALUES = 1000;

    /** Every implementation × the capacities it supports among 0, 1, 16, 1024 × the peer kinds that may block on it. */
    static Stream<Arguments> pipes() {
        List<Arguments> all = new ArrayList<>();
        for (PipeImpl impl : PipeImpl.values()) {
            for (int cap : new int[] {0, 1, 16, 1024}) {
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

    @ParameterizedTest(name = "{0} cap={1} {2}")
    @MethodSource("pipes")
    void movesValuesInOrderWithoutLoss(PipeImpl impl, int cap, ThreadKind kind) throws Exception {
        Pipe<Integer> pipe = impl.make(cap);
        PeerGroup peers = new PeerGroup(kind, pipe::close);
        peers.start("producer", () -> {
            for (int i = 0; i < VALUES; i++) {
                pipe.put(i); // values above 127 are fresh boxes: order is checked by value
            }
        });
        for (int i = 0; i < VALUES; i++) {
            assertEquals(i, pipe.take());
        }
        peers.stop();
        assertTrue(peers.allEnded());
    }

    @Test
    void bufferedPipesTakeCapValuesWithoutATaker() throws Exception {
        for (PipeImpl impl : new PipeImpl[] {PipeImpl.MODEL, PipeImpl.ABQ, PipeImpl.LTQ, PipeImpl.JOX}) {
            Pipe<Integer> pipe = impl.make(16);
            for (int i = 0; i < 16; i++) {
                pipe.put(i); // would block forever (caught by the timeout) if the buffer were smaller
            }
            for (int i = 0; i < 16; i++) {
                assertEquals(i, pipe.take(), impl.param);
            }
        }
    }

    @Test
    void abqWithCapZeroIsAOneSlotQueue() throws Exception {
        Pipe<Integer> pipe = PipeImpl.ABQ.make(0);
        pipe.put(7);
        assertEquals(7, pipe.take());
    }

    @Test
    void syncExistsForCapZeroOnly() {
        assertTrue(PipeImpl.SYNC.supports(0));
        assertFalse(PipeImpl.SYNC.supports(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PipeImpl.SYNC.make(1));
        assertEquals("impl=sync does not exist with cap=1", e.getMessage());
        for (PipeImpl impl : PipeImpl.values()) {
            assertFalse(impl.supports(-1), impl.param);
            if (impl != PipeImpl.SYNC) {
                assertTrue(impl.supports(1024), impl.param);
            }
        }
    }

    @Test
    void namesAreTheJmhParameterValues() {
        assertEquals(List.of("model", "abq", "sync", "ltq", "jox"),
                Stream.of(PipeImpl.values()).map(i -> i.param).toList());
        for (PipeImpl impl : PipeImpl.values()) {
            assertEquals(impl, PipeImpl.of(impl.param));
        }
        assertEquals("unknown impl 'chan' (model, abq, sync, ltq, jox)", assertThrows(IllegalArgumentException.class, () -> PipeImpl.of("chan")).getMessage());
        assertEquals(ThreadKind.VIRTUAL, ThreadKind.of("virtual"));
        assertEquals(ThreadKind.PLATFORM, ThreadKind.of("platform"));
        assertEquals(ThreadKind.GO, ThreadKind.of("go"));
        assertThrows(IllegalArgumentException.class, () -> ThreadKind.of("carrier"));
        assertEquals(ThreadKind.GO, ThreadKind.ofSched("go"));
        assertEquals(ThreadKind.VIRTUAL, ThreadKind.ofSched("vt"));
        assertEquals("unknown goroutine runtime 'virtual' (go or vt)",
                assertThrows(IllegalArgumentException.class, () -> ThreadKind.ofSched("virtual")).getMessage());
    }

    /** Gs of the go runtime block on the model's channels only: a JDK queue or jox would park their M and stall its P. */
    @Test
    void goPeersTakeTheModelOnly() {
        for (PipeImpl impl : PipeImpl.values()) {
            assertEquals(impl == PipeImpl.MODEL, ThreadKind.GO.supports(impl), impl.param);
            assertTrue(ThreadKind.PLATFORM.supports(impl) && ThreadKind.VIRTUAL.supports(impl), impl.param);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PingPong.start(PipeImpl.ABQ, 0, ThreadKind.GO));
        assertEquals("impl=abq cannot run on the go runtime: it would park the carrier M and stall its P (only impl=model parks a G)",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Transfer.start(PipeImpl.JOX, 0, ThreadKind.GO));
        assertThrows(IllegalArgumentException.class, () -> ProdCons.start(PipeImpl.LTQ, 0, "1x1", ThreadKind.GO));
    }

    @Test
    void closedModelAndJoxPipesFailPutAndTake() {
        for (PipeImpl impl : new PipeImpl[] {PipeImpl.MODEL, PipeImpl.JOX}) {
            Pipe<Integer> pipe = impl.make(1);
            pipe.close();
            pipe.close(); // idempotent
            assertThrows(PipeClosedException.class, () -> pipe.put(1), impl.param);
            assertThrows(PipeClosedException.class, pipe::take, impl.param);
        }
    }
}
