package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.Context;
import ctxbench.time.GoTimerHeap;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 003's timer hygiene ({@link TimerHygiene}): time.After leaves its timer pending, NewTimer+Stop does not. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TimerHygieneTest {
    private static final Duration DELAY = Duration.ofMillis(200);

    @Test
    void timeAfterLeavesItsTimerPendingWhenTheContextWins() {
        TimerHygiene.Outcome o = TimerHygiene.run(false, DELAY);
        assertEquals("context finished (context canceled); the time.After timer is left unstopped", o.printed());
        assertEquals(1, o.pendingTimers());
    }

    @Test
    void newTimerAndStopLeavesNoTimerPending() {
        TimerHygiene.Outcome o = TimerHygiene.run(true, DELAY);
        assertEquals("context finished (context canceled); the timer is stopped", o.printed());
        assertEquals(0, o.pendingTimers());
    }

    /** With a context that is never done (Background's nil Done channel) the timer's case is taken. */
    @Test
    void theTimerCaseIsTakenWhenTheContextNeverEnds() {
        assertEquals("do something after PT0.001S", TimerHygiene.timerOrDone(Context.background(), Duration.ofMillis(1)));
        assertEquals("do something after PT0.001S", TimerHygiene.afterOrDone(Context.background(), Duration.ofMillis(1)));
    }

    @Test
    void stopOrDrainStopsAPendingTimerWithoutReceiving() {
        Timer timer = Time.newTimer(Duration.ofHours(1));
        assertFalse(TimerHygiene.stopOrDrain(timer));
        assertEquals(0, timer.c.len());
    }

    /**
     * Go: Stop reports false for a timer that has fired, and its value waits in the channel;
     * stopOrDrain takes it. On Go's heap (the model's), a fired timer's status is final before its
     * value is sent, so once the value is there Stop is sure to report false.
     */
    @Test
    void stopOrDrainEmptiesTheChannelOfAFiredTimer() {
        TimerQueue previous = TimerQueues.current();
        TimerQueues.set(new GoTimerHeap());
        try {
            Timer timer = Time.newTimer(Duration.ZERO);
            assertTrue(Settle.until(() -> timer.c.len() == 1), "the timer fired");
            assertTrue(TimerHygiene.stopOrDrain(timer));
            assertEquals(0, timer.c.len());
        } finally {
            TimerQueues.set(previous);
        }
    }
}
