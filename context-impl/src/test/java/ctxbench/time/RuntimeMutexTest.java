package ctxbench.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link RuntimeMutex} keeps Go's runtime mutex's contract: one holder at a time, a waiter that
 * has gone to sleep is woken by the unlock, unlocking a free lock is an error. Orders are forced
 * by waiting for a thread's state, never by sleeping; the timeout is a hang guard.
 */
@Timeout(60)
class RuntimeMutexTest {
    @Test
    void oneHolderAtATime() throws InterruptedException {
        RuntimeMutex mu = new RuntimeMutex();
        int[] counter = new int[1]; // plain int: a second holder would lose increments
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100_000; i++) {
                    mu.lock();
                    try {
                        counter[0]++;
                    } finally {
                        mu.unlock();
                    }
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(400_000, counter[0]);
    }

    @Test
    void aSleepingWaiterIsWokenByTheUnlock() throws InterruptedException {
        RuntimeMutex mu = new RuntimeMutex();
        mu.lock();
        AtomicBoolean acquired = new AtomicBoolean();
        Thread waiter = Thread.ofPlatform().start(() -> {
            mu.lock(); // spins, yields, then sleeps (futexsleep) while the lock is held
            acquired.set(true);
            mu.unlock();
        });
        awaitState(waiter, Thread.State.WAITING);
        assertEquals(false, acquired.get());
        mu.unlock(); // futexwakeup
        waiter.join();
        assertTrue(acquired.get());
        mu.lock(); // free again
        mu.unlock();
    }

    @Test
    void anInterruptDoesNotEndTheWaitAndIsKept() throws InterruptedException {
        RuntimeMutex mu = new RuntimeMutex();
        mu.lock();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread waiter = Thread.ofPlatform().start(() -> {
            mu.lock();
            interruptedAfter.set(Thread.currentThread().isInterrupted());
            mu.unlock();
        });
        awaitState(waiter, Thread.State.WAITING);
        waiter.interrupt();
        awaitState(waiter, Thread.State.WAITING); // back to sleep: the lock is still held
        mu.unlock();
        waiter.join();
        assertTrue(interruptedAfter.get(), "the interrupt status survives the wait");
    }

    @Test
    void unlockingAFreeLockIsAnError() {
        RuntimeMutex mu = new RuntimeMutex();
        IllegalStateException e = assertThrows(IllegalStateException.class, mu::unlock);
        assertEquals("unlock of unlocked lock", e.getMessage());
    }

    /** Waits until {@code t} is in {@code state} (a hang guard bounds it). */
    private static void awaitState(Thread t, Thread.State state) {
        while (t.getState() != state) {
            Thread.onSpinWait();
        }
    }
}
