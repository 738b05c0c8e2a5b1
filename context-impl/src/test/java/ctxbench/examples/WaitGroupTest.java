package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Goroutines;
import ctxbench.sync.WaitGroup;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The {@code sync.WaitGroup} model the examples use ({@link WaitGroup}): Go's semantics and panic messages. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class WaitGroupTest {
    @Test
    void waitOnAZeroCounterReturnsAtOnce() {
        new WaitGroup().await();
    }

    /** Every waiter is released only after the last Done, and sees everything done before it. */
    @Test
    void waitersAreReleasedByTheLastDone() {
        WaitGroup wg = new WaitGroup();
        AtomicInteger finished = new AtomicInteger();
        Chan<Integer> seenByWaiters = Chan.make(2);
        wg.add(3);
        for (int i = 0; i < 2; i++) {
            Goroutines.go(() -> {
                wg.await();
                seenByWaiters.send(finished.get());
            });
        }
        for (int i = 0; i < 3; i++) {
            Goroutines.go(() -> {
                finished.incrementAndGet();
                wg.done();
            });
        }
        assertEquals(3, seenByWaiters.recv());
        assertEquals(3, seenByWaiters.recv());
    }

    @Test
    void aWaitGroupCanBeReusedAfterWaitReturns() {
        WaitGroup wg = new WaitGroup();
        for (int round = 0; round < 3; round++) {
            wg.add(1);
            Goroutines.go(wg::done);
            wg.await();
        }
    }

    @Test
    void goingBelowZeroPanicsWithGosMessage() {
        WaitGroup wg = new WaitGroup();
        GoPanic p = assertThrows(GoPanic.class, wg::done);
        assertEquals("sync: negative WaitGroup counter", p.getMessage());
    }
}
