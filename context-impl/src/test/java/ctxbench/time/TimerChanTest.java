package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.runtime.Task;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Go 1.23's synchronous timer channels ({@link TimerMode#GO1_23}, {@code asynctimerchan=0}),
 * which every test here installs: the port of Go 1.23's {@code testTimerChan} (time/tick_test.go,
 * {@code TestChan/asynctimerchan=0}) for a timer and a ticker, and the mechanisms under it —
 * queued only while a goroutine is blocked on the channel, lazy firing, {@code len}/{@code cap}
 * 0, no stale value after Stop or Reset, and collection of unreferenced timers
 * ({@code TestTimerGC}). What is asserted is which values arrive and the booleans; the short
 * sleeps only give timers a chance to fire, never a bound.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimerChanTest {
    /** Go's {@code sched} in testTimerChan: a pause for something to happen. */
    private static final Duration SCHED = Duration.ofMillis(10);
    private static final Duration LONG = Duration.ofSeconds(10_000);
    /** Go's {@code tries}: how often a missing tick is looked for again. */
    private static final int TRIES = 100;

    private TimerMode previous;

    @BeforeEach
    void installGo123() {
        previous = TimerMode.current();
        TimerMode.set(TimerMode.GO1_23);
    }

    @AfterEach
    void restore() {
        TimerMode.set(previous);
    }

    // ---- Go: TestChan/asynctimerchan=0 (testTimerChan with synctimerchan = true) --------------

    /** A timer or ticker behind Go's test interface {@code timer}: Stop and Reset with results. */
    interface TimerLike {
        boolean stop();

        boolean reset(Duration d);
    }

    /** Go: TestChan/asynctimerchan=0/Timer. */
    @Test
    void timerChan() throws InterruptedException {
        testTimerChan(Time.newTimer(LONG));
    }

    /** Go's testTimerChan for a Timer made in the current mode on the installed queue. */
    static void testTimerChan(Timer t) throws InterruptedException {
        testTimerChan(new TimerLike() {
            @Override
            public boolean stop() {
                return t.stop();
            }

            @Override
            public boolean reset(Duration d) {
                return t.reset(d);
            }
        }, t.c, false);
    }

    /** Go: TestChan/asynctimerchan=0/Ticker, through Go's {@code tickerTimer}, which gives Stop and Reset results. */
    @Test
    void tickerChan() throws InterruptedException {
        Ticker tk = Time.newTicker(LONG);
        testTimerChan(new TimerLike() {
            private boolean stopped;

            @Override
            public boolean stop() {
                boolean pending = !stopped;
                stopped = true;
                tk.stop();
                return pending;
            }

            @Override
            public boolean reset(Duration d) {
                boolean pending = !stopped;
                stopped = false;
                tk.reset(d);
                return pending;
            }
        }, tk.c, true);
    }

    /** Go: {@code testTimerChan(t, tim, C, synctimerchan=true)}, in Go's order; Go's sleeps that let a goroutine block are waits for it to park. */
    static void testTimerChan(TimerLike tim, Chan<Instant> c, boolean isTicker) throws InterruptedException {
        // Test simple stop; timer never in heap.
        tim.stop();
        noTick(c);

        // Test modify of timer not in heap.
        tim.reset(LONG);
        noTick(c);

        // Test modify of timer in heap.
        tim.reset(Duration.ofNanos(1));
        Thread.sleep(SCHED.toMillis());
        assertEquals(0, c.len(), "len of a sync timer channel");
        assertEquals(0, c.cap(), "cap of a sync timer channel");
        assertTick(c);

        // Sleep long enough that a second tick must happen if this is a ticker.
        // Test that Reset does not lose the tick that should have happened.
        Thread.sleep(SCHED.toMillis());
        tim.reset(LONG);
        noTick(c);

        // Reset timer in heap (already reset above, but just in case).
        tim.reset(LONG);

        // Test stop while timer in heap (because goroutine is blocked on <-C).
        Task<Instant> receiver = Task.virtual(c::recv).awaitParked();

        // Test reset far away while timer in heap.
        tim.reset(Duration.ofSeconds(20_000));
        Thread.sleep(SCHED.toMillis());
        assertTrue(receiver.isAlive(), "early done");

        // Test imminent reset while in heap.
        tim.reset(Duration.ofNanos(1));
        receiver.join();

        // If this is a ticker, another tick should have come in already
        // (they are 1ns apart). If a timer, it should have stopped.
        if (isTicker) {
            assertTick(c);
        } else {
            noTick(c);
        }
        tim.stop();
        noTick(c);

        // Again using select and with two goroutines waiting.
        tim.reset(LONG);
        Chan<Boolean> done = Chan.make(2);
        Chan<Boolean> stop = Chan.make();
        Supplier<Task<Void>> selector = () -> Task.virtual(() -> {
            if (Select.select(Case.recv(c), Case.recv(stop)) == 0) {
                done.send(true);
            }
            return null;
        });
        Task<Void> s1 = selector.get().awaitParked();
        Task<Void> s2 = selector.get().awaitParked();
        assertNull(done.tryRecv(), "early done");
        tim.reset(SCHED.dividedBy(2));
        assertTrue(done.recv(), "never got done");
        tim.stop();
        stop.close();
        s1.join();
        s2.join();
        if (isTicker) {
            done.tryRecvDiscard(); // extra send might have sent done again
            c.tryRecvDiscard(); // extra send after that might have filled C
        }
        assertNull(done.tryRecv(), "early done");

        // Test enqueueTimerChan when timer is stopped.
        Chan<Boolean> stop2 = Chan.make();
        Supplier<Task<Void>> stoppedSelector = () -> Task.virtual(() -> {
            if (Select.select(Case.recv(c), Case.recv(stop2)) == 0) {
                fail("unexpected data");
            }
            return null;
        });
        Task<Void> q1 = stoppedSelector.get().awaitParked();
        Task<Void> q2 = stoppedSelector.get().awaitParked();
        stop2.close();
        q1.join();
        q2.join();

        // Test that Stop and Reset block old values from being received.
        // (Proposal go.dev/issue/37196.)
        tim.reset(Duration.ofNanos(1));
        Thread.sleep(SCHED.toMillis());
        assertTrue(tim.stop(), "Stop of a timer that fired unseen");
        noTick(c);

        tim.reset(Duration.ofHours(1));
        noTick(c);
        assertTrue(tim.reset(Duration.ofNanos(1)), "Reset of a pending timer");
        assertTick(c);
        Thread.sleep(SCHED.toMillis());
        if (isTicker) {
            assertTick(c);
            Thread.sleep(SCHED.toMillis());
        } else {
            noTick(c);
        }
        assertEquals(isTicker, tim.reset(Duration.ofHours(1)));
        noTick(c);
    }

    /** Go: testTimerChan's {@code noTick}: nothing can be received now. */
    private static void noTick(Chan<Instant> c) {
        assertNull(c.tryRecv(), "extra tick");
    }

    /** Go: testTimerChan's {@code assertTick}: a value can be received now or after a few pauses. */
    private static void assertTick(Chan<Instant> c) throws InterruptedException {
        for (int i = 0; i <= TRIES; i++) {
            if (c.tryRecv() != null) {
                return;
            }
            Thread.sleep(SCHED.toMillis());
        }
        fail("missing tick");
    }

    // ---- The mechanisms ------------------------------------------------------------------

    /**
     * Go 1.23: a channel timer is in no heap until a goroutine blocks on its channel
     * ({@code blockTimerChan} queues it on the current P); when the goroutine leaves, the entry
     * is a zombie ({@code unblockTimerChan}) or already gone.
     */
    @Test
    void channelTimerIsQueuedOnlyWhileAGoroutineIsBlockedOnIt() {
        Timer t = Time.newTimer(LONG);
        assertFalse(inHeap(t), "queued at creation");
        Chan<Boolean> stop = Chan.make();
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.recv(t.c), Case.recv(stop))).awaitParked();
        assertTrue(inHeap(t), "not queued while a goroutine is blocked on it");
        stop.close();
        assertEquals(1, selector.join());
        assertFalse(inHeap(t), "still live in the heap after the last goroutine left");
        assertTrue(t.stop(), "pending all along");
    }

    /** A timer due while nobody waited fires on the receiving goroutine when a receive looks (Go 1.23: maybeRunChan), without entering a heap. */
    @Test
    void dueTimerFiresLazilyOnTheReceiver() {
        Timer t = Time.newTimer(Duration.ZERO);
        assertFalse(inHeap(t));
        long spawned = Goroutines.spawned();
        assertNotNull(t.c.tryRecv(), "a due timer sends when looked at");
        assertEquals(spawned, Goroutines.spawned(), "lazy firing started a goroutine");
        assertFalse(inHeap(t));
        assertNull(t.c.tryRecv(), "a one-shot timer fires once");
        assertFalse(t.stop(), "fired and received");
    }

    /** Function timers are queued from creation in Go 1.23 too. */
    @Test
    void funcTimerIsQueuedAtCreation() {
        Timer t = Time.afterFunc(LONG, () -> { });
        assertTrue(inHeap(t));
        assertTrue(t.stop());
    }

    /**
     * Go: TestStopResult/TestResetResult with asynctimerchan=0 (golang/go#69312), reduced: of two
     * racing timers, the select takes one; Stop or Reset of the other returns false only if its
     * value can still be received, so the receive after a false never hangs.
     */
    @Test
    void stopAndResetResultSayWhetherAValueCanBeReceived() {
        stopAndResetResultSayWhetherAValueCanBeReceivedOnTheInstalledQueue();
    }

    /** The body of {@link #stopAndResetResultSayWhetherAValueCanBeReceived}, for any installed queue. */
    static void stopAndResetResultSayWhetherAValueCanBeReceivedOnTheInstalledQueue() {
        for (boolean testStop : new boolean[] {true, false}) {
            Task<?>[] tasks = new Task<?>[4];
            for (int g = 0; g < tasks.length; g++) {
                tasks[g] = Task.virtual(() -> {
                    for (int j = 0; j < 50; j++) {
                        Timer t1 = Time.newTimer(Duration.ofMillis(1));
                        Timer t2 = Time.newTimer(Duration.ofMillis(1));
                        Timer other = Select.select(Case.recv(t1.c), Case.recv(t2.c)) == 0 ? t2 : t1;
                        if (!(testStop ? other.stop() : other.reset(Duration.ofHours(1)))) {
                            other.c.recv(); // the test fails if this hangs
                        }
                    }
                    return null;
                });
            }
            for (Task<?> task : tasks) {
                task.join();
            }
        }
    }

    /** A value sent into the channel but not received is undone by Stop, which reports it (Go 1.23: timerchandrain). */
    @Test
    void stopDiscardsAFiredUnreceivedValueAndReturnsTrue() {
        stopDiscardsAFiredUnreceivedValueOnTheInstalledQueue();
    }

    /** The body of {@link #stopDiscardsAFiredUnreceivedValueAndReturnsTrue}, for any installed queue. */
    static void stopDiscardsAFiredUnreceivedValueOnTheInstalledQueue() {
        Chan<Boolean> ready = Chan.make(1);
        ready.send(true);
        for (int i = 0; i < 1_000; i++) {
            Timer t = Time.newTimer(Duration.ZERO);
            // The select's first pass runs the due timer into its channel, then may pick the other case.
            if (Select.select(Case.recv(ready), Case.recv(t.c)) == 0) {
                ready.send(true);
                assertTrue(t.stop(), "Stop of a timer whose value was never received");
                assertNull(t.c.tryRecv(), "a value sent before Stop was received after it");
                return;
            }
        }
        fail("the select never chose the other ready case");
    }

    // ---- Go: TestTimerGC ------------------------------------------------------------------

    /**
     * Go: TestTimerGC (and the 1.23 doc of NewTimer: "the garbage collector can recover
     * unreferenced timers, even if they haven't expired or been stopped"). In {@code go1.23} a
     * channel timer nobody references or waits on is collectable; in {@code go1.19} the heap
     * holds it until it fires. Bounded attempts, no timing.
     */
    @Test
    void unreferencedChannelTimersAreCollectedOnlyInGo123() {
        assertNull(afterGc(() -> Time.newTimer(LONG)).get(), "NewTimer not collected in go1.23");
        assertNull(afterGc(() -> Time.after(LONG)).get(), "After not collected in go1.23");
        assertNull(afterGc(() -> Time.newTicker(LONG)).get(), "NewTicker not collected in go1.23");
        assertNull(afterGc(() -> Time.tick(LONG)).get(), "Tick not collected in go1.23");
        TimerMode.set(TimerMode.GO1_19);
        Object kept = afterGc(() -> Time.newTimer(LONG)).get();
        assertNotNull(kept, "go1.19: an unstopped timer is referenced by its heap");
        ((Timer) kept).stop();
    }

    /** A weak reference to what {@code make} returns, referenced by nothing else, after a bounded number of GCs (fewer once it is collected). */
    static WeakReference<Object> afterGc(Supplier<Object> make) {
        WeakReference<Object> ref = new WeakReference<>(make.get());
        for (int i = 0; i < 20 && ref.get() != null; i++) {
            System.gc();
            Thread.yield();
        }
        return ref;
    }

    /** Go 1.23's {@code timerHeaped} and not a zombie: the timer has a live entry in a heap. */
    static boolean inHeap(Timer t) {
        int s = t.status;
        return s == GoTimerHeap.WAITING || s == GoTimerHeap.MODIFIED_EARLIER || s == GoTimerHeap.MODIFIED_LATER;
    }
}
