package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.time.Time;
import ctxbench.time.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The edge cases of Go's time package docs and context.WithTimeout, on each timer queue
 * ({@link TimerQueueKinds}): zero and negative durations fire at once (Go: "d <= 0" means now);
 * the longest durations neither overflow into the past nor fire (Go's {@code when} saturates at
 * {@code maxWhen}); Stop and Reset report Go's booleans on fired and stopped timers ("Stop
 * returns false if the timer has already expired or been stopped"; "Reset reports whether the
 * timer was active"), and a reset timer fires again.
 */
@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimerEdgeCaseTest {
    static final List<String> QUEUES = List.of(TimerQueueKinds.NAMES);
    private static final List<Duration> NOT_POSITIVE = List.of(
            Duration.ZERO, Duration.ofNanos(-1), Duration.ofSeconds(-1), Duration.ofSeconds(Long.MIN_VALUE));
    private static final List<Duration> LONGEST = List.of(
            Duration.ofSeconds(Long.MAX_VALUE), Duration.ofNanos(Long.MAX_VALUE), Duration.ofDays(365L * 300));

    @ParameterizedTest
    @FieldSource("QUEUES")
    void zeroAndNegativeDurationsFireAtOnce(String queue) {
        TimerQueueKinds.withFreshQueue(queue, q -> {
            for (Duration d : NOT_POSITIVE) {
                Timer t = Time.newTimer(d);
                awaitFired(t, d);
                assertFalse(t.stop(), d + ": Stop after firing");
                CountDownLatch ran = new CountDownLatch(1);
                Time.afterFunc(d, ran::countDown);
                Poll.until(() -> ran.getCount() == 0, () -> "AfterFunc(" + d + ") did not run");
            }
            return null;
        });
    }

    @ParameterizedTest
    @FieldSource("QUEUES")
    void longestDurationsNeitherOverflowNorFire(String queue) {
        TimerQueueKinds.withFreshQueue(queue, q -> {
            for (Duration d : LONGEST) {
                Timer t = Time.newTimer(d);
                assertTrue(t.when() > Time.nanotime(), d + ": due time " + t.when() + " is not in the future");
                assertEquals(0, t.c.len(), d + ": fired");
                assertTrue(t.reset(d), d + ": Reset of a pending timer");
                assertTrue(t.when() > Time.nanotime(), d + ": due time after Reset");
                assertTrue(t.stop(), d + ": Stop of a pending timer");
            }
            return null;
        });
    }

    @ParameterizedTest
    @FieldSource("QUEUES")
    void withTimeoutOfTheLongestDurationIsPendingUntilCancelled(String queue) {
        TimerQueueKinds.withFreshQueue(queue, q -> {
            CancelFunc longest = Context.withTimeout(Context.background(), Duration.ofSeconds(Long.MAX_VALUE));
            Context ctx = longest.context();
            assertTrue(ctx.deadline() > Time.nanotime(), "deadline " + ctx.deadline() + " overflowed into the past");
            assertNull(ctx.err(), "Err() of a context with the longest timeout");
            assertFalse(ctx.done().tryRecvDiscard(), "Done() closed");
            longest.cancel();
            ContextRaceModelCheckTest.assertCancelled(ctx, Context.CANCELED, Context.CANCELED);

            Context never = Context.withDeadline(Context.background(), Long.MAX_VALUE).context();
            assertNull(never.err(), "Err() with deadline Long.MAX_VALUE");
            return null;
        });
    }

    /**
     * Go: {@code WithTimeout(parent, d)} with {@code d} far in the past is done at once with
     * DeadlineExceeded, because {@code time.Until} saturates ("Sub ... returns the minimum
     * duration" on overflow), so the remaining time is {@code <= 0}. The smallest Durations and
     * the smallest deadline must behave the same.
     */
    @ParameterizedTest
    @FieldSource("QUEUES")
    void withTimeoutOfTheMostNegativeDurationIsDoneAtOnce(String queue) {
        TimerQueueKinds.withFreshQueue(queue, q -> {
            for (Duration d : NOT_POSITIVE) {
                Context expired = Context.withTimeout(Context.background(), d).context();
                ContextRaceModelCheckTest.assertCancelled(expired, Context.DEADLINE_EXCEEDED, Context.DEADLINE_EXCEEDED);
            }
            Context expired = Context.withDeadline(Context.background(), Long.MIN_VALUE + 1).context();
            ContextRaceModelCheckTest.assertCancelled(expired, Context.DEADLINE_EXCEEDED, Context.DEADLINE_EXCEEDED);
            return null;
        });
    }

    @ParameterizedTest
    @FieldSource("QUEUES")
    void stopAndResetOfFiredAndStoppedTimers(String queue) {
        TimerQueueKinds.withFreshQueue(queue, q -> {
            Timer fired = Time.newTimer(Duration.ZERO);
            awaitFired(fired, Duration.ZERO);
            fired.c.recv();
            assertFalse(fired.stop(), "Stop after firing");
            assertFalse(fired.reset(Duration.ZERO), "Reset after firing");
            awaitFired(fired, Duration.ZERO);
            fired.c.recv();
            assertFalse(fired.reset(Duration.ofHours(1)), "Reset after the second firing");
            assertTrue(fired.reset(Duration.ofHours(1)), "Reset of the re-armed timer");
            assertTrue(fired.stop(), "Stop of the re-armed timer");

            Timer stopped = Time.newTimer(Duration.ofHours(1));
            assertTrue(stopped.stop(), "first Stop");
            assertFalse(stopped.stop(), "second Stop");
            assertFalse(stopped.reset(Duration.ofNanos(-5)), "Reset after Stop");
            awaitFired(stopped, Duration.ofNanos(-5));
            assertFalse(stopped.stop(), "Stop after the reset timer fired");
            return null;
        });
    }

    private static void awaitFired(Timer t, Duration d) {
        Poll.until(() -> t.c.len() == 1, () -> "timer of " + d + " did not fire");
    }
}
