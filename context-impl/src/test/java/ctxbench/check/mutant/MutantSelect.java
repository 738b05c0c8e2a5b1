package ctxbench.check.mutant;

import ctxbench.runtime.ChanTimer;
import ctxbench.runtime.GoPanic;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's {@code select} statement over any number of send and receive {@link MutantCase}s, with or
 * without {@code default}.
 *
 * <p>Go: {@code runtime.selectgo} (runtime/select.go, Go 1.19), in its three passes. The cases
 * are polled in a random order (so each ready case is chosen with equal probability) and locked
 * in one global order (channel id, where Go uses the {@code hchan} address), so concurrent
 * selects cannot deadlock. Pass 1 takes the first ready case. Otherwise pass 2 enqueues one
 * sudog per case on every channel and parks; the first channel operation to claim the select
 * (the {@code selectDone} CAS) completes its case and wakes it; pass 3 relocks and unlinks the
 * other sudogs. There is no polling, no sleeping and no extra thread. As in Go 1.23's selectgo,
 * a case on a timer channel of the {@code go1.23} timer mode runs its timer if due before the
 * poll, and tells it when the select blocks and wakes ({@link ChanTimer}).
 *
 * <p>Cost beyond Go's: the poll and lock orders are two small {@code int[]}s, and parking
 * allocates a waiter and one sudog per case (Go keeps the orders on the stack and recycles
 * sudogs). Channels are locked by nested monitors, innermost last.
 *
 * <p>A copy of the model's {@code ctxbench.runtime.Select} for {@link MutantChan}. Below this
 * comment it is {@code Select.java} line for line, but for the names of the copied classes;
 * {@link MutantSourceTest} holds it to that. When that test fails, carry the change of
 * {@code Select.java} over to this copy.
 */
public final class MutantSelect {
    /** {@link #selectOrDefault} returns this when no case was ready: the {@code default} case. */
    public static final int DEFAULT = -1;

    private static final int PARKED = -2;

    private MutantSelect() {}

    /** Go: {@code select} without default. Blocks until one case proceeds; returns its index. */
    public static int select(MutantCase<?>... cases) {
        return selectgo(cases, true);
    }

    /** Go: {@code select} with {@code default}. Returns the index of a ready case, or {@link #DEFAULT}. */
    public static int selectOrDefault(MutantCase<?>... cases) {
        return selectgo(cases, false);
    }

    private static int selectgo(MutantCase<?>[] cases, boolean block) {
        // Random poll order over the cases that have a channel; nil channels are never ready.
        int[] pollorder = new int[cases.length];
        int norder = 0;
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        for (int i = 0; i < cases.length; i++) {
            MutantChan<?> c = cases[i].c;
            if (c == null) {
                continue;
            }
            if (c.timer != null) {
                c.timer.maybeRunChan(); // Go 1.23: a due timer nobody waited on sends now
            }
            int j = rnd.nextInt(norder + 1);
            pollorder[norder] = pollorder[j];
            pollorder[j] = i;
            norder++;
        }
        if (norder == 0) {
            if (!block) {
                return DEFAULT;
            }
            MutantWaiter.parkForever(); // Go: select {} with only nil channels blocks forever
        }
        int[] lockorder = lockOrder(cases, pollorder, norder);

        int casi = locked(cases, pollorder, lockorder, norder, 0, block, null);
        if (casi != PARKED) {
            return casi;
        }
        MutantSudog sg = cases[lockorder[0]].sg.g.park();
        return locked(cases, pollorder, lockorder, norder, 0, block, sg);
    }

    /** Go: the heap sort by {@code hchan} address; insertion sort by channel id, selects are small. */
    private static int[] lockOrder(MutantCase<?>[] cases, int[] pollorder, int norder) {
        int[] order = new int[norder];
        for (int i = 0; i < norder; i++) {
            int casi = pollorder[i];
            long id = cases[casi].c.id;
            int j = i;
            while (j > 0 && cases[order[j - 1]].c.id > id) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = casi;
        }
        return order;
    }

