package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code go} scheduler ({@link Sched}, {@link M}, {@link P}, {@link G}) on schedulers of its
 * own with GOMAXPROCS 1 and 2, whatever {@code ctxbench.sched} says. Orders are forced by the
 * scheduler's rules (runnext, FIFO rings, one P), never by sleeping; waits are hang guards.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SchedTest {
    private static final Sched ONE = new Sched(1);
    private static final Sched TWO = new Sched(2);

    /** Go: {@code go A(); go B()} from a goroutine: B takes runnext, A goes to the ring, so B runs first. */
    @Test
    void theLastSpawnedGoroutineRunsNext() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ONE.run(() -> {
            Chan<Void> done = Chan.make(2);
            Goroutines.go(() -> {
                log.add("A");
                done.send(null);
            });
            Goroutines.go(() -> {
                log.add("B");
                done.send(null);
            });
            done.recv();
            done.recv();
        });
        assertEquals(List.of("B", "A"), log);
        awaitIdle(ONE);
    }

    /**
     * A goroutine readied by a send goes into the sender's runnext, ahead of goroutines already
     * in the ring (which run in FIFO order).
     */
    @Test
    void aReadiedGoroutineRunsNextOnTheSameP() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ONE.run(() -> {
            Chan<Integer> started = Chan.make();
            Chan<Integer> ch = Chan.make();
            Chan<Void> done = Chan.make(3);
            Goroutines.go(() -> {
                started.send(1);
                log.add("W got " + ch.recv());
                done.send(null);
            });
            started.recv(); // W runs, readies this goroutine and parks in ch.recv
            Goroutines.go(() -> {
                log.add("L1");
                done.send(null);
            });
            Goroutines.go(() -> {
                log.add("L2");
                done.send(null);
            });
            ch.send(7); // readies W into runnext: L2 moves to the ring behind L1
            for (int i = 0; i < 3; i++) {
                done.recv();
            }
        });
        assertEquals(List.of("W got 7", "L1", "L2"), log);
        awaitIdle(ONE);
    }

    /**
     * Nothing preempts a goroutine that never parks: it keeps its P. With two Ps the other M
     * steals the goroutine queued behind it, which ends the spin. (With GOMAXPROCS=1 the queued
     * goroutine would wait forever: Go 1.14+ would preempt the spinner; the model does not.)
     */
    @Test
    void aSpinningGoroutineHoldsItsPWhileAnotherMStealsTheRest() {
        AtomicBoolean flag = new AtomicBoolean();
        TWO.run(() -> {
            Chan<Void> done = Chan.make(2);
            Goroutines.go(() -> { // into the ring, behind runnext
                flag.set(true);
                done.send(null);
            });
            Goroutines.go(() -> { // runnext: runs first on this P
                while (!flag.get()) {
                    Thread.onSpinWait();
                }
                done.send(null);
            });
            done.recv();
            done.recv();
        });
        assertTrue(flag.get());
        awaitIdle(TWO);
    }

    /**
     * An M that runs a goroutine is not spinning, however it found it (Go: {@code schedule} calls
     * {@code resetspinning} after {@code findRunnable} returns). Here every 61st schedule takes the
     * goroutine from the global queue first; an M that kept its spinning mark there would make
     * every {@code wakep} a no-op while the goroutine runs, and a busy P's timers would never be
     * run by another M ({@link #aBusyPsTimerIsRunByAnotherM} once hung so). With one P nothing
     * else can spin, so the count is 0 inside each goroutine; 200 runs pass every schedtick
     * residue mod 61.
     */
    @Test
    void aGoroutineNeverRunsOnASpinningM() {
        Sched one = new Sched(1);
        for (int run = 0; run < 200; run++) {
            int[] spinning = new int[1];
            one.run(() -> spinning[0] = one.nmspinning.get());
            assertEquals(0, spinning[0], "nmspinning seen by the goroutine of run " + run);
            awaitIdle(one);
        }
    }

    /** Timers of one P run in due-time order, on its M, when the P is idle (its M sleeps until the first). */
    @Test
    void timersFireInDueTimeOrderOnAnIdleP() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ONE.run(() -> {
            Chan<String> fired = Chan.make(3);
            long now = Time.nanotime();
            addTimer(now + 3_000_000, () -> fired.trySend("3ms"));
            addTimer(now + 1_000_000, () -> fired.trySend("1ms"));
            addTimer(now + 2_000_000, () -> fired.trySend("2ms"));
            for (int i = 0; i < 3; i++) {
                log.add(fired.recv()); // parks: the P goes idle, its M sleeps until the next timer
            }
        });
        assertEquals(List.of("1ms", "2ms", "3ms"), log);
        awaitIdle(ONE);
    }

    /**
     * A due timer of a P whose goroutine never parks is run by another M (the poller wakes at
     * the due time and steals it), as Go's {@code stealWork} runs other Ps' timers.
     */
    @Test
    void aBusyPsTimerIsRunByAnotherM() {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        TWO.run(() -> {
            Thread self = Thread.currentThread();
            addTimer(Time.nanotime() + 1_000_000, () -> ranOn.set(Thread.currentThread()));
            while (ranOn.get() == null) {
                Thread.onSpinWait(); // holds this P: its own M cannot check its timers
            }
            assertTrue(ranOn.get() != self, "the timer ran on the other M");
        });
        awaitIdle(TWO);
    }

    /** {@code Time.sleep} on a goroutine parks the goroutine, not its carrier: with one P another goroutine runs meanwhile. */
    @Test
    void sleepParksTheGoroutineNotTheCarrier() {
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        ONE.run(() -> {
            Chan<Void> done = Chan.make(2);
            Goroutines.go(() -> { // ring: runs once the sleeper parked
                log.add("other");
                done.send(null);
            });
            Goroutines.go(() -> { // runnext: runs first
                Time.sleep(Duration.ofMillis(20));
                log.add("slept");
                done.send(null);
            });
            done.recv();
            done.recv();
        });
        assertEquals(List.of("other", "slept"), log);
        awaitIdle(ONE);
    }

    /** An exception ends only its goroutine: it goes to the default handler and the M runs on. */
    @Test
    void anExceptionEndsOnlyItsGoroutine() {
        Thread.UncaughtExceptionHandler saved = Thread.getDefaultUncaughtExceptionHandler();
        AtomicReference<Throwable> reported = new AtomicReference<>();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> reported.set(e));
        try {
            GoPanic boom = new GoPanic("boom");
            ONE.run(() -> {
                Chan<String> after = Chan.make();
                Goroutines.go(() -> after.send("still running")); // ring: runs after the thrower
                Goroutines.go(() -> { // runnext: runs first
                    throw boom;
                });
                assertEquals("still running", after.recv());
            });
            assertSame(boom, reported.get());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(saved);
        }
        awaitIdle(ONE);
    }

    /** {@link Sched#run} rethrows what the goroutine threw, and refuses to run on a goroutine. */
    @Test
    void runRethrowsAndIsNotForGoroutines() {
        GoPanic boom = new GoPanic("boom");
        assertSame(boom, assertThrows(GoPanic.class, () -> ONE.run(() -> {
            throw boom;
        })));
        ONE.run(() -> assertThrows(IllegalStateException.class, () -> TWO.run(() -> {})));
        awaitIdle(ONE);
    }

    /** Received by {@link ParksInItsInitializer}'s static initializer. */
    private static final Chan<Integer> INIT_CH = Chan.make();

    /** A class whose initializer parks: the JVM's class-initialization frame pins the goroutine. */
    private static final class ParksInItsInitializer {
        static final int VALUE = INIT_CH.recv();
    }

    /**
     * A goroutine that parks with a native frame on its stack (here a class initializer) cannot
     * yield (pinned): it blocks its carrier until a ready unparks it, and then runs on. (The
     * sender usually comes after the park; if it comes first, the receive takes its value
     * without parking, and the result is the same.)
     */
    @Test
    void aPinnedParkBlocksTheCarrierUntilReadied() throws InterruptedException {
        CountDownLatch receiving = new CountDownLatch(1);
        Thread sender = Thread.ofPlatform().start(() -> {
            try {
                receiving.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            INIT_CH.send(5);
        });
        List<Integer> got = new ArrayList<>();
        ONE.run(() -> {
            receiving.countDown();
            got.add(ParksInItsInitializer.VALUE);
        });
        sender.join();
        assertEquals(List.of(5), got);
        awaitIdle(ONE);
    }

    /** Many goroutines over two Ps hand values through channels; all end and both Ps go idle. */
    @Test
    void manyGoroutinesEndAndLeaveThePsIdle() {
        int n = 2_000;
        long[] sum = new long[1];
        TWO.run(() -> {
            Chan<Integer> results = Chan.make();
            for (int i = 0; i < n; i++) {
                int v = i;
                Goroutines.go(() -> {
                    Chan<Integer> hop = Chan.make();
                    Goroutines.go(() -> hop.send(v));
                    results.send(hop.recv());
                });
            }
            for (int i = 0; i < n; i++) {
                sum[0] += results.recv();
            }
        });
        assertEquals((long) n * (n - 1) / 2, sum[0]);
        awaitIdle(TWO);
    }

    /**
     * Many goroutines over two Ps each park on a timer of their P's heap, due within a few
     * milliseconds: every timer fires (run by its own M, a thief or the poller) and readies its
     * goroutine, and both Ps go idle. A lost wake-up between the Ms would hang here.
     */
    @Test
    void manyGoroutinesParkedOnTimersAllWake() {
        int n = 1_000;
        TWO.run(() -> {
            Chan<Void> done = Chan.make();
            for (int i = 0; i < n; i++) {
                long delay = (i * 7919L) % 3_000_000; // 0..3 ms, spread
                Goroutines.go(() -> {
                    Chan<Void> fired = Chan.make(1);
                    addTimer(Time.nanotime() + delay, () -> fired.trySend(null));
                    fired.recv();
                    done.send(null);
                });
            }
            for (int i = 0; i < n; i++) {
                done.recv();
            }
        });
        awaitIdle(TWO);
    }

    /**
     * Goroutines in hot loops that park and resume on either M: once the JIT has compiled a loop
     * with {@code Thread.currentThread()} as a constant of the frame, a goroutine resumed on the
     * other M must still find its own M and G ({@link Sched#carrier}), else it would park on
     * another goroutine's waiter, push into another P's run queue (the loops' sends ready the
     * peers) or add timers to another P's heap: a regression of this once killed an M with a
     * NullPointerException in {@code M.execute} and hung the scheduler. Go's
     * {@code BenchmarkChanProdCons10} shape: producers and consumers over a buffered channel, in
     * enough runs for the loops to be compiled.
     */
    @Test
    void goroutinesKeepTheirIdentityWhenResumedOnAnotherM() {
        for (int run = 0; run < 100; run++) {
            int procs = 2;
            int chunks = 20;
            int[] ended = new int[1];
            TWO.run(() -> {
                java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(chunks);
                Chan<Boolean> c = Chan.make(2 * procs);
                Chan<Integer> myc = Chan.make(10);
                for (int p = 0; p < procs; p++) {
                    Goroutines.go(() -> {
                        while (left.decrementAndGet() >= 0) {
                            for (int i = 0; i < 1000; i++) {
                                myc.send(1);
                            }
                        }
                        myc.send(0);
                        c.send(true);
                    });
                    Goroutines.go(() -> {
                        while (myc.recv() != 0) {
                            // receive until a producer's end marker
                        }
                        c.send(true);
                    });
                }
                for (int i = 0; i < 2 * procs; i++) {
                    ended[0] += c.recv() ? 1 : 0;
                }
            });
            assertEquals(2 * procs, ended[0]);
        }
        awaitIdle(TWO);
    }

    /** Adds a timer running {@code f} at {@code when} to the current P's heap (Go: {@code addtimer}). */
    private static void addTimer(long when, Runnable f) {
        Sched.timerHeap().add(new RuntimeTimer() {
            @Override
            public void run() {
                f.run();
            }
        }, when);
    }

    /** Hang guard: every goroutine has returned and every P is idle (no goroutine runnable or running). */
    private static void awaitIdle(Sched s) {
        long deadline = System.nanoTime() + Duration.ofSeconds(Task.SAFETY_NET_SECONDS).toNanos();
        while (!(s.idle() && s.goroutines() == 0)) {
            if (System.nanoTime() > deadline) {
                fail("scheduler not idle: goroutines=" + s.goroutines());
            }
            Thread.onSpinWait();
        }
    }
}
