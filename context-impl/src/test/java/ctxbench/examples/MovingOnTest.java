package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.runtime.Chan;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seed 001's "moving on" ({@link MovingOn}): the first answer is taken and no query goroutine stays blocked. */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class MovingOnTest {
    /** A connection that answers only once {@code gate} is closed. */
    private static MovingOn.Conn held(String replica, Chan<Void> gate) {
        return query -> {
            gate.recv();
            return new MovingOn.Result(replica, query);
        };
    }

    @Test
    void takesTheOnlyAnswerReadyAndTheLateOnesEndOnDefault() {
        long baseline = Settle.baseline();
        Chan<Void> gate = Chan.make();
        MovingOn.Conn ready = query -> new MovingOn.Result("ready", query);
        MovingOn.Result r = MovingOn.query(List.of(held("late-1", gate), ready, held("late-2", gate)), "q");
        assertEquals(new MovingOn.Result("ready", "q"), r);
        gate.close(); // the late replicas answer now: their non-blocking sends find the buffer full
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void answersThatAllComeAtOnceStillLeaveNoGoroutine() {
        long baseline = Settle.baseline();
        List<MovingOn.Conn> conns = List.of(
                query -> new MovingOn.Result("a", query),
                query -> new MovingOn.Result("b", query),
                query -> new MovingOn.Result("c", query));
        MovingOn.Result r = MovingOn.query(conns, "q");
        assertTrue(Set.of("a", "b", "c").contains(r.replica()), r::toString);
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void programPrintsAnAnswerAndNoLeftovers() {
        List<String> lines = MovingOn.run(Stdout.captured()).lines();
        assertEquals(2, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("fastest: replica-"), lines::toString);
        assertEquals("goroutines left behind: 0", lines.get(1));
    }
}
