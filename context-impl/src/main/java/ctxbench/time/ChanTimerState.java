package ctxbench.time;

import ctxbench.runtime.ChanTimer;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Instant;

/**
 * The runtime state of a channel timer beyond a Go 1.19 one-shot timer's: the period of a
 * ticker, and Go 1.23's synchronous channel timer with the operations on it. Kept apart from
 * {@link Timer} so that the common timer (a Go 1.19 one-shot channel or function timer) stays
 * the size it was and allocates nothing more.
 *
 * <p>Go: the {@code timer} field {@code period} (Go 1.19 and 1.23) and, from Go 1.23's
 * runtime/time.go, the fields {@code when}, {@code seq}, {@code blocked}, {@code sendLock},
 * {@code isSending} and the functions {@code (*timer).stop}, {@code modify}, {@code needsAdd},
 * {@code maybeAdd}, {@code unlockAndRun}, {@code maybeRunChan}, {@code blockTimerChan},
 * {@code unblockTimerChan} for a timer with {@code isChan} and {@code asynctimerchan=0}. In Go
 * the fields are inline; here they cost one object per ticker or {@code go1.23} channel timer.
 *
 * <p>How Go 1.23's timer maps onto the Go 1.19 heap the model keeps ({@link GoTimerHeap}'s
 * status machine): Go's {@code timerHeaped} is a heap entry that is {@code WAITING},
 * {@code MODIFIED_*} or {@code DELETED}; a zombie ({@code timerZombie}) is a {@code DELETED}
 * entry, removed lazily by the heap as Go 1.19 removes stopped timers (at the top, when it
 * fires, or when they pass a quarter of the heap); clearing a zombie mark is a modify of the
 * {@code DELETED} entry; adding to the current P's heap is the queue's add. Go's {@code t.mu} is
 * this object's monitor. The heap never takes it: it fires an entry by running
 * {@link Timer#run()} with its lock released, which re-checks this state under the monitor, as
 * Go's {@code ts.run} re-checks {@code t.when} under {@code t.mu}.
 *
 * <p>Lock order: {@link #sendLock}, then the channel's monitor, then this monitor, then the heap's
 * lock. {@link #stop} and {@link #modify} hold {@link #sendLock} and this monitor together; a
 * firing takes this monitor, releases it, then sends under {@link #sendLock}.
 *
 * <p>Guards: the fields below {@link #sync} are guarded by this monitor (Go: {@code t.mu}),
 * except as noted.
 */
final class ChanTimerState implements ChanTimer {
    private static final VarHandle IS_SENDING;