    /**
     * Go: {@code sellock} / {@code selunlock} around a pass: locks the channels in lock order
     * (each distinct channel once, by nesting monitors), then runs pass 1 and 2 ({@code woken ==
     * null}) or pass 3 (after the wake-up by {@code woken}).
     */
    private static int locked(MutantCase<?>[] cases, int[] pollorder, int[] lockorder, int norder,
                              int depth, boolean block, MutantSudog woken) {
        if (depth < norder) {
            MutantChan<?> c = cases[lockorder[depth]].c;
            if (depth > 0 && c == cases[lockorder[depth - 1]].c) {
                return locked(cases, pollorder, lockorder, norder, depth + 1, block, woken);
            }
            synchronized (c) {
                return locked(cases, pollorder, lockorder, norder, depth + 1, block, woken);
            }
        }
        return woken == null
                ? pollAndEnqueue(cases, pollorder, lockorder, norder, block)
                : dequeueLosers(cases, lockorder, norder, woken);
    }

    /** Go: selectgo pass 1 (take a ready case) and, if none and blocking, pass 2 (enqueue on all). */
    private static int pollAndEnqueue(MutantCase<?>[] cases, int[] pollorder, int[] lockorder, int norder,
                                      boolean block) {
        for (int k = 0; k < norder; k++) {
            int casi = pollorder[k];
            MutantCase<?> cas = cases[casi];
            MutantChan<?> c = cas.c;
            if (cas.isSend) {
                if (c.isClosed()) {
                    throw new GoPanic("send on closed channel"); // monitors unlock as it unwinds
                }
                MutantSudog receiver = c.dequeue(false);
                if (receiver != null) {
                    MutantChan.giveTo(receiver, cas.elem);
                    receiver.g.ready(receiver);
                    return casi;
                }
                if (c.hasFreeSlot()) {
                    c.bufPut(cas.elem);
                    return casi;
                }
            } else {
                MutantSudog sender = c.dequeue(true);
                if (sender != null) {
                    cas.elem = c.takeFrom(sender);
                    cas.recvOK = true;
                    sender.g.ready(sender);
                    return casi;
                }
                if (c.hasBuffered()) {
                    cas.elem = c.bufTake();
                    cas.recvOK = true;
                    return casi;
                }
                if (c.isClosed()) {
                    cas.elem = null;
                    cas.recvOK = false;
                    return casi;
                }
            }
        }
        if (!block) {
            return DEFAULT;
        }
        MutantWaiter g = new MutantWaiter();
        for (int k = 0; k < norder; k++) {
            MutantCase<?> cas = cases[lockorder[k]];
            cas.sg = new MutantSudog(g, cas.c, cas.isSend ? cas.elem : null, true);
            cas.c.enqueue(cas.sg, cas.isSend);
            if (cas.c.timer != null) {
                cas.c.timer.blockTimerChan();
            }
        }
        return PARKED;
    }

    /** Go: selectgo pass 3: find the case whose sudog completed, unlink every other sudog. */
    private static int dequeueLosers(MutantCase<?>[] cases, int[] lockorder, int norder, MutantSudog woken) {
        int casi = -1;
        for (int k = 0; k < norder; k++) {
            MutantCase<?> cas = cases[lockorder[k]];
            if (cas.c.timer != null) {
                cas.c.timer.unblockTimerChan();
            }
            if (cas.sg == woken) {
                casi = lockorder[k];
            } else {
                cas.c.unlink(cas.sg, cas.isSend);
            }
            cas.sg = null;
        }
        if (casi < 0) {
            throw new IllegalStateException("selectgo: bad wakeup");
        }
        MutantCase<?> cas = cases[casi];
        if (cas.isSend) {
            if (!woken.success) {
                throw new GoPanic("send on closed channel");
            }
        } else {
            cas.elem = woken.elem;
            cas.recvOK = woken.success;
        }
        return casi;
    }
}
