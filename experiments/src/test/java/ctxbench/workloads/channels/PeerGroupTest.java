package ctxbench.workloads.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link PeerGroup#stop} ends peers of every kind (platform threads, virtual threads, Gs of the
 * model's scheduler) blocked on any pipe they may use, and fails instead of hanging.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class PeerGroupTest {

    static Stream<Arguments> implsAndKinds() {
        List<Arguments> all = new ArrayList<>();
        for (PipeImpl impl : PipeImpl.values()) {
            for (ThreadKind kind : ThreadKind.values()) {
                if (kind.supports(impl)) {
                    all.add(Arguments.of(impl, kind));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("implsAndKinds")
    void stopReleasesPeersBlockedInTakeAndInPut(PipeImpl impl, ThreadKind kind) throws Exception {
        Pipe<Integer> empty = impl.make(0);
        Pipe<Integer> full = impl.make(0);
        PeerGroup peers = new PeerGroup(kind, () -> {
            empty.close();
            full.close();
        });
        CountDownLatch started = new CountDownLatch(2);
        peers.start("taker", () -> {
            started.countDown();
            empty.take(); // nobody ever puts
        });
        peers.start("putter", () -> {
            started.countDown();
            for (;;) {
                full.put(1); // nobody ever takes (ltq cap 0 transfers, abq fills its one slot, then blocks)
            }
        });
        started.await();
        Thread.sleep(20); // let both reach their blocking call; stop must work either way
        peers.stop();
        assertTrue(peers.allEnded());
    }

    @ParameterizedTest
    @EnumSource(ThreadKind.class)
    void aFailedPeerReleasesThePipesAndFailsStop(ThreadKind kind) throws Exception {
        Pipe<Integer> pipe = PipeImpl.MODEL.make(0);
        PeerGroup peers = new PeerGroup(kind, pipe::close);
        IllegalArgumentException bug = new IllegalArgumentException("bug in a peer");
        peers.start("broken", () -> {
            throw bug;
        });
        // The measured side, blocked on the pipe, is released by the failure's close.
        assertThrows(PipeClosedException.class, pipe::take);
        IllegalStateException e = assertThrows(IllegalStateException.class, peers::stop);
        assertEquals("a peer thread failed", e.getMessage());
        assertSame(bug, e.getCause());
    }

    /**
     * A peer that ignores the release and the interrupt makes {@code stop} fail after its limit. The
     * peer is then let go and waited for here, so that the second {@code stop}, which must succeed,
     * does not depend on the peer leaving within the group's short limit (a loaded machine may not
     * run it for longer than that).
     */
    @Test
    void stopFailsInsteadOfHangingWhenAPeerIgnoresRelease() throws Exception {
        PeerGroup peers = new PeerGroup(ThreadKind.PLATFORM, () -> {}, Duration.ofMillis(100));
        AtomicBoolean letGo = new AtomicBoolean();
        CompletableFuture<Thread> stubborn = new CompletableFuture<>();
        peers.start("stubborn", () -> {
            stubborn.complete(Thread.currentThread());
            while (!letGo.get()) {
                LockSupport.park(this); // ignores interrupts
                Thread.interrupted();
            }
        });
        Thread peer = stubborn.get();
        IllegalStateException e = assertThrows(IllegalStateException.class, peers::stop);
        assertTrue(e.getMessage().startsWith("1 of 1 peer threads did not end within PT0.1S"), e.getMessage());
        assertTrue(peer.isAlive(), "the peer ignored the release");
        letGo.set(true);
        LockSupport.unpark(peer);
        assertTrue(peer.join(Duration.ofSeconds(15)), "the released peer did not leave");
        peers.stop(); // every peer has ended now: stop succeeds
        assertTrue(peers.allEnded());
    }
}
