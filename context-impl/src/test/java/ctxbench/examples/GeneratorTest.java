package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Received;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The context package's generator example ({@link Generator}): gen(ctx) ends on cancel; its twin without ctx leaks one goroutine. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class GeneratorTest {
    private static final List<String> ONE_TO_FIVE = List.of("1", "2", "3", "4", "5");

    @Test
    void genWithContextPrintsOneToFiveAndLeavesNoGoroutine() {
        Stdout out = Stdout.captured();
        assertEquals(0, Generator.run(true, out));
        assertEquals(ONE_TO_FIVE, out.lines());
    }

    @Test
    void genWithoutContextPrintsOneToFiveAndLeaksItsGoroutine() {
        Stdout out = Stdout.captured();
        assertEquals(1, Generator.run(false, out));
        assertEquals(ONE_TO_FIVE, out.lines());
    }

    /** The leaked goroutine is blocked on "dst <- 6": a receiver that comes later still gets 6. */
    @Test
    void theLeakedGoroutineIsBlockedSendingSix() {
        Chan<Integer> dst = Generator.genWithoutContext();
        Generator.printUpToFive(dst, Stdout.captured());
        AtomicReference<Received<Integer>> late = new AtomicReference<>();
        Settle.until(() -> late.updateAndGet(r -> r != null ? r : dst.tryRecv()) != null);
        assertEquals(new Received<>(6, true), late.get());
    }

    /** Once cancel() has returned, the generator's select has taken ctx.Done(): nothing is offered any more. */
    @Test
    void afterCancelNothingIsSentAnyMore() {
        CancelFunc cancel = Context.withCancel(Context.background());
        Chan<Integer> dst = Generator.gen(cancel.context());
        Generator.printUpToFive(dst, Stdout.captured());
        cancel.cancel();
        assertNull(dst.tryRecv());
    }
}
