package ctxbench.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Go channel: {@code make(chan T, n)} with Go's send, receive, close and nil-channel rules.
 *
 * <p>Go: {@code runtime.hchan} and {@code chansend}, {@code chanrecv}, {@code closechan}
 * (runtime/chan.go, Go 1.19). The structure is Go's: a ring buffer of {@code dataqsiz} slots
 * ({@code sendx}, {@code recvx}, {@code qcount}), a queue of parked receivers and one of parked
 * senders, all under one lock. A send to a parked receiver hands the value over directly; a
 * receive from a full buffer with parked senders takes the head and moves the first sender's
 * value to the tail. The lock is this object's monitor: like Go's inline {@code hchan.lock} it
 * costs no allocation. Go allocates the header and (for element types with pointers) the buffer;
 * the model allocates this object and, when buffered, an {@code Object[]} of the capacity.
 *
 * <p>Zero values: a receive from a closed, drained channel returns {@code null} (Go's zero
 * value) with {@code ok == false}. Nil channels are {@code null} references: use the static
 * {@link #send(Chan, Object)}, {@link #recv(Chan)} and {@link #close(Chan)}, which block forever
 * or panic as Go does, and a {@code null} channel in a {@link Select} case is never ready.
 *
 * <p>Blocking operations park through {@link Waiter}: a goroutine of the {@code go} scheduler
 * yields to its M, any other thread (a virtual thread of the {@code vt} runtime, a platform
 * thread) parks through {@link java.util.concurrent.locks.LockSupport}, so all of them may use a
 * channel. The lock is released before parking. A blocked operation cannot be interrupted (Go
 * has no interruption); close the channel to release it.
 *
 * <p>Go 1.23 timer channels: a channel made by a timer of the {@code go1.23} timer mode has a
 * {@link ChanTimer} ({@link #timer}, Go's {@code hchan.timer}), which receives run lazily
 * ({@code maybeRunChan}) and tell when they block and wake ({@code blockTimerChan},
 * {@code unblockTimerChan}), as Go 1.23's chan.go does; its {@link #len()} and {@link #cap()} are
 * 0. Every other channel's {@code timer} is null: one field read per receive.
 *
 * @param <T> the element type
 */
public final class Chan<T> implements Iterable<T> {
    /** Result of a non-blocking receive that found nothing (Go: {@code selected == false}). */
    static final Object NOT_READY = new Object();
    /** Result of a receive from a closed, drained channel (Go: {@code received == false}). */
    static final Object CLOSED = new Object();

    private static final AtomicLong IDS = new AtomicLong();
    private static final VarHandle QCOUNT = VarHandles.field(MethodHandles.lookup(), Chan.class, "qcount", int.class);
    private static final VarHandle RECVQ = VarHandles.field(MethodHandles.lookup(), Chan.class, "recvq", Sudog.class);
    private static final VarHandle SENDQ = VarHandles.field(MethodHandles.lookup(), Chan.class, "sendq", Sudog.class);

    /** Lock order for {@link Select} (Go sorts by {@code hchan} address). Unique per channel. */
    final long id = IDS.getAndIncrement();
    private final int dataqsiz;
    private final Object[] buf;
    // Guarded by this object's monitor; qcount, recvq and sendq are also read without the lock
    // (opaque reads) by the non-blocking fast paths, as Go reads them without the lock.
    private int qcount;
    private int sendx;
    private int recvx;
    private volatile boolean closed;
    private Sudog recvq;
    private Sudog sendq;
    /**
     * Go 1.23: {@code hchan.timer}, the timer feeding this channel when a timer of the
     * {@code go1.23} mode made it; null for every other channel. Immutable.
     */
    final ChanTimer timer;

    /** Go: {@code make(chan T, size)}. Panics with Go's message if {@code size < 0}. */
    public Chan(int size) {
        this(size, null);
    }

    /**
     * Go 1.23: {@code make(chan Time, 1)} followed by {@code newTimer}'s {@code c.timer = &t.timer}:
     * a channel fed by {@code timer} ({@code null}: a plain channel). Its receives and selects
     * run the timer lazily and tell it when they block ({@link ChanTimer}); {@link #len()} and
     * {@link #cap()} report 0, as Go presents a synchronous timer channel as unbuffered.
     */
    public Chan(int size, ChanTimer timer) {
        if (size < 0) {
            throw new GoPanic("makechan: size out of range");
        }
        this.dataqsiz = size;
        this.buf = size == 0 ? null : new Object[size];
        this.timer = timer;
    }

    /** Go: {@code make(chan T)}, an unbuffered channel. */
    public static <T> Chan<T> make() {
        return new Chan<>(0);
    }

    /** Go: {@code make(chan T, size)}. */
    public static <T> Chan<T> make(int size) {
        return new Chan<>(size);
    }

    // ---- Go's operators on possibly-nil channels ----------------------------------------

    /** Go: {@code c <- v}. A nil channel blocks forever; a closed one panics "send on closed channel". */
    public static <T> void send(Chan<T> c, T v) {
        if (c == null) {
            Waiter.parkForever();
        }
        c.chansend(v, true);
    }

    /** Go: {@code <-c}. A nil channel blocks forever; a closed, drained one returns the zero value ({@code null}). */
    public static <T> T recv(Chan<T> c) {
        if (c == null) {
            Waiter.parkForever();
        }
        return c.recv();
    }

    /** Go: {@code close(c)}. Panics "close of nil channel" or "close of closed channel". */
    public static void close(Chan<?> c) {
        if (c == null) {
            throw new GoPanic("close of nil channel");
        }
        c.close();
    }

    // ---- Operations ------------------------------------------------------------------------

    /** Go: {@code c <- v}. Blocks until a receiver takes {@code v} or a buffer slot is free. */
    public void send(T v) {
        chansend(v, true);
    }

    /** Go: {@code select { case c <- v: return true; default: return false }}. */
    public boolean trySend(T v) {
        return chansend(v, false);
    }

    /** Go: {@code v := <-c}. Blocks until a value arrives; returns {@code null} once closed and drained. */
    @SuppressWarnings("unchecked")
    public T recv() {
        Object r = chanrecv(true);
        return r == CLOSED ? null : (T) r;
    }

    /** Go: {@code v, ok := <-c}. {@code ok} is false once the channel is closed and drained. */
    @SuppressWarnings("unchecked")
    public Received<T> recvOk() {
        Object r = chanrecv(true);
        return r == CLOSED ? Received.closed() : new Received<>((T) r, true);
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
        return r == CLOSED ? Received.closed() : new Received<>((T) r, true);
    }

    /**
     * Go: {@code select { case <-c: return true; default: return false }}: receives and drops a
     * value if one is ready, or reports a closed channel, without allocating. This is how
     * {@code propagateCancel} asks whether a parent is already done.
     */
    public boolean tryRecvDiscard() {
        return chanrecv(false) != NOT_READY;
    }

    /**
     * Go: {@code close(c)}. Wakes every parked receiver (they get the zero value, {@code ok ==
     * false}) and every parked sender (they panic "send on closed channel").
     */
    public void close() {
        Sudog wake = null;
        synchronized (this) {
            if (closed) {
                throw new GoPanic("close of closed channel");
            }
            closed = true;
            for (Sudog sg; (sg = dequeue(false)) != null; ) {
                sg.elem = null;
                sg.success = false;
                sg.waitlink = wake;
                wake = sg;
            }
            for (Sudog sg; (sg = dequeue(true)) != null; ) {
                sg.success = false;
                sg.waitlink = wake;
                wake = sg;
            }
        }
        // Go readies the released goroutines after unlocking (closechan's glist).
        for (Sudog sg = wake; sg != null; ) {
            Sudog next = sg.waitlink;
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

    /** Go: {@code cap(c)}: the buffer's capacity; 0 for a Go 1.23 timer channel ({@code chancap}). */
    public int cap() {
        if (timer != null) {
            return 0;
        }
        return dataqsiz;
    }

    /**
     * Go 1.23: {@code timerchandrain}: empties the buffer of a timer channel, so that no value sent
     * before a Stop or Reset can be received after it; true if it removed a value. Checks the
     * count without the lock first. Timer channels have no parked senders.
     */
    public boolean timerchandrain() {
        if ((int) QCOUNT.getOpaque(this) == 0) {
            return false;
        }
        boolean any = false;
        synchronized (this) {
            while (qcount > 0) {
                any = true;
                bufTake();
            }
        }
        return any;
    }

    /** Go: {@code for v := range c}: receives until the channel is closed and drained. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private Object next = NOT_READY;

            @Override
            public boolean hasNext() {
                if (next == NOT_READY) {
                    next = chanrecv(true);
                }
                return next != CLOSED;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel closed");
                }
                T v = (T) next;
                next = NOT_READY;
                return v;
            }
        };
    }

    @Override
    public String toString() {
        return "chan(cap=" + dataqsiz + ", id=" + id + ")";
    }

    // ---- Go's chansend / chanrecv -----------------------------------------------------------

    /** Go: {@code chansend}. Returns false only for a non-blocking send that could not proceed. */
    private boolean chansend(Object v, boolean block) {
        // Fast path without the lock, as Go: a non-blocking send on a full open channel fails.
        if (!block && !closed && full()) {
            return false;
        }
        Sudog receiver;
        Sudog mysg = null;
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
                mysg = new Sudog(new Waiter(), this, v, false);
                sendq = Sudog.enqueue(sendq, mysg);
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
        Sudog sender;
        Sudog mysg = null;
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
                mysg = new Sudog(new Waiter(), this, null, false);
                recvq = Sudog.enqueue(recvq, mysg);
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

    // ---- Pieces shared with Select; every method below runs under this channel's lock ----

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
    Sudog dequeue(boolean senders) {
        for (;;) {
            Sudog sg = senders ? sendq : recvq;
            if (sg == null) {
                return null;
            }
            if (senders) {
                sendq = Sudog.remove(sendq, sg);
            } else {
                recvq = Sudog.remove(recvq, sg);
            }
            if (sg.isSelect && !sg.g.claimSelect()) {
                continue;
            }
            return sg;
        }
    }

    /** Go: {@code sudog} enqueue for a select case (selectgo pass 2). */
    void enqueue(Sudog sg, boolean sender) {
        if (sender) {
            sendq = Sudog.enqueue(sendq, sg);
        } else {
            recvq = Sudog.enqueue(recvq, sg);
        }
    }

    /** Go: {@code dequeueSudoG} for a select case that did not win (selectgo pass 3). */
    void unlink(Sudog sg, boolean sender) {
        if (sender) {
            sendq = Sudog.remove(sendq, sg);
        } else {
            recvq = Sudog.remove(recvq, sg);
        }
    }

    /** Go: {@code send}: hands {@code v} to a parked receiver. The caller readies it. */
    static void giveTo(Sudog receiver, Object v) {
        receiver.elem = v;
        receiver.success = true;
    }

    /**
     * Go: {@code recv}: takes a value from a parked sender. Unbuffered: the sender's value. Buffered
     * (so the buffer is full): the head of the buffer, and the sender's value goes to the tail.
     * The caller readies the sender.
     */
    Object takeFrom(Sudog sender) {
        Object v;
        if (dataqsiz == 0) {
            v = sender.elem;
        } else {
            v = buf[recvx];
            buf[recvx] = sender.elem;
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