    static {
        try {
            IS_SENDING = MethodHandles.lookup().findVarHandle(ChanTimerState.class, "isSending", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The timer this state belongs to. */
    private final Timer timer;
    /**
     * Go: {@code timer.period}: nanoseconds between ticks, 0 for a one-shot timer. Written by
     * {@code Ticker.Reset} (under the timer's monitor in {@code go1.23}); read by the timer heap
     * when it fires the timer, hence volatile.
     */
    volatile long period;
    /**
     * Go 1.23: {@code timer.isChan} with {@code asynctimerchan=0}: the timer follows Go 1.23's
     * synchronous channel semantics ({@link TimerMode#GO1_23}). Immutable.
     */
    final boolean sync;
    /**
     * Go 1.23: {@code timer.when}: when the timer is meant to fire, 0 if it is not pending (stopped,
     * or a one-shot timer that fired). The heap's own due time ({@link RuntimeTimer#when()}) is
     * that of its heap entry, which exists only while a goroutine is blocked on the channel.
     */
    long when;
    /** Go 1.23: {@code timer.seq}: bumped by every Stop and Reset, so a send prepared before them is dropped. Written under both locks. */
    long seq;
    /** Go 1.23: {@code timer.blocked}: goroutines blocked on the timer's channel. */
    int blocked;
    /** Go 1.23: {@code timer.sendLock}: held across a send, and by Stop and Reset; taken before the timer's monitor. */
    final Object sendLock;
    /**
     * Go 1.23: {@code timer.isSending}: one-shot firings between deciding to send (under the
     * timer's monitor) and taking {@link #sendLock}, so that a Stop or Reset in that window
     * reports the send it cancelled. Incremented under the monitor, decremented under
     * {@link #sendLock}.
     */
    @SuppressWarnings("unused") // accessed through IS_SENDING
    private volatile int isSending;

    /**
     * State for {@code timer}, a ticker of {@code period} ns (0: a one-shot timer); {@code sync}
     * for Go 1.23's channel semantics, pending at {@code when} (Go: {@code newTimer}'s
     * {@code t.modify}, which queues nothing while no goroutine is blocked on the channel).
     */
    ChanTimerState(Timer timer, long when, long period, boolean sync) {
        this.timer = timer;
        this.when = when;
        this.period = period;
        this.sync = sync;
        this.sendLock = sync ? new Object() : null;
    }

    /** Go: {@code t.isSending.Add(delta)}. */
    void addSending(int delta) {
        IS_SENDING.getAndAdd(this, delta);
    }

    /** Go: {@code t.isSending.Load() > 0}. */
    boolean sending() {
        return isSending > 0;
    }

    // ---- Go 1.23's operations on a synchronous channel timer (sync only) ---------------------

    /**
     * Go 1.23: {@code (*timer).stop}: under {@link #sendLock} and the monitor, marks a queued entry
     * a zombie, clears {@link #when} and bumps {@link #seq} (so a send already prepared is
     * dropped); then drains the channel. True if the timer was pending, if a send was in flight
     * ({@code isSending}), or if a value was waiting in the channel: after Stop no value from
     * before it can be received.
     */
    boolean stop() {
        boolean pending;
        synchronized (sendLock) {
            synchronized (this) {
                int st = settledStatus();
                if (heaped(st) && st != GoTimerHeap.DELETED) {
                    timer.queue.delete(timer); // Go: timerZombie; the heap drops the entry lazily
                }
                pending = when > 0;
                when = 0;
                seq++;
                if (period == 0 && sending()) {
                    pending = true;
                }
            }
        }
        if (timer.c.timerchandrain()) {
            pending = true;
        }
        return pending;
    }

    /**
     * Go 1.23: {@code (*timer).modify} (Reset): sets {@link #when} and {@link #period}; a queued
     * entry is modified in place (which also clears a zombie mark), an unqueued timer is queued on
     * the current P only if a goroutine is blocked on the channel ({@code needsAdd},
     * {@code maybeAdd}); bumps {@link #seq} and drains the channel. Returns Go's result: true if
     * the timer was pending, a send was in flight, or a value was waiting.
     */
    boolean modify(long newWhen, long newPeriod) {
        boolean pending;
        boolean add;
        synchronized (sendLock) {
            synchronized (this) {
                long oldPeriod = period;
                period = newPeriod;
                pending = when > 0;
                when = newWhen;
                int st = settledStatus();
                if (heaped(st)) {
                    timer.queue.modify(timer, newWhen); // Go: timerModified, zombie mark cleared
                } else {
                    timer.when = newWhen; // in no heap: only what Timer.when() reports
                }
                add = needsAdd(st);
                seq++;
                if (oldPeriod == 0 && sending()) {
                    pending = true;
                }
            }
            if (timer.c.timerchandrain()) {
                pending = true;
            }
        }
        if (add) {
            maybeAdd();
        }
        return pending;
    }

    /**
     * Go 1.23: {@code maybeRunChan}: if the timer is in no heap and is due, runs it now on the
     * caller (its value is back-dated by the delay). The first check reads the heap status
     * without the monitor, as Go reads {@code t.astate}.
     */
    @Override
    public void maybeRunChan() {
        int st = timer.status;
        if (st != GoTimerHeap.NO_STATUS && st != GoTimerHeap.REMOVED) {
            return; // in a heap (or being moved by one): the heap is in charge of firing
        }
        unlockAndRun(true);
    }

    /**
     * Go 1.23: {@code blockTimerChan}, called with the channel locked: counts the blocked
     * goroutine, clears the zombie mark of a still-pending queued timer, and queues an unqueued
     * pending one on the current P ({@code maybeAdd}).
     */
    @Override
    public void blockTimerChan() {
        boolean add;
        synchronized (this) {
            blocked++;
            int st = settledStatus();
            if (st == GoTimerHeap.DELETED && when > 0) {
                timer.queue.modify(timer, when); // Go: clear timerZombie
            }
            add = needsAdd(st);
        }
        if (add) {
            maybeAdd();
        }
    }

    /**
     * Go 1.23: {@code unblockTimerChan}: when the last blocked goroutine leaves, marks a queued
     * entry a zombie but keeps {@link #when}, so the timer still fires lazily when next looked at.
     */
    @Override
    public void unblockTimerChan() {
        synchronized (this) {
            if (blocked == 0) {
                throw new IllegalStateException("timer data corruption: unblockTimerChan without blockTimerChan");
            }
            if (--blocked == 0) {
                int st = settledStatus();
                if (heaped(st) && st != GoTimerHeap.DELETED) {
                    timer.queue.delete(timer); // Go: timerZombie, t.when kept
                }
            }
        }
    }

    /** Go 1.23: {@code ts.run} → {@code unlockAndRun} for this timer's heap entry, which the heap fired. */
    void runFromHeap() {
        unlockAndRun(false);
    }

    /**
     * Go 1.23: {@code maybeAdd}: queues the timer on the current P (the queue's add) if it still
     * {@link #needsAdd}. Unlike Go, holds the monitor while it takes the heap's lock: the model's
     * heap never takes a timer's monitor, so this order cannot deadlock.
     */
    private void maybeAdd() {
        synchronized (this) {
            int st = settledStatus();
            if (needsAdd(st)) {
                timer.status = GoTimerHeap.NO_STATUS; // from REMOVED: in no heap, as after a firing
                timer.queue.add(timer, when);
            }
        }
    }

    /** Go 1.23: {@code needsAdd}: pending, in no heap, and a goroutine is blocked on the channel. Under the monitor. */
    private boolean needsAdd(int status) {
        return !heaped(status) && when > 0 && blocked > 0;
    }

    /**
     * Go 1.23: {@code unlockAndRun} with the checks of its callers ({@code maybeRunChan}:
     * {@code lazily}, the timer must be in no heap; {@code ts.run}: the entry the heap fired):
     * if {@link #when} is due, clears it (one-shot) or advances it past now by whole periods
     * (ticker), marks a queued one-shot entry a zombie, and then, with the monitor released, sends
     * the time back-dated by the delay under {@link #sendLock} unless a Stop or Reset bumped
     * {@link #seq} meanwhile (Go: {@code sendTime} with {@code delay}).
     */
    private void unlockAndRun(boolean lazily) {
        long sendSeq;
        long delay;
        boolean oneShot;
        synchronized (this) {
            long now = Time.nanotime();
            int st = settledStatus();
            if ((lazily && heaped(st)) || when == 0 || when > now) {
                return;
            }
            delay = now - when;
            long p = period;
            long next = 0;
            if (p > 0) {
                next = when + p * (1 + delay / p);
                if (next < 0) { // Go: check for overflow
                    next = Long.MAX_VALUE;
                }
            }
            when = next;
            if (heaped(st) && st != GoTimerHeap.DELETED) {
                if (next == 0) {
                    timer.queue.delete(timer); // Go: timerZombie
                } else if (timer.when != next) {
                    timer.queue.modify(timer, next); // the heap re-queued the ticker by its own clock reading
                }
            } else if (next != 0) {
                timer.when = next; // in no heap: only what Timer.when() reports
            }
            oneShot = p == 0;
            if (oneShot) {
                addSending(1);
            }
            sendSeq = seq;
        }
        synchronized (sendLock) {
            if (oneShot) {
                addSending(-1);
            }
            if (seq == sendSeq) {
                timer.c.trySend(Instant.now().minusNanos(delay));
            }
        }
    }

    /**
     * The timer's heap status once no heap is in the middle of firing, removing or moving it
     * (Go holds {@code t.mu} across those; the model's heap does them under its own lock, so
     * this waits them out with {@code osyield}, as {@code deltimer} does). Under the monitor.
     */
    private int settledStatus() {
        for (;;) {
            int st = timer.status;
            if (st != GoTimerHeap.RUNNING && st != GoTimerHeap.REMOVING && st != GoTimerHeap.MOVING) {
                return st;
            }
            Thread.yield();
        }
    }

    /** Go 1.23: {@code t.state&timerHeaped != 0}: the timer has an entry in a heap, a zombie included. */
    private static boolean heaped(int status) {
        return status == GoTimerHeap.WAITING || status == GoTimerHeap.MODIFIED_EARLIER
                || status == GoTimerHeap.MODIFIED_LATER || status == GoTimerHeap.DELETED;
    }
}
