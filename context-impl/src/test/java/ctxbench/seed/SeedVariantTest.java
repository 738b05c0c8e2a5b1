package ctxbench.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.context.Context;
import ctxbench.runtime.Goroutines;
import ctxbench.time.Timer;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four {@link SeedVariant}s on a {@link ManualTimerQueue}, whose timers fire only when the
 * test fires them: what each variant returns and what it leaves queued, as seeds/000 describes.
 */
@Timeout(10)
class SeedVariantTest {
    private static final Duration TIMEOUT = Duration.ofMillis(200);
    private final Object answer = new Object();
    private final ManualTimerQueue queue = new ManualTimerQueue();
    private TimerQueue previous;

    @BeforeEach
    void installManualQueue() {
        previous = TimerQueues.current();
        TimerQueues.set(queue);
    }

    @AfterEach
    void restoreQueue() {
        TimerQueues.set(previous);
    }

    private Object fastRequest(String variant) {
        return SeedVariant.named(variant).request(Context.todo(), TIMEOUT, ctx -> answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-leaky", "before-cancel", "after", "timer-stop"})
    void theFastPathReturnsTheWorkersAnswer(String variant) {
        assertSame(answer, fastRequest(variant));
    }

    @Test
    void beforeLeakyLeavesItsContextTimerQueuedAndItsFiringStartsOneGoroutine() {
        fastRequest("before-leaky");
        assertEquals(1, queue.size(), "the un-cancelled WithTimeout timer");
        Timer timer = assertInstanceOf(Timer.class, queue.pending().get(0));
        assertNull(timer.c, "context timers are AfterFunc timers");
        long spawned = Goroutines.spawned();
        assertEquals(1, queue.fireAll());
        assertEquals(1, Goroutines.spawned() - spawned, "AfterFunc's goroutine, which cancels the context");
    }

    @Test
    void afterLeavesAChannelTimerQueuedWhoseFiringStartsNoGoroutine() {
        fastRequest("after");
        assertEquals(1, queue.size(), "time.After's timer");
        Timer timer = assertInstanceOf(Timer.class, queue.pending().get(0));
        long spawned = Goroutines.spawned();
        assertEquals(1, queue.fireAll());
        assertEquals(0, Goroutines.spawned() - spawned, "a channel timer sends on the timer thread");
        assertEquals(1, timer.c.len(), "the time waits in the buffered channel nobody reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-cancel", "timer-stop"})
    void theStoppingVariantsLeaveNoTimerPending(String variant) {
        fastRequest(variant);
        assertEquals(0, queue.size());
    }

    /** {@link SeedVariant#leavesTimerQueued} says what the fast path leaves on the queue. */
    @ParameterizedTest
    @EnumSource(SeedVariant.class)
    void leavesTimerQueuedIsWhatTheFastPathLeaves(SeedVariant variant) {
        variant.request(Context.todo(), TIMEOUT, ctx -> answer);
        assertEquals(variant.leavesTimerQueued ? 1 : 0, queue.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-leaky", "before-cancel", "after", "timer-stop"})
    void theTimeoutPathEndsOnTheTimeoutWhenTheTimerFires(String variant) throws InterruptedException {
        AtomicReference<Object> result = new AtomicReference<>(answer);
        Thread request = Thread.ofPlatform().start(() ->
                result.set(SeedVariant.named(variant).request(Context.todo(), TIMEOUT, ctx -> null)));
        queue.awaitPending(1);
        assertEquals(1, queue.fireAll());
        request.join();
        assertNull(result.get(), "the timeout case returns no answer");
        assertEquals(0, queue.size(), "nothing left queued after a timeout");
    }

    @Test
    void theVariantsAreNamedAsTheGoMirrorAndTheResultsNameThem() {
        assertEquals(List.of("before-leaky", "before-cancel", "after", "timer-stop"), SeedVariant.NAMES);
        assertEquals(SeedVariant.NAMES, Arrays.stream(SeedVariant.values()).map(v -> v.variantName).toList());
        for (SeedVariant v : SeedVariant.values()) {
            assertSame(v, SeedVariant.named(v.variantName));
        }
    }

    @Test
    void theSeedsEngineAnswersTodo() {
        assertSame(Context.todo(), Engine.ANSWERS_AT_ONCE.newEngineCtx(Context.background()));
    }

    @Test
    void anUnknownVariantIsRefusedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SeedVariant.named("after-stop"));
        assertEquals("unknown seed variant 'after-stop' (known: before-leaky, before-cancel, after, timer-stop)", e.getMessage());
    }
}
