package ctxbench.bench.gobench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutine;
import ctxbench.runtime.Goroutines;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void selectSyncContendedReceivesFromEveryChannelAndItsSendersEnd(String sched) throws InterruptedException {
        long running = Goroutines.running();
        int[] chosen = new int[1];
        Goroutines.run(sched, () -> chosen[0] = ChanBench.selectSyncContended(sched, 2, 300));
        // Ready cases are chosen at random: missing one in 300 selects is about (2/3)^300.
        assertEquals(0b111, chosen[0]);
        awaitRunning(running); // close(done) ended the two parallel goroutines' senders
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void selectAsyncContendedKeepsOneTokenPerGoroutine(String sched) {
        List<Chan<Integer>> channels = new ArrayList<>();
        int[] chosen = new int[1];
        Goroutines.run(sched, () -> chosen[0] = ChanBench.selectAsyncContended(sched, 2, 1000, channels));
        assertTrue(chosen[0] != 0 && (chosen[0] & ~0b11) == 0, "a case of the two: " + chosen[0]);
        assertEquals(2, channels.get(0).len() + channels.get(1).len(), "both goroutines' tokens are back in a channel");
    }

    @Test
    void selectNonblockSucceedsOnlyOnceToFillMyc4() {
        ChanBench.Nonblock s = new ChanBench.Nonblock();
        assertEquals(8, bench.SelectNonblock(s));
        assertEquals(0, bench.SelectNonblock(s));
        assertEquals(1, s.myc4.len());
    }

    @Test
    void chanUncontendedFillsAndDrains() {
        ChanBench.OwnBuffer own = new ChanBench.OwnBuffer();
        assertEquals(0, bench.ChanUncontended(own));
        assertEquals(0, own.myc.len());
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void chanContendedAndSemLeaveTheirChannelEmpty(String sched) {
        Chan<Integer> myc = Chan.make(ChanBench.C * 2);
        Chan<Object> sem = Chan.make(2);
        int[] results = new int[2];
        Goroutines.run(sched, () -> {
            results[0] = ChanBench.chanContended(sched, 2, 50, myc);
            results[1] = ChanBench.chanSem(sched, 2, 1000, sem);
        });
        assertEquals(0, results[0], "every fill and drain received 0s");
        assertEquals(0, myc.len());
        assertEquals(1, results[1], "every receive got Empty{}");
        assertEquals(0, sem.len());
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void procsBenchmarksRunToCompletion(String sched) {
        long before = Goroutines.spawned();
        boolean[] results = new boolean[4];
        Goroutines.run(sched, () -> {
            results[0] = ChanProcs.chanSync(sched, 4); // Go's c <- true
            results[1] = ChanProcs.prodCons(sched, 2, 3, 0, 0);
            results[2] = ChanProcs.prodCons(sched, 3, 3, 10, 100);
            results[3] = ChanProcs.selectProdCons(sched, 2, 3);
        });
        assertTrue(results[0]);
        assertFalse(results[1] || results[2] || results[3], "foo == 42 is false");
        assertEquals(2 + 4 + 6 + 4, Goroutines.spawned() - before);
    }

    @Test
    void chanSyncNeedsAnEvenChunkCount() {
        assertEquals("chunks must be even, as Go makes them: 3",
                assertThrows(IllegalArgumentException.class, () -> ChanProcs.chanSync("vt", 3)).getMessage());
    }

    /** The JMH methods of the goroutine benchmarks, on both runtimes, with their timer queue installed and restored. */
    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void theJmhMethodsOfTheGoroutineBenchmarksRun(String sched) {
        TimerQueue before = TimerQueues.current();
        GoroutineRuntime rt = GoroutineRuntime.of(sched);
        try {
            assertEquals("go-heap", TimerQueues.current().name());
            assertTrue(bench.ChanSync(rt));
            assertFalse(bench.ChanProdCons100(rt));
            assertFalse(bench.ChanProdConsWork0(rt));
            assertFalse(bench.SelectProdCons(rt));
            assertEquals(0b111, bench.SelectSyncContended(rt));
            assertTrue(bench.SelectAsyncContended(rt) != 0);
            assertEquals(0, bench.ChanContended(rt));
            assertEquals(1, bench.ChanSem(rt));
        } finally {
            rt.restore();
        }
        assertSame(before, TimerQueues.current(), "tear-down restores the queue");
    }

    @Test
    void chanCreationReturnsWhatItSent() {
        Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        assertEquals(0, bench.ChanCreation(bh));
        bh.evaporate("Yes, I am Stephen Hawking, and know a thing or two about black holes.");
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void chanPopularWakesEveryGoroutineAndTearDownEndsThem(String sched) {
        GoroutineRuntime rt = GoroutineRuntime.of(sched);
        ChanBench.Popular s = new ChanBench.Popular();
        s.start(rt);
        try {
            for (int i = 0; i < 2; i++) {
                assertEquals(ChanBench.POPULAR, bench.ChanPopular(s, rt)); // returns only once all 1000 received, POPULAR_OPS times
            }
        } finally {
            s.stop();
            rt.restore();
        }
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

    /** Waits until no goroutine started since {@code running} was read is left (the test's @Timeout ends a hang). */
    private static void awaitRunning(long running) throws InterruptedException {
        while (Goroutines.running() > running) {
            Thread.sleep(5);
        }
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
