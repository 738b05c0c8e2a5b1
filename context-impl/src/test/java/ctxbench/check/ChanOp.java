package ctxbench.check;

import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Received;
import java.util.List;

/**
 * One channel operation of a checker scenario: what a thread does, how it runs on a
 * {@link GoChan} implementation, and how the sequential specification ({@link ChanSpec}) sees it.
 *
 * <p>Every operation runs to a result string, which is what the checker compares: {@code "ok"},
 * {@code "v=3"}, {@code "closed"} ({@code ok == false}), {@code "true"}/{@code "false"},
 * {@code "none"} (a non-blocking receive found nothing), {@code "len=1"}, {@code "case0 v=3"},
 * {@code "case1 sent"}, {@code "default"}, or {@code "panic: <Go's message>"} (a recovered panic).
 * Channels are named by their index in the scenario.
 */
sealed interface ChanOp {
    /** A panic's result: Go's message after {@code "panic: "}. */
    String SEND_ON_CLOSED = "panic: send on closed channel";

    /**
     * Runs the operation on {@code chans} and returns what it returned, or the {@link GoPanic} it
     * raised, unformatted: formatting ({@link #describe}) is left out of the code the model
     * checker explores, where every allocation and string operation costs.
     */
    default Object run(GoChan.Impl impl, GoChan[] chans) {
        try {
            return runUnchecked(impl, chans);
        } catch (GoPanic p) {
            return p;
        }
    }

    /** Runs the operation; a panic propagates. */
    Object runUnchecked(GoChan.Impl impl, GoChan[] chans);

    /** The result string of what {@link #run} returned. */
    default String describe(Object outcome) {
        return outcome instanceof GoPanic p ? "panic: " + p.getMessage() : describeReturn(outcome);
    }

    /** The result string of a normal return. */
    String describeReturn(Object returned);

    /**
     * The ways this operation can exchange a value (Go: the cases a channel operation or select
     * polls): one for a plain operation, one per case for a select, none for close and len.
     */
    List<Offer> offers();

    /**
     * Whether the operation waits when no offer can proceed (a plain send or receive, a select
     * without default); if not, it returns its "not ready" result ({@link #notReady()}).
     */
    boolean blocking();

    /** The result of a non-blocking operation none of whose offers could proceed. */
    default String notReady() {
        throw new UnsupportedOperationException(this + " blocks");
    }

    /** One way an operation exchanges a value: a send of {@code value} or a receive, on channel {@code ch}. */
    record Offer(boolean isSend, int ch, int value, int caseIndex, ChanOp op) {
        /** The operation's result when this offer completed: a send that was taken, or a receive of {@code r}. */
        String result(Received<Integer> r) {
            String what = isSend ? (op instanceof TrySend ? "true" : "ok") : received(r);
            return op instanceof Select ? "case" + caseIndex + " " + (isSend ? "sent" : what) : what;
        }
    }

    /** The result string of a receive. */
    static String received(Received<?> r) {
        return r.ok() ? "v=" + r.value() : "closed";
    }

    /** Go: {@code c <- v}. */
    record Send(int ch, int v) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            chans[ch].send(v);
            return null;
        }

        @Override
        public String describeReturn(Object returned) {
            return "ok";
        }

        @Override
        public List<Offer> offers() {
            return List.of(new Offer(true, ch, v, 0, this));
        }

        @Override
        public boolean blocking() {
            return true;
        }
    }

    /** Go: {@code v, ok := <-c}. */
    record Recv(int ch) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            return chans[ch].recv();
        }

        @Override
        public String describeReturn(Object returned) {
            return received((Received<?>) returned);
        }

        @Override
        public List<Offer> offers() {
            return List.of(new Offer(false, ch, 0, 0, this));
        }

        @Override
        public boolean blocking() {
            return true;
        }
    }

    /** Go: {@code select { case c <- v: default: }}. */
    record TrySend(int ch, int v) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            return chans[ch].trySend(v);
        }

        @Override
        public String describeReturn(Object returned) {
            return returned.toString();
        }

        @Override
        public List<Offer> offers() {
            return List.of(new Offer(true, ch, v, 0, this));
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public String notReady() {
            return "false";
        }
    }

    /** Go: {@code select { case v, ok := <-c: default: }}. */
    record TryRecv(int ch) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            return chans[ch].tryRecv();
        }

        @Override
        public String describeReturn(Object returned) {
            return returned == null ? "none" : received((Received<?>) returned);
        }

        @Override
        public List<Offer> offers() {
            return List.of(new Offer(false, ch, 0, 0, this));
        }

        @Override
        public boolean blocking() {
            return false;
        }

        @Override
        public String notReady() {
            return "none";
        }
    }

    /** Go: {@code close(c)}. */
    record Close(int ch) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            chans[ch].close();
            return null;
        }

        @Override
        public String describeReturn(Object returned) {
            return "ok";
        }

        @Override
        public List<Offer> offers() {
            return List.of();
        }

        @Override
        public boolean blocking() {
            return false;
        }
    }

    /** Go: {@code len(c)}. */
    record Len(int ch) implements ChanOp {
        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            return chans[ch].len();
        }

        @Override
        public String describeReturn(Object returned) {
            return "len=" + returned;
        }

        @Override
        public List<Offer> offers() {
            return List.of();
        }

        @Override
        public boolean blocking() {
            return false;
        }
    }

    /**
     * Go: {@code select} over two cases on channels {@code chA} and {@code chB} (distinct), each
     * a send of its value or, if the value is {@code null}, a receive; with {@code default} if
     * {@code withDefault}.
     */
    record Select(boolean withDefault, int chA, Integer sendA, int chB, Integer sendB) implements ChanOp {
        /** A blocking select. */
        static Select of(int chA, Integer sendA, int chB, Integer sendB) {
            return new Select(false, chA, sendA, chB, sendB);
        }

        @Override
        public Object runUnchecked(GoChan.Impl impl, GoChan[] chans) {
            return impl.select(withDefault, chans[chA], sendA, chans[chB], sendB);
        }

        @Override
        public String describeReturn(Object returned) {
            GoChan.Selected s = (GoChan.Selected) returned;
            if (s.index() < 0) {
                return "default";
            }
            boolean isSend = (s.index() == 0 ? sendA : sendB) != null;
            return "case" + s.index() + " " + (isSend ? "sent" : received(new Received<>(s.value(), s.ok())));
        }

        @Override
        public List<Offer> offers() {
            return List.of(offer(0, chA, sendA), offer(1, chB, sendB));
        }

        private Offer offer(int index, int ch, Integer send) {
            return new Offer(send != null, ch, send == null ? 0 : send, index, this);
        }

        @Override
        public boolean blocking() {
            return !withDefault;
        }

        @Override
        public String notReady() {
            return "default";
        }
    }
}
