package ctxbench.check;

import ctxbench.runtime.Received;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's channel semantics, sequentially: the specification the checkers hold the model to. A state
 * is, per channel, its buffered values (FIFO, at most {@code capacity}) and whether it is closed;
 * a step is one operation taking effect atomically, or, on an unbuffered channel, a sender and a
 * receiver of two threads meeting (Go's rendezvous: the two operations take effect together).
 *
 * <p>The rules (Go spec "Send statements", "Receive operator", "Close", "Select statements"):
 * a send on a closed channel panics; a send proceeds if the buffer has room (or, unbuffered, if a
 * receiver meets it); a receive takes the oldest buffered value, or meets a sender, or, once the
 * channel is closed and drained, returns the zero value with {@code ok == false}; closing a
 * closed channel panics; a select proceeds with any one case that can proceed (Go chooses
 * uniformly; the specification allows each); a non-blocking operation or a select with
 * {@code default} returns "not ready" only when none of its cases can proceed on its own.
 *
 * <p>Limitation, stated: on an unbuffered channel a non-blocking send or receive may also fail
 * while a receiver or sender is blocked, because a history does not show whether that operation
 * had already queued itself. Objects are mutable; {@link #copy()} before a step explores it.
 */
final class ChanSpec {
    private static final String CLOSE_OF_CLOSED = "panic: close of closed channel";

    private final int capacity;
    private final List<ArrayDeque<Integer>> buffers;
    private final boolean[] closed;

    /** {@code channels} new channels of {@code capacity}. */
    ChanSpec(int channels, int capacity) {
        this.capacity = capacity;
        this.buffers = new ArrayList<>();
        for (int i = 0; i < channels; i++) {
            buffers.add(new ArrayDeque<>());
        }
        this.closed = new boolean[channels];
    }

    private ChanSpec(ChanSpec other) {
        this.capacity = other.capacity;
        this.buffers = new ArrayList<>();
        for (ArrayDeque<Integer> b : other.buffers) {
            buffers.add(new ArrayDeque<>(b));
        }
        this.closed = other.closed.clone();
    }

    /** An independent copy of this state. */
    ChanSpec copy() {
        return new ChanSpec(this);
    }

    /** The state as a string, equal for equal states (memoization key). */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < closed.length; i++) {
            sb.append(closed[i] ? 'C' : 'O').append(buffers.get(i)).append(';');
        }
        return sb.toString();
    }

    /** A result an operation may produce on its own, and the state after it. */
    record Step(String result, ChanSpec after) {}

    /**
     * Every way {@code op} can take effect alone in this state (no partner needed). Empty if it
     * would block: a blocking operation none of whose offers can proceed.
     */
    List<Step> solo(ChanOp op) {
        List<Step> steps = new ArrayList<>();
        switch (op) {
            case ChanOp.Close c -> {
                ChanSpec next = copy();
                if (next.closed[c.ch()]) {
                    steps.add(new Step(CLOSE_OF_CLOSED, next));
                } else {
                    next.closed[c.ch()] = true;
                    steps.add(new Step("ok", next));
                }
            }
            case ChanOp.Len l -> steps.add(new Step("len=" + buffers.get(l.ch()).size(), this));
            default -> {
                for (ChanOp.Offer o : op.offers()) {
                    Step s = soloOffer(o);
                    if (s != null) {
                        steps.add(s);
                    }
                }
                if (steps.isEmpty() && !op.blocking()) {
                    steps.add(new Step(op.notReady(), this));
                }
            }
        }
        return steps;
    }

    /** The step of one offer that proceeds alone, or null if it needs a partner. */
    private Step soloOffer(ChanOp.Offer o) {
        ArrayDeque<Integer> buf = buffers.get(o.ch());
        boolean isClosed = closed[o.ch()];
        if (o.isSend()) {
            if (isClosed) {
                return new Step(ChanOp.SEND_ON_CLOSED, this);
            }
            if (buf.size() < capacity) {
                ChanSpec next = copy();
                next.buffers.get(o.ch()).addLast(o.value());
                return new Step(o.result(null), next);
            }
            return null;
        }
        if (!buf.isEmpty()) {
            ChanSpec next = copy();
            Integer v = next.buffers.get(o.ch()).removeFirst();
            return new Step(o.result(new Received<>(v, true)), next);
        }
        if (isClosed) {
            return new Step(o.result(new Received<>(null, false)), this);
        }
        return null;
    }

    /**
     * Whether a sender's offer and a receiver's offer of two different operations may meet in
     * this state: an unbuffered, open channel, and at least one side a blocking operation (two
     * non-blocking operations never wait for each other).
     */
    boolean canMeet(ChanOp.Offer send, ChanOp.Offer recv) {
        return capacity == 0 && send.isSend() && !recv.isSend() && send.ch() == recv.ch()
                && !closed[send.ch()] && (send.op().blocking() || recv.op().blocking());
    }
}
