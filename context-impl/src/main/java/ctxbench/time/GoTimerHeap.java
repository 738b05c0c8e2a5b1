package ctxbench.time;

import ctxbench.runtime.VarHandles;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's runtime timer heap: a 4-ary min-heap of timers under one lock, with Go's status machine,
 * so that stopping a timer is an O(1) status change and the entry leaves the heap later.
 *
 * <p>Go: runtime/time.go of Go 1.14–1.22 — {@code addtimer}, {@code deltimer}, {@code modtimer},
 * {@code cleantimers}, {@code adjusttimers}, {@code runtimer}, {@code runOneTimer},
 * {@code clearDeletedTimers}, {@code siftupTimer}, {@code siftdownTimer}. The costs follow Go's:
 * <ul>
 *   <li>add: O(log₄ n) sift-up under the lock, after removing stopped timers found at the top;</li>
 *   <li>stop: a CAS to {@code DELETED} and a counter increment, without the lock, waking no one;
 *       the entry stays (holding the timer and all it references) until it reaches the top, or
 *       until deleted entries exceed a quarter of the heap and the next {@link #checkTimers}
 *       (or, with a timer thread, the next add) compacts the heap;</li>
 *   <li>reset of a queued timer: a CAS recording {@code nextwhen}, without the lock; the entry
 *       moves when it reaches the top, or (if earlier) once the earliest such new time is due,
 *       when a check scans the heap as Go's {@code adjusttimers} does;</li>
 *   <li>firing: the due timer leaves the heap (a period timer, a ticker's, stays, due again
 *       at the first {@code when + period·n} after now) and its function runs with the lock
 *       released.</li>
 * </ul>
 * Two ways to drive it. As in Go, one heap per P of the {@code go} scheduler
 * ({@link #GoTimerHeap(Waker)}): the P's M calls {@link #checkTimers(long)} at every schedule and
 * runs due timers right there, and an add or an earlier reset calls the {@link Waker} (Go's
 * {@code wakeNetPoller}). Or one heap with its own daemon platform thread ({@link #GoTimerHeap()},
 * a {@link TimerThread}) that sleeps until the earliest due time: the model's stand-in for the
 * scheduler under the {@code vt} runtime. There, checks come only at due times, so an add also
 * compacts the heap once stopped timers pass a quarter of it (Go leaves that to
 * {@code checkTimers}, which runs at every schedule).
 *
 * <p>As in Go, {@code deltimer} and {@code modtimer} never wait for the heap lock while they
 * hold a timer in {@code MODIFYING} (the heap's side waits for that status to end while it holds
 * the lock), so {@code modifiedEarliest} is an atomic, not guarded by the lock.
 */
public final class GoTimerHeap implements TimerQueue {
    // Go's timer statuses (runtime/time.go).
    static final int NO_STATUS = 0;
    static final int WAITING = 1;
    static final int RUNNING = 2;
    static final int DELETED = 3;
    static final int REMOVING = 4;
    static final int REMOVED = 5;
    static final int MODIFYING = 6;
    static final int MODIFIED_EARLIER = 7;
    static final int MODIFIED_LATER = 8;
    static final int MOVING = 9;

    private static final VarHandle STATUS = VarHandles.field(MethodHandles.lookup(), RuntimeTimer.class, "status", int.class);

    /** Go: {@code p.timersLock}, a runtime mutex: spins before it sleeps, no owner, not reentrant. */
    private final RuntimeMutex lock = new RuntimeMutex();
    // Guarded by lock.
    private RuntimeTimer[] timers = new RuntimeTimer[64];
    private int len;
    /**
     * Go: {@code p.timerModifiedEarliest}: earliest nextwhen of a timer modified to an earlier
     * time, 0 if none. Atomic, as in Go: {@link #modify} updates it while it holds a timer in
     * {@code MODIFYING}, when it must not take the lock.
     */
    private final AtomicLong modifiedEarliest = new AtomicLong();
    /** Go: {@code p.deletedTimers}: entries in the heap whose timer was stopped. */
    private final AtomicInteger deletedTimers = new AtomicInteger();

    /**
     * Go: {@code p.timer0When}: when the timer at the top is due, 0 if the heap is empty. Written
     * under the lock at the end of every change, read without it by {@link #nextWhen()} and the
     * fast path of {@link #checkTimers}.
     */
    private volatile long timer0When;
    /** Told when a timer is added or moved earlier, so that someone runs {@link #checkTimers} by then. */
    private final Waker waker;
    /** Compact at add time too (with a timer thread, which checks only at due times). */
    private final boolean compactOnAdd;

    /**
     * Who must be told of a new earliest due time. Go: {@code wakeNetPoller(when)}. Called
     * without the heap's lock held.
     */
    @FunctionalInterface
    public interface Waker {
        /** A timer due at {@code when} was added or moved earlier. */
        void wake(long when);
    }

    /** Creates an empty heap and starts its timer thread (a daemon {@link TimerThread}). */
    public GoTimerHeap() {
        TimerThread thread = new TimerThread(this);
        this.waker = thread;
        this.compactOnAdd = true;
        thread.start();
    }

    /**
     * Creates an empty heap driven from outside, as a P's heap: no thread; the owner calls
     * {@link #checkTimers(long)}, and {@code waker} hears of each new earliest due time.
     */
    public GoTimerHeap(Waker waker) {
        this.waker = waker;
        this.compactOnAdd = false;
    }

    @Override
    public String name() {
        return "go-heap";
    }

    /** Entries in the heap, including stopped timers not yet removed. */
    @Override
    public int size() {
        lock.lock();
        try {
            return len;
        } finally {
            lock.unlock();
        }
    }

    /** Go: {@code addtimer}. */
    @Override
    public void add(RuntimeTimer t, long when) {
        if (t.status != NO_STATUS) {
            throw new IllegalStateException("addtimer called with initialized timer");
        }
        t.when = when;
        t.status = WAITING;
        t.heap = this;
        lock.lock();
        try {
            cleantimers();
            if (compactOnAdd && deletedTimers.get() > len / 4) {
                clearDeletedTimers();
            }
            doaddtimer(t);
            updateTimer0When();
        } finally {
            lock.unlock();
        }
        waker.wake(when);
    }

    /** Go: {@code deltimer}: marks the timer deleted without taking the heap lock. */
    @Override
    public boolean delete(RuntimeTimer t) {
        for (;;) {
            int s = t.status;
            switch (s) {
                case WAITING, MODIFIED_LATER, MODIFIED_EARLIER -> {
                    if (STATUS.compareAndSet(t, s, MODIFYING)) {
                        t.status = DELETED;
                        deletedTimers.incrementAndGet(); // compacted by a later check or add, as in Go
                        return true;
                    }
                }
                case DELETED, REMOVING, REMOVED, NO_STATUS -> {
                    return false;
                }
                case RUNNING, MOVING, MODIFYING -> Thread.yield(); // Go: osyield
                default -> throw badTimer(s);
            }
        }
    }

    /** Go: {@code modtimer} (as called by {@code resettimer}): returns whether the timer was pending. */
    @Override
    public boolean modify(RuntimeTimer t, long when) {
        boolean pending;
        boolean wasRemoved = false;
        loop:
        for (;;) {
            int s = t.status;
            switch (s) {
                case WAITING, MODIFIED_EARLIER, MODIFIED_LATER -> {
                    if (STATUS.compareAndSet(t, s, MODIFYING)) {
                        pending = true;
                        break loop;
                    }
                }
                case NO_STATUS, REMOVED -> {
                    if (STATUS.compareAndSet(t, s, MODIFYING)) {
                        wasRemoved = true;
                        pending = false;
                        break loop;
                    }
                }
                case DELETED -> {
                    if (STATUS.compareAndSet(t, s, MODIFYING)) {
                        deletedTimers.decrementAndGet();
                        pending = false;
                        break loop;
                    }
                }
                case RUNNING, REMOVING, MOVING, MODIFYING -> Thread.yield();
                default -> throw badTimer(s);
            }
        }
        if (wasRemoved) {
            t.when = when;
            t.heap = this;
            lock.lock();
            try {
                doaddtimer(t);
                updateTimer0When();
            } finally {
                lock.unlock();
            }
            t.status = WAITING;
            waker.wake(when);
        } else {
            // Still in the heap: record the new time; the entry moves when it surfaces.
            t.nextwhen = when;
            boolean earlier = when < t.when;
            if (earlier) {
                updateTimerModifiedEarliest(when);
            }
            t.status = earlier ? MODIFIED_EARLIER : MODIFIED_LATER;
            if (earlier) {
                waker.wake(when);
            }
        }
        return pending;
    }

    /** Go: {@code updateTimerModifiedEarliest}: lowers {@link #modifiedEarliest} to {@code nextwhen} by CAS. */
    private void updateTimerModifiedEarliest(long nextwhen) {
        for (;;) {
            long old = modifiedEarliest.get();
            if (old != 0 && old < nextwhen) {
                return;
            }
            if (modifiedEarliest.compareAndSet(old, nextwhen)) {
                return;
            }
        }
    }

    // ---- Go's checkTimers / runtimer / runOneTimer ------------------------------------------

    /**
     * Go: the racy reads at the top of {@code checkTimers} and {@code checkTimersNoP}: when this
     * heap next needs a check (the top timer's due time, or earlier the earliest time a timer was
     * reset to), Long.MAX_VALUE if empty. No lock.
     */
    public long nextWhen() {
        long next = timer0When;
        long earliest = modifiedEarliest.get();
        if (earliest != 0 && (next == 0 || earliest < next)) {
            next = earliest;
        }
        return next == 0 ? Long.MAX_VALUE : next;
    }

    /**
     * Go: {@code checkTimers(pp, now)}: runs every timer due at {@code now} (their functions run
     * on the calling thread, with the lock released), moves reset timers, compacts the heap once
     * stopped timers pass a quarter of it, and returns when the next timer is due (Long.MAX_VALUE
     * if none). With {@code now == 0} it reads the clock only if some timer is queued, as Go does.
     * Cost when nothing is due: two volatile reads (and a clock read if the heap is not empty), no lock.
     */
    public long checkTimers(long now) {
        long due = nextWhen();
        boolean compact = deletedTimers.get() > len / 4; // len read racily, as Go reads len(pp.timers)
        if (due == Long.MAX_VALUE && !compact) {
            return due;
        }
        if (now == 0) {
            now = Time.nanotime();
        }
        if (due > now && !compact) {
            return due;
        }
        lock.lock();
        try {
            adjusttimers(now);
            long next = Long.MAX_VALUE;
            while (len > 0) {
                long tw = runtimer(now);
                if (tw > 0) {
                    next = tw;
                    break;
                }
                if (tw == 0) {
                    now = Time.nanotime();
                }
            }
            if (deletedTimers.get() > len / 4) {
                clearDeletedTimers();
            }
            long earliest = modifiedEarliest.get();
            if (earliest != 0 && earliest < next) {
                next = earliest;
            }
            updateTimer0When();
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Go: the stores to {@code pp.timer0When} in {@code doaddtimer}/{@code dodeltimer0}: publishes the top's due time. Under the lock. */
    private void updateTimer0When() {
        timer0When = len == 0 ? 0 : timers[0].when;
    }

    /**
     * Go: {@code runtimer}: handles the timer at the top. Returns its due time if it is not due
     * yet, 0 if it ran a timer, -1 if it only removed or moved one. Called with the lock held;
     * releases it while the timer's function runs.
     */
    private long runtimer(long now) {
        for (;;) {
            RuntimeTimer t = timers[0];
            int s = t.status;
            switch (s) {
                case WAITING -> {
                    if (t.when > now) {
                        return t.when;
                    }
                    if (!STATUS.compareAndSet(t, s, RUNNING)) {
                        continue;
                    }
                    runOneTimer(t, now);
                    return 0;
                }
                case DELETED -> {
                    if (removeDeletedTop(t)) {
                        return -1;
                    }
                }
                case MODIFIED_EARLIER, MODIFIED_LATER -> {
                    if (moveModifiedTop(t, s)) {
                        return -1;
                    }
                }
                case MODIFYING -> {
                    Thread.yield();
                }
                default -> throw badTimer(s);
            }
        }
    }

    /**
     * Go: {@code runOneTimer}: a one-shot timer leaves the heap; a period timer stays, due again
     * at the first {@code when + period·n} after {@code now} (missed periods are skipped). Then
     * its function runs with the lock released.
     */
    private void runOneTimer(RuntimeTimer t, long now) {
        long period = t.period();
        if (period > 0) {
            long delta = t.when - now;
            long next = t.when + period * (1 + -delta / period);
            t.when = next < 0 ? Long.MAX_VALUE : next; // Go: check for overflow
            siftdown(0);
            updateTimer0When();
            t.status = WAITING;
        } else {
            dodeltimer0();
            updateTimer0When();
            t.status = NO_STATUS;
        }
        lock.unlock();
        try {
            t.run();
        } catch (RuntimeException e) { // Go would crash; the model reports it and keeps the timer thread alive
            Thread.currentThread().getUncaughtExceptionHandler().uncaughtException(Thread.currentThread(), e);
        } finally {
            lock.lock();
        }
    }

    // ---- Heap maintenance, all under the lock ------------------------------------------

    /** Go: {@code cleantimers}: removes stopped timers and moves modified ones found at the top. */
    private void cleantimers() {
        while (len > 0) {
            RuntimeTimer t = timers[0];
            int s = t.status;
            switch (s) {
                case DELETED -> removeDeletedTop(t);
                case MODIFIED_EARLIER, MODIFIED_LATER -> moveModifiedTop(t, s);
                default -> {
                    return;
                }
            }
        }
    }

    /**
     * Go: the {@code timerDeleted} case of {@code cleantimers} and {@code runtimer}: removes the
     * stopped timer {@code t} from the top of the heap ({@code timerRemoving}, then
     * {@code timerRemoved}). False if its status changed first; the caller then looks at the top
     * again.
     */
    private boolean removeDeletedTop(RuntimeTimer t) {
        if (!STATUS.compareAndSet(t, DELETED, REMOVING)) {
            return false;
        }
        dodeltimer0();
        t.status = REMOVED;
        deletedTimers.decrementAndGet();
        return true;
    }

    /**
     * Go: the {@code timerModifiedEarlier}/{@code timerModifiedLater} case of {@code cleantimers}
     * and {@code runtimer}: moves the modified timer {@code t} at the top of the heap to its new
     * due time ({@code timerMoving}, then {@code timerWaiting}). {@code s} is the status it was
     * read in. False if its status changed first; the caller then looks at the top again.
     */
    private boolean moveModifiedTop(RuntimeTimer t, int s) {
        if (!STATUS.compareAndSet(t, s, MOVING)) {
            return false;
        }
        t.when = t.nextwhen;
        dodeltimer0();
        doaddtimer(t);
        t.status = WAITING;
        return true;
    }

    /**
     * Go: {@code adjusttimers}: once the earliest time some timer was modified to is due, scans
     * the whole heap, removing stopped timers and re-adding modified ones at their new times. A
     * timer being modified right now is waited for, as Go does: skipped, it could keep its old
     * place in the heap while {@link #modifiedEarliest} no longer names it.
     */
    private void adjusttimers(long now) {
        long first = modifiedEarliest.get();
        if (first == 0 || first > now) {
            return;
        }
        modifiedEarliest.set(0);
        RuntimeTimer[] moved = null;
        int nmoved = 0;
        for (int i = 0; i < len; i++) {
            RuntimeTimer t = timers[i];
            int s = t.status;
            if (s == DELETED && STATUS.compareAndSet(t, s, REMOVING)) {
                int changed = dodeltimer(i);
                t.status = REMOVED;
                deletedTimers.decrementAndGet();
                i = changed - 1; // go back to the earliest changed heap entry, as Go does
            } else if ((s == MODIFIED_EARLIER || s == MODIFIED_LATER) && STATUS.compareAndSet(t, s, MOVING)) {
                t.when = t.nextwhen;
                int changed = dodeltimer(i);
                if (moved == null) {
                    moved = new RuntimeTimer[4];
                } else if (nmoved == moved.length) {
                    moved = Arrays.copyOf(moved, nmoved * 2);
                }
                moved[nmoved++] = t;
                i = changed - 1;
            } else if (s == MODIFYING) {
                Thread.yield(); // Go: osyield; check this timer again once its modification is done
                i--;
            }
        }
        for (int i = 0; i < nmoved; i++) { // Go: addAdjustedTimers
            doaddtimer(moved[i]);
            moved[i].status = WAITING;
        }
    }

    /**
     * Go: {@code clearDeletedTimers}: compacts the heap when stopped timers pass a quarter of it,
     * moving modified timers to their new times. Like {@link #adjusttimers} it waits for a timer
     * being modified right now.
     */
    private void clearDeletedTimers() {
        modifiedEarliest.set(0);
        int to = 0;
        boolean changedHeap = false;
        int n = len;
        nextTimer:
        for (int i = 0; i < n; i++) {
            RuntimeTimer t = timers[i];
            for (;;) {
                int s = t.status;
                switch (s) {
                    case WAITING -> {
                        if (changedHeap) {
                            timers[to] = t;
                            siftup(to);
                        }
                        to++;
                        continue nextTimer;
                    }
                    case MODIFIED_EARLIER, MODIFIED_LATER -> {
                        if (STATUS.compareAndSet(t, s, MOVING)) {
                            t.when = t.nextwhen;
                            timers[to] = t;
                            siftup(to);
                            to++;
                            changedHeap = true;
                            t.status = WAITING;
                            continue nextTimer;
                        }
                    }
                    case DELETED -> {
                        if (STATUS.compareAndSet(t, s, REMOVING)) {
                            t.status = REMOVED;
                            deletedTimers.decrementAndGet();
                            changedHeap = true;
                            continue nextTimer;
                        }
                    }
                    case MODIFYING -> Thread.yield(); // Go: osyield until the modification is done
                    default -> throw badTimer(s);
                }
            }
        }
        Arrays.fill(timers, to, n, null); // so the removed timers can be collected
        len = to;
    }


    /** Go: {@code doaddtimer}: append and sift up. */
    private void doaddtimer(RuntimeTimer t) {
        if (len == timers.length) {
            timers = Arrays.copyOf(timers, len * 2);
        }
        timers[len] = t;
        siftup(len++);
    }

    /** Go: {@code dodeltimer0}: remove the top. */
    private void dodeltimer0() {
        RuntimeTimer last = timers[--len];
        timers[len] = null;
        if (len > 0) {
            timers[0] = last;
            siftdown(0);
        }
    }

    /**
     * Go: {@code dodeltimer}: removes entry i, moving the last entry into its place, and returns
     * the smallest index whose entry changed (the moved entry may sift up past i), so that a scan
     * of the heap can go back and not skip it.
     */
    private int dodeltimer(int i) {
        RuntimeTimer last = timers[--len];
        timers[len] = null;
        int smallestChanged = i;
        if (i != len) {
            timers[i] = last;
            smallestChanged = siftup(i);
            siftdown(i);
        }
        return smallestChanged;
    }


    /** Go: {@code siftupTimer} on the 4-ary heap; returns the entry's final index. */
    private int siftup(int i) {
        RuntimeTimer t = timers[i];
        long when = t.when;
        while (i > 0) {
            int p = (i - 1) / 4;
            if (when >= timers[p].when) {
                break;
            }
            timers[i] = timers[p];
            i = p;
        }
        timers[i] = t;
        return i;
    }

    /** Go: {@code siftdownTimer} on the 4-ary heap. */
    private void siftdown(int i) {
        RuntimeTimer t = timers[i];
        long when = t.when;
        for (;;) {
            int c = i * 4 + 1; // left child
            int c3 = c + 2;    // mid child
            if (c >= len) {
                break;
            }
            long w = timers[c].when;
            if (c + 1 < len && timers[c + 1].when < w) {
                w = timers[c + 1].when;
                c++;
            }
            if (c3 < len) {
                long w3 = timers[c3].when;
                if (c3 + 1 < len && timers[c3 + 1].when < w3) {
                    w3 = timers[c3 + 1].when;
                    c3++;
                }
                if (w3 < w) {
                    w = w3;
                    c = c3;
                }
            }
            if (w >= when) {
                break;
            }
            timers[i] = timers[c];
            i = c;
        }
        timers[i] = t;
    }

    /** Go: {@code badTimer}: the status machine was broken. */
    private static IllegalStateException badTimer(int status) {
        return new IllegalStateException("timer data corruption: status " + status);
    }
}
