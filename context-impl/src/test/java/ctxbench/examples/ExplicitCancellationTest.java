package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Chan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 001's explicit cancellation ({@link ExplicitCancellation}): a done channel stops every stage; without it two goroutines leak. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class ExplicitCancellationTest {
    @Test
    void closingDoneStopsEveryStage() {
        ExplicitCancellation.Outcome o = ExplicitCancellation.run(true);
        assertTrue(Set.of(4, 9).contains(o.first()), () -> "first value " + o.first());
        assertEquals(0, o.goroutinesLeft());
    }

    /** Go blog, "stopping short": the output goroutine holding the unread value and merge's closer stay blocked. */
    @Test
    void stoppingShortWithoutDoneLeaksTwoGoroutines() {
        ExplicitCancellation.Outcome o = ExplicitCancellation.run(false);
        assertTrue(Set.of(4, 9).contains(o.first()), () -> "first value " + o.first());
        assertEquals(2, o.goroutinesLeft());
    }

    @Test
    void stagesWithDoneStillDeliverEverythingWhenReadToTheEnd() {
        Chan<Void> done = Chan.make();
        List<Integer> got = new ArrayList<>();
        for (int n : ExplicitCancellation.sq(done, ExplicitCancellation.gen(done, 1, 2, 3))) {
            got.add(n);
        }
        done.close();
        assertEquals(List.of(1, 4, 9), got);
    }
}
