package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.runtime.Chan;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 001's "timing out" ({@link TimingOut}): the select takes the read if there is one, else the timer. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TimingOutTest {
    @Test
    void aReadyValueIsRead() {
        Chan<String> ch = Chan.make(1);
        ch.send("x");
        Stdout out = Stdout.captured();
        TimingOut.readOrTimeOut(ch, Settle.LIMIT, out);
        assertEquals(List.of("a read from ch has occurred: x"), out.lines());
    }

    @Test
    void nothingToReadTimesOut() {
        Stdout out = Stdout.captured();
        TimingOut.readOrTimeOut(Chan.make(), Duration.ofMillis(20), out);
        assertEquals(List.of("the read from ch has timed out"), out.lines());
    }

    /** Go: a nil channel's case is never ready, so only the timer can end the select. */
    @Test
    void aNilChannelTimesOut() {
        Stdout out = Stdout.captured();
        TimingOut.readOrTimeOut(null, Duration.ofMillis(20), out);
        assertEquals(List.of("the read from ch has timed out"), out.lines());
    }

    @Test
    void aValueSentByAnotherGoroutineWhileWaitingIsRead() {
        Stdout out = Stdout.captured();
        TimingOut.readOrTimeOut(TimingOut.answerAfter(Duration.ZERO, "late but in time"), Settle.LIMIT, out);
        assertEquals(List.of("a read from ch has occurred: late but in time"), out.lines());
    }
}
