package ctxbench.check.mutant;

import ctxbench.runtime.ChanTimer;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Received;
import ctxbench.runtime.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A copy of the model's {@link ctxbench.runtime.Chan} with one bug seeded on purpose, chosen by
 * {@link Mutation}; with {@link Mutation#NONE} it behaves as the model. It exists to show that the
 * checkers and stress tests of {@code ctxbench.check} catch a real channel bug:
 * {@code MutantDetectionTest} runs them on it and expects them to fail. Do not use it for
 * anything else.
 *
 * <p>Below this comment the copy is {@code Chan.java} line for line, but for the names of the
 * copied classes and the marked places ({@code MUTATION}: a seeded bug, {@code ADAPTED}: what the
 * harness needs, {@code OMITTED}: members the checkers do not use). {@link MutantSourceTest} holds
 * it to that; when it fails, carry the change of {@code Chan.java} over to this copy.
 *
 * @param <T> the element type
 */
// ADAPTED-BEGIN: the checkers never range over a channel (iterator() is omitted)
// source: public final class Chan<T> implements Iterable<T> {
public final class MutantChan<T> {
// ADAPTED-END
    /** Result of a non-blocking receive that found nothing (Go: {@code selected == false}). */
    static final Object NOT_READY = new Object();
    /** Result of a receive from a closed, drained channel (Go: {@code received == false}). */
    static final Object CLOSED = new Object();

    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle QCOUNT = VarHandles.field(MethodHandles.lookup(), MutantChan.class, "qcount", int.class);
    private static final VarHandle RECVQ = VarHandles.field(MethodHandles.lookup(), MutantChan.class, "recvq", MutantSudog.class);
    private static final VarHandle SENDQ = VarHandles.field(MethodHandles.lookup(), MutantChan.class, "sendq", MutantSudog.class);

    /** Lock order for {@link MutantSelect} (Go sorts by {@code hchan} address). Unique per channel. */
    final long id = IDS.getAndIncrement();
    private final int dataqsiz;
    private final Object[] buf;
    // Guarded by this object's monitor; qcount, recvq and sendq are also read without the lock
    // (opaque reads) by the non-blocking fast paths, as Go reads them without the lock.
    private int qcount;
    private int sendx;
    private int recvx;
    private volatile boolean closed;
    private MutantSudog recvq;
    private MutantSudog sendq;
    /**
     * Go 1.23: {@code hchan.timer}, the timer feeding this channel when a timer of the
     * {@code go1.23} mode made it; null for every other channel. Immutable.
     */
    final ChanTimer timer;
    // ADAPTED-BEGIN: the bug seeded into this channel
    private final Mutation mutation;
    // ADAPTED-END

    /** Go: {@code make(chan T, size)}. Panics with Go's message if {@code size < 0}. */
    // ADAPTED-BEGIN: a mutant is made with its seeded bug
    // source: public Chan(int size) {
    // source: this(size, null);
    public MutantChan(int size, Mutation mutation) {
        this(size, null, mutation);
    // ADAPTED-END
    }

    /**
     * Go 1.23: {@code make(chan Time, 1)} followed by {@code newTimer}'s {@code c.timer = &t.timer}:
     * a channel fed by {@code timer} ({@code null}: a plain channel). Its receives and selects
     * run the timer lazily and tell it when they block ({@link ChanTimer}); {@link #len()} and
     * {@link #cap()} report 0, as Go presents a synchronous timer channel as unbuffered.
     */
    // ADAPTED-BEGIN: takes the seeded bug; the checkers feed no timer channel, only the constructor above calls it
    // source: public Chan(int size, ChanTimer timer) {
    private MutantChan(int size, ChanTimer timer, Mutation mutation) {
        this.mutation = mutation;
    // ADAPTED-END
        if (size < 0) {
            throw new GoPanic("makechan: size out of range");
        }
        this.dataqsiz = size;
        this.buf = size == 0 ? null : new Object[size];
        this.timer = timer;
    }

    // OMITTED make(), make(int): the harness calls the constructor, which takes the Mutation

    // ---- Go's operators on possibly-nil channels ----------------------------------------

    // OMITTED send(Chan, T), recv(Chan), close(Chan): the checkers use no nil channel

    // ---- Operations ------------------------------------------------------------------------

    /** Go: {@code c <- v}. Blocks until a receiver takes {@code v} or a buffer slot is free. */
    public void send(T v) {
        chansend(v, true);
    }

    /** Go: {@code select { case c <- v: return true; default: return false }}. */
    public boolean trySend(T v) {
        return chansend(v, false);
    }

    // OMITTED recv(): the checkers receive with recvOk()

    /** Go: {@code v, ok := <-c}. {@code ok} is false once the channel is closed and drained. */
    @SuppressWarnings("unchecked")
    public Received<T> recvOk() {
        Object r = chanrecv(true);
        // ADAPTED-BEGIN: Received.closed() is package-private in ctxbench.runtime
        // source: return r == CLOSED ? Received.closed() : new Received<>((T) r, true);
        return r == CLOSED ? new Received<>(null, false) : new Received<>((T) r, true);
        // ADAPTED-END
    }

    /**
     * Go: {@code select { case v, ok := <-c: ...; default: }}. Returns {@code null} if no value is
     * ready and the channel is open, else what {@link #recvOk()} would return.
     */
    @SuppressWarnings("unchecked")
    public Received<T> tryRecv() {
        Object r = chanrecv(false);
        if (r == NOT_READY) {
            return null;
        }
        // ADAPTED-BEGIN: Received.closed() is package-private in ctxbench.runtime
        // source: return r == CLOSED ? Received.closed() : new Received<>((T) r, true);
        return r == CLOSED ? new Received<>(null, false) : new Received<>((T) r, true);
        // ADAPTED-END
    }

    // OMITTED tryRecvDiscard(): the checkers receive with tryRecv()

    /**
     * Go: {@code close(c)}. Wakes every parked receiver (they get the zero value, {@code ok ==
     * false}) and every parked sender (they panic "send on closed channel").
     */
    public void close() {
        MutantSudog wake = null;
        synchronized (this) {
            if (closed) {
                throw new GoPanic("close of closed channel");
            }
            closed = true;
            for (MutantSudog sg; (sg = dequeue(false)) != null; ) {
                sg.elem = null;
                sg.success = false;
                // MUTATION-BEGIN CLOSE_FORGETS_PARKED_RECEIVERS: dequeued but never readied, so the receiver parks forever
                if (mutation == Mutation.CLOSE_FORGETS_PARKED_RECEIVERS) {
                    continue;
                }
                // MUTATION-END
                sg.waitlink = wake;
                wake = sg;
            }
            for (MutantSudog sg; (sg = dequeue(true)) != null; ) {
                sg.success = false;
                sg.waitlink = wake;
                wake = sg;
            }
        }
        // Go readies the released goroutines after unlocking (closechan's glist).
        for (MutantSudog sg = wake; sg != null; ) {
            MutantSudog next = sg.waitlink;
            sg.waitlink = null;
            sg.g.ready(sg);
            sg = next;
        }
    }

    /** Go: {@code len(c)}: values buffered now; 0 for a Go 1.23 timer channel ({@code chanlen}). */
    public int len() {
        if (timer != null) {
            return 0;
        }
        return (int) QCOUNT.getOpaque(this);
    }

    // OMITTED cap(), timerchandrain(), iterator(): the checkers do not use them

    @Override
    public String toString() {
        // ADAPTED-BEGIN: names the seeded bug
        // source: return "chan(cap=" + dataqsiz + ", id=" + id + ")";
        return "mutant chan(cap=" + dataqsiz + ", id=" + id + ", " + mutation + ")";
        // ADAPTED-END
    }

    // ---- Go's chansend / chanrecv -----------------------------------------------------------

    /** Go: {@code chansend}. Returns false only for a non-blocking send that could not proceed. */
    private boolean chansend(Object v, boolean block) {
        // Fast path without the lock, as Go: a non-blocking send on a full open channel fails.
        if (!block && !closed && full()) {
            return false;
        }
        MutantSudog receiver;
        MutantSudog mysg = null;
        synchronized (this) {
            if (closed) {
                throw new GoPanic("send on closed channel");
            }
            receiver = dequeue(false);
            if (receiver != null) {
                giveTo(receiver, v);
            } else if (qcount < dataqsiz) {
                bufPut(v);
                return true;
            } else if (!block) {
                return false;
            } else {
                mysg = new MutantSudog(new MutantWaiter(), this, v, false);
                sendq = MutantSudog.enqueue(sendq, mysg);
            }
        }
        if (receiver != null) {
            receiver.g.ready(receiver);
            return true;
        }
        mysg.g.park();
        if (!mysg.success) {
            throw new GoPanic("send on closed channel");
        }
        return true;
    }

    /**
     * Go: {@code chanrecv}. Returns the value received, {@link #CLOSED} for a closed drained
     * channel, or {@link #NOT_READY} for a non-blocking receive that found nothing.
     */
    Object chanrecv(boolean block) {
        if (timer != null) {
            timer.maybeRunChan(); // Go 1.23: a due timer nobody waited on sends now
        }
        // Fast path without the lock, as Go: nothing to receive from an open channel.
        if (!block && empty()) {
            if (!closed) {
                return NOT_READY;
            }
            // Closed: re-check emptiness, a value may have arrived before the close.
            if (empty()) {
                return CLOSED;
            }
        }
        MutantSudog sender;
        MutantSudog mysg = null;
        Object v;
        synchronized (this) {
            if (closed && qcount == 0) {
                return CLOSED;
            }
            sender = dequeue(true);
            if (sender != null) {
                v = takeFrom(sender);
            } else if (qcount > 0) {
                return bufTake();
            } else if (!block) {
                return NOT_READY;
            } else {
                mysg = new MutantSudog(new MutantWaiter(), this, null, false);
                recvq = MutantSudog.enqueue(recvq, mysg);
                if (timer != null) {
                    timer.blockTimerChan();
                }
                v = null;
            }
        }
        if (sender != null) {
            sender.g.ready(sender);
            return v;
        }
        mysg.g.park();
        if (timer != null) {
            timer.unblockTimerChan();
        }
        return mysg.success ? mysg.elem : CLOSED;
    }

    // ---- Pieces shared with MutantSelect; every method below runs under this channel's lock ----

    boolean isClosed() {
        return closed;
    }

    /** Go: {@code c.qcount > 0}. */
    boolean hasBuffered() {
        return qcount > 0;
    }

    /** Go: {@code c.qcount < c.dataqsiz}. */
    boolean hasFreeSlot() {
        return qcount < dataqsiz;
    }

    /**
     * Go: {@code waitq.dequeue} on {@code sendq} (senders) or {@code recvq} (receivers). A sudog of
     * a select that another channel already completed is dropped, as Go drops it.
     */
    MutantSudog dequeue(boolean senders) {
        for (;;) {
            MutantSudog sg = senders ? sendq : recvq;
            if (sg == null) {
                return null;
            }
            if (senders) {
                sendq = MutantSudog.remove(sendq, sg);
            } else {
                recvq = MutantSudog.remove(recvq, sg);
            }
            if (sg.isSelect && !sg.g.claimSelect()) {
                continue;
            }
            return sg;
        }
    }

    /** Go: {@code sudog} enqueue for a select case (selectgo pass 2). */
    void enqueue(MutantSudog sg, boolean sender) {
        if (sender) {
            sendq = MutantSudog.enqueue(sendq, sg);
        } else {
            recvq = MutantSudog.enqueue(recvq, sg);
        }
    }

    /** Go: {@code dequeueSudoG} for a select case that did not win (selectgo pass 3). */
    void unlink(MutantSudog sg, boolean sender) {
        if (sender) {
            sendq = MutantSudog.remove(sendq, sg);
        } else {
            recvq = MutantSudog.remove(recvq, sg);
        }
    }

    /** Go: {@code send}: hands {@code v} to a parked receiver. The caller readies it. */
    static void giveTo(MutantSudog receiver, Object v) {
        receiver.elem = v;
        receiver.success = true;
    }

    /**
     * Go: {@code recv}: takes a value from a parked sender. Unbuffered: the sender's value. Buffered
     * (so the buffer is full): the head of the buffer, and the sender's value goes to the tail.
     * The caller readies the sender.
     */
    Object takeFrom(MutantSudog sender) {
        Object v;
        if (dataqsiz == 0) {
            v = sender.elem;
        } else {
            v = buf[recvx];
            // MUTATION-BEGIN LOST_HAND_OFF: the parked sender's value never reaches the buffer
            // source: buf[recvx] = sender.elem;
            buf[recvx] = mutation == Mutation.LOST_HAND_OFF ? null : sender.elem;
            // MUTATION-END
            if (++recvx == dataqsiz) {
                recvx = 0;
            }
            sendx = recvx;
        }
        sender.elem = null;
        sender.success = true;
        return v;
    }

    /** Go: the buffered branch of {@code chansend}. */
    void bufPut(Object v) {
        buf[sendx] = v;
        if (++sendx == dataqsiz) {
            sendx = 0;
        }
        QCOUNT.setOpaque(this, qcount + 1);
    }

    /** Go: the buffered branch of {@code chanrecv}; clears the slot so the value can be collected. */
    Object bufTake() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == dataqsiz) {
            recvx = 0;
        }
        QCOUNT.setOpaque(this, qcount - 1);
        return v;
    }

    /** Go: {@code full(c)}, read without the lock. */
    private boolean full() {
        if (dataqsiz == 0) {
            return RECVQ.getOpaque(this) == null;
        }
        return (int) QCOUNT.getOpaque(this) == dataqsiz;
    }

    /** Go: {@code empty(c)}, read without the lock (Go 1.23: after running a due timer). */
    private boolean empty() {
        if (dataqsiz == 0) {
            return SENDQ.getOpaque(this) == null;
        }
        if (timer != null) {
            timer.maybeRunChan();
        }
        return (int) QCOUNT.getOpaque(this) == 0;
    }
}
