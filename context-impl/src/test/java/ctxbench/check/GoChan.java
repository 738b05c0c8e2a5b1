package ctxbench.check;

import ctxbench.runtime.Received;

/**
 * One channel of integers as the checkers drive it: Go's channel operators, whatever implements
 * them. The checkers and stress tests are written against this interface so that the same
 * harness runs on the model's {@link ctxbench.runtime.Chan} ({@link ModelChans}) and on the
 * seeded-bug copy ({@link ctxbench.check.mutant.MutantChans}), and must fail on the latter.
 *
 * <p>Panics surface as {@link ctxbench.runtime.GoPanic} with Go's message.
 */
public interface GoChan {
    /** Go: {@code c <- v}. */
    void send(int v);

    /** Go: {@code v, ok := <-c}. */
    Received<Integer> recv();

    /** Go: {@code select { case c <- v: return true; default: return false }}. */
    boolean trySend(int v);

    /** Go: {@code select { case v, ok := <-c: ...; default: }}; {@code null} when nothing is ready. */
    Received<Integer> tryRecv();

    /** Go: {@code close(c)}. */
    void close();

    /** Go: {@code len(c)}. */
    int len();

    /**
     * Makes channels and runs {@code select} over them: the part of an implementation that is
     * not one channel's method.
     */
    interface Impl {
        /** A short name for messages. */
        String name();

        /** Go: {@code make(chan int, capacity)}. */
        GoChan make(int capacity);

        /**
         * Go: {@code select} over two cases on two channels, each a send of its value or a
         * receive ({@code sendValue == null}); with {@code default} if {@code withDefault}.
         * Returns which case ran and, for a receive, what it got.
         */
        Selected select(boolean withDefault, GoChan a, Integer sendToA, GoChan b, Integer sendToB);
    }

    /**
     * What a two-case {@code select} did: {@code index} 0 or 1 (or -1 for {@code default}), and
     * for a receive case the value and Go's {@code ok}.
     */
    record Selected(int index, Integer value, boolean ok) {
        /** The {@code default} case. */
        public static final Selected DEFAULT = new Selected(-1, null, false);
    }
}
