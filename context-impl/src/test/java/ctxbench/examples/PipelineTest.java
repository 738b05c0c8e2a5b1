package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 001's pipeline and fan-out/fan-in ({@link Pipeline}, {@link FanOutFanIn}): Go's output and no goroutine left. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class PipelineTest {
    @Test
    void pipelinePrints16Then81AndLeavesNoGoroutine() {
        assertEquals(List.of("16", "81", "goroutines left behind: 0"), Pipeline.run(Stdout.captured()).lines());
    }

    @Test
    void genSendsItsNumbersInOrderThenCloses() {
        List<Integer> got = new ArrayList<>();
        for (int n : Pipeline.gen(5, 1, 4)) {
            got.add(n);
        }
        assertEquals(List.of(5, 1, 4), got);
    }

    /** Go: "4 then 9, or 9 then 4": both values, either order, and all six goroutines end. */
    @RepeatedTest(5)
    void fanInDeliversBothSquaresInEitherOrderAndLeavesNoGoroutine() {
        List<String> lines = FanOutFanIn.run(Stdout.captured()).lines();
        assertEquals(3, lines.size(), lines::toString);
        assertTrue(List.of(List.of("4", "9"), List.of("9", "4")).contains(lines.subList(0, 2)), lines::toString);
        assertEquals("goroutines left behind: 0", lines.get(2));
    }
}
