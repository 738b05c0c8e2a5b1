package ctxbench.bench.gobench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each {@link ChanBench} operation run by hand with its states set up and torn down as JMH would,
 * checking Go's semantics of the ported body and that tear-down ends the goroutines it started.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class ChanBenchTest {
    private final ChanBench bench = new ChanBench();

    @Test
    void chanNonblockingFindsNothing() {
        ChanBench.Unbuffered s = new ChanBench.Unbuffered();
        assertFalse(bench.ChanNonblocking(s));
        assertFalse(bench.ChanNonblocking(s));
    }

    @Test
    void selectUncontendedMovesTheTokenBackAndForth() {
        ChanBench.OwnPair s = new ChanBench.OwnPair();
        s.make();
        for (int i = 0; i < 6; i++) {
            assertEquals(i % 2, bench.SelectUncontended(s)); // the token is always in exactly one channel
        }
    }

    @Test
    void selectSyncContendedReceivesFromEveryChannelAndTearDownEndsTheSenders() {
        ChanBench.SyncContended shared = new ChanBench.SyncContended();
        ChanBench.SyncContendedReceiver a = new ChanBench.SyncContendedReceiver();
        ChanBench.SyncContendedReceiver b = new ChanBench.SyncContendedReceiver();
        a.start(shared);
        b.start(shared);
        Set<Integer> chosen = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            chosen.add(bench.SelectSyncContended(i % 2 == 0 ? a : b));
        }
        assertEquals(Set.of(0, 1, 2), chosen); // ready cases are chosen at random: missing one in 300 is about (2/3)^300
        shared.closeDone();
        assertEquals(2, shared.senders.size());
        shared.senders.forEach(t -> assertFalse(t.isAlive()));
    }

    @Test
    void selectAsyncContendedKeepsOneTokenPerGoroutine() {
        ChanBench.AsyncContended shared = new ChanBench.AsyncContended();
        shared.makeFor(2);
        ChanBench.AsyncContendedSelector a = new ChanBench.AsyncContendedSelector();
        ChanBench.AsyncContendedSelector b = new ChanBench.AsyncContendedSelector();
        a.start(shared);
        b.start(shared);
        for (int i = 0; i < 100; i++) {
            bench.SelectAsyncContended(shared, i % 3 == 0 ? a : b);
            assertEquals(2, shared.myc1.len() + shared.myc2.len());
        }
    }

    @Test
    void selectNonblockSucceedsOnlyOnceToFillMyc4() {
        ChanBench.Nonblock s = new ChanBench.Nonblock();
        assertEquals(8, bench.SelectNonblock(s));
        assertEquals(0, bench.SelectNonblock(s));
        assertEquals(1, s.myc4.len());
    }

    @Test
    void chanUncontendedAndContendedFillAndDrain() {
        ChanBench.OwnBuffer own = new ChanBench.OwnBuffer();
        assertEquals(0, bench.ChanUncontended(own));
        assertEquals(0, own.myc.len());
        ChanBench.SharedBuffer shared = new ChanBench.SharedBuffer();
        shared.makeFor(2);
        assertEquals(200, shared.myc.cap());
        assertEquals(0, bench.ChanContended(shared));
        assertEquals(0, shared.myc.len());
    }

    @Test
    void procsBenchmarksRunToCompletion() {
        long before = Goroutines.spawned();
        assertTrue(ChanProcs.chanSync(4)); // Go's c <- true
        assertFalse(ChanProcs.prodCons(2, 3, 0, 0));
        assertFalse(ChanProcs.prodCons(3, 3, 10, 100));
        assertFalse(ChanProcs.selectProdCons(2, 3));
        assertEquals(2 + 4 + 6 + 4, Goroutines.spawned() - before);
    }

    @Test
    void chanSyncNeedsAnEvenChunkCount() {
        assertEquals("chunks must be even, as Go makes them: 3",
                assertThrows(IllegalArgumentException.class, () -> ChanProcs.chanSync(3)).getMessage());
    }

    @Test
    void theJmhMethodsOfTheProcsBenchmarksRun() {
        assertTrue(bench.ChanSync());
        assertFalse(bench.ChanProdCons100());
        assertFalse(bench.SelectProdCons());
    }

    @Test
    void chanCreationAndSemReturnWhatTheySent() {
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        assertEquals(0, bench.ChanCreation(bh));
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
        ChanBench.Sem s = new ChanBench.Sem();
        s.makeFor(2);
        Object empty = bench.ChanSem(s);
        assertEquals(empty, bench.ChanSem(s));
        assertEquals(0, s.myc.len());
    }

    @Test
    void chanPopularWakesEveryGoroutineAndTearDownEndsThem() {
        ChanBench.Popular s = new ChanBench.Popular();
        s.start();
        for (int i = 0; i < 3; i++) {
            assertEquals(ChanBench.POPULAR, bench.ChanPopular(s)); // returns only once all 1000 received
        }
        s.stop();
        assertEquals(ChanBench.POPULAR, s.goroutines.size());
        s.goroutines.forEach(t -> assertFalse(t.isAlive()));
    }

    @Test
    void chanClosedAlwaysReceives() {
        ChanBench.Closed s = new ChanBench.Closed();
        s.close();
        assertTrue(bench.ChanClosed(s));
        assertTrue(bench.ChanClosed(s));
    }

    @Test
    void joinAllFailsInsteadOfHanging() {
        Chan<Void> release = Chan.make();
        Goroutine blocked = Goroutines.go(release::recv);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChanBench.joinAll(List.of(blocked), Duration.ofMillis(50)));
        assertEquals("1 goroutines did not end within PT0.05S", e.getMessage());
        release.close();
        ChanBench.joinAll(List.of(blocked), ChanBench.STOP_TIMEOUT);
        assertFalse(blocked.isAlive());
    }
}
