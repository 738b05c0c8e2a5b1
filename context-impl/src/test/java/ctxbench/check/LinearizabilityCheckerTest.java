package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.check.ChanOp.Close;
import ctxbench.check.ChanOp.Recv;
import ctxbench.check.ChanOp.Select;
import ctxbench.check.ChanOp.Send;
import ctxbench.check.ChanOp.TryRecv;
import ctxbench.check.ChanOp.TrySend;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker itself: it accepts histories Go's channels can produce and rejects each kind of
 * bug the model checker relies on it to find (a lost, duplicated, invented or reordered value,
 * a receive that sees "closed" too early, a wrong panic, a broken real-time order). Histories are
 * written by hand; {@code at(start, end)} gives an operation's clock interval.
 */
class LinearizabilityCheckerTest {
    @Test
    void acceptsARendezvousOnAnUnbufferedChannel() {
        assertTrue(check(0, thread(ev(new Send(0, 1), "ok", 1, 4)), thread(ev(new Recv(0), "v=1", 2, 3))));
    }

    @Test
    void acceptsAReceiveReleasedByCloseAndTheSenderItPanicked() {
        assertTrue(check(0,
                thread(ev(new Recv(0), "closed", 1, 6)),
                thread(ev(new Send(0, 1), ChanOp.SEND_ON_CLOSED, 2, 7)),
                thread(ev(new Close(0), "ok", 3, 4))));
    }

    @Test
    void acceptsEitherReadyCaseOfASelect() {
        for (String chosen : List.of("case0 v=1", "case1 v=2")) {
            assertTrue(check(1,
                    thread(ev(new Send(0, 1), "ok", 1, 2), ev(new Send(1, 2), "ok", 3, 4),
                            ev(Select.of(0, null, 1, null), chosen, 5, 6))));
        }
    }

    @Test
    void rejectsALostValue() {
        // 1 was sent into the buffer, then the receiver saw the channel closed and drained.
        assertFalse(check(1,
                thread(ev(new Send(0, 1), "ok", 1, 2), ev(new Close(0), "ok", 3, 4)),
                thread(ev(new Recv(0), "closed", 5, 6))));
    }

    @Test
    void rejectsADuplicatedValue() {
        assertFalse(check(1,
                thread(ev(new Send(0, 1), "ok", 1, 2)),
                thread(ev(new Recv(0), "v=1", 3, 4)),
                thread(ev(new TryRecv(0), "v=1", 5, 6))));
    }

    @Test
    void rejectsAnInventedValue() {
        assertFalse(check(0, thread(ev(new Send(0, 1), "ok", 1, 4)), thread(ev(new Recv(0), "v=2", 2, 3))));
    }

    @Test
    void rejectsValuesOutOfFifoOrder() {
        assertFalse(check(2,
                thread(ev(new Send(0, 1), "ok", 1, 2), ev(new Send(0, 2), "ok", 3, 4)),
                thread(ev(new Recv(0), "v=2", 5, 6), ev(new Recv(0), "v=1", 7, 8))));
    }

    @Test
    void rejectsASendThatSucceededAfterClose() {
        assertFalse(check(1,
                thread(ev(new Close(0), "ok", 1, 2)),
                thread(ev(new TrySend(0, 1), "true", 3, 4))));
    }

    @Test
    void rejectsTwoNonBlockingOperationsMeeting() {
        // Neither waits, so on an unbuffered channel neither can find the other.
        assertFalse(check(0, thread(ev(new TrySend(0, 1), "true", 1, 4)), thread(ev(new TryRecv(0), "v=1", 2, 3))));
    }

    @Test
    void rejectsAReceiveOrderedBeforeTheSendItGot() {
        // The receive returned (tick 2) before the send started (tick 3): real time forbids it.
        assertFalse(check(1, thread(ev(new Recv(0), "v=1", 1, 2)), thread(ev(new Send(0, 1), "ok", 3, 4))));
    }

    @SafeVarargs
    private static boolean check(int capacity, List<History.Event>... threads) {
        return LinearizabilityChecker.isLinearizable(new History(2, capacity, new ArrayList<>(List.of(threads))));
    }

    private static List<History.Event> thread(History.Event... events) {
        return List.of(events);
    }

    private static History.Event ev(ChanOp op, String result, long start, long end) {
        return new History.Event(op, result, start, end);
    }
}
