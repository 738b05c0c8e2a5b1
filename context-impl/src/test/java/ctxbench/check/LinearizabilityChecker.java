package ctxbench.check;

import ctxbench.runtime.Received;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a {@link History} of channel operations, blocking ones included, is
 * linearizable with respect to {@link ChanSpec}: whether some order of single steps (and, on
 * unbuffered channels, sender–receiver meetings) that keeps each thread's program order and the
 * real-time order between operations produces exactly the observed results.
 *
 * <p>This is the verifier's half of a linearizability check, the half Lincheck's own verifier
 * cannot do for operations that block a thread (it models blocking only for Kotlin
 * {@code suspend} functions); the exploration of interleavings is Lincheck's. The search is a
 * depth-first search over (operations done per thread, specification state) with memoization of
 * the states that failed; scenarios have a handful of operations, so it is exhaustive and fast.
 */
final class LinearizabilityChecker {
    private final List<List<History.Event>> threads;
    /** needed[t][k][u]: how many of thread u's operations ended before thread t's k-th started. */
    private final int[][][] needed;
    private final Set<String> failed = new HashSet<>();

    private LinearizabilityChecker(History history) {
        this.threads = history.threads();
        int n = threads.size();
        needed = new int[n][][];
        for (int t = 0; t < n; t++) {
            List<History.Event> events = threads.get(t);
            needed[t] = new int[events.size()][n];
            for (int k = 0; k < events.size(); k++) {
                long start = events.get(k).start();
                for (int u = 0; u < n; u++) {
                    int count = 0;
                    for (History.Event e : threads.get(u)) {
                        if (e.end() < start) {
                            count++;
                        }
                    }
                    needed[t][k][u] = count;
                }
            }
        }
    }

    /** True if {@code history} has a linearization that {@link ChanSpec} accepts. */
    static boolean isLinearizable(History history) {
        LinearizabilityChecker c = new LinearizabilityChecker(history);
        return c.search(new int[history.threads().size()], new ChanSpec(history.channels(), history.capacity()));
    }

    private boolean search(int[] done, ChanSpec spec) {
        if (allDone(done)) {
            return true;
        }
        String key = Arrays.toString(done) + spec.key();
        if (failed.contains(key)) {
            return false;
        }
        for (int t = 0; t < done.length; t++) {
            History.Event e = next(t, done);
            if (e == null || !mayTakeEffect(t, done)) {
                continue;
            }
            for (ChanSpec.Step step : spec.solo(e.op())) {
                if (step.result().equals(e.result()) && search(advance(done, t), step.after())) {
                    return true;
                }
            }
            if (meetWithAnotherThread(t, e, done, spec)) {
                return true;
            }
        }
        failed.add(key);
        return false;
    }

    /** Tries every meeting of thread t's next operation (as the sender) with another thread's next receive. */
    private boolean meetWithAnotherThread(int t, History.Event sender, int[] done, ChanSpec spec) {
        for (int u = 0; u < done.length; u++) {
            History.Event receiver = next(u, done);
            if (u == t || receiver == null || !mayTakeEffect(u, done)) {
                continue;
            }
            for (ChanOp.Offer s : sender.op().offers()) {
                for (ChanOp.Offer r : receiver.op().offers()) {
                    if (spec.canMeet(s, r)
                            && s.result(null).equals(sender.result())
                            && r.result(new Received<>(s.value(), true)).equals(receiver.result())
                            && search(advance(advance(done, t), u), spec)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private History.Event next(int t, int[] done) {
        List<History.Event> events = threads.get(t);
        return done[t] < events.size() ? events.get(done[t]) : null;
    }

    /** Real-time order: every operation that ended before this one started has taken effect. */
    private boolean mayTakeEffect(int t, int[] done) {
        int[] need = needed[t][done[t]];
        for (int u = 0; u < done.length; u++) {
            if (done[u] < need[u]) {
                return false;
            }
        }
        return true;
    }

    private boolean allDone(int[] done) {
        for (int t = 0; t < done.length; t++) {
            if (done[t] < threads.get(t).size()) {
                return false;
            }
        }
        return true;
    }

    private static int[] advance(int[] done, int t) {
        int[] next = done.clone();
        next[t]++;
        return next;
    }
}
