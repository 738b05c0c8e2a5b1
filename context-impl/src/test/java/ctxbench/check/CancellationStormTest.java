package ctxbench.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.CancelCauseFunc;
import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Goroutines;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancellation storms over random context trees: {@value #WORKERS} goroutines (virtual or
 * platform threads) grow a tree of random shape under one root, each step adding a child of a
 * random existing node or cancelling a random node, so cancellations race child creation
 * everywhere. Node kinds: {@code WithCancelCause}, {@code WithTimeoutCause} (0–3 ms, so deadlines
 * fire during the storm), {@code WithValue}, and a context of an unknown type
 * ({@link OpaqueContext}, whose children get watcher goroutines).
 *
 * <p>Go's rules checked (context/context.go), once the storm's own timers and watchers settled:
 * <ul>
 *   <li>a context still alive is registered with exactly its live children: no cancelled child
 *       stays in its parent's children set (Go's {@code removeChild}; else the parent would keep
 *       it reachable);</li>
 *   <li>after the root is cancelled, every descendant is done, every children set is empty, and
 *       every watcher goroutine has exited;</li>
 *   <li>each context's Err and Cause are either its own (its cancel's, or its deadline's) or
 *       exactly its parent's (propagated by {@code cancel}, or at creation from a done parent);
 *       a value context has its parent's; an unknown context's Cause is its Err.</li>
 * </ul>
 */
@Timeout(value = 300, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CancellationStormTest {
    private static final int WORKERS = 6;
    private static final int STEPS_PER_WORKER = 150;
    private static final GoError ROOT_CAUSE = GoError.of("root cancelled");

    @ParameterizedTest(name = "virtual threads {0}")
    @ValueSource(booleans = {true, false})
    void everyDescendantEndsCancelledWithTheRightErrorAndCause(boolean virtual) {
        long deadline = System.nanoTime() + Budget.stress().toNanos();
        do {
            storm(virtual);
        } while (System.nanoTime() < deadline);
    }

    private static void storm(boolean virtual) {
        long goroutinesBefore = Goroutines.running();
        Tree tree = new Tree();
        List<Worker<Void>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            workers.add(new Worker<>(virtual, () -> {
                for (int i = 0; i < STEPS_PER_WORKER; i++) {
                    tree.step();
                }
                return null;
            }));
        }
        workers.forEach(w -> w.join(Poll.BOUND, () -> "a storm worker did not finish"));

        tree.settle();
        tree.assertLiveContextsHoldExactlyTheirLiveChildren();

        tree.root.cancel(ROOT_CAUSE);
        Poll.until(() -> tree.nodes.stream().allMatch(n -> n.ctx.err() != null),
                () -> "a descendant of the cancelled root is not cancelled: " + tree.firstLive());
        tree.nodes.forEach(Node::assertErrAndCauseFollowGosRules);
        tree.nodes.forEach(n -> assertEquals(0, ContextInternals.childCount(n.ctx), n + ": children left"));
        Poll.until(() -> Goroutines.running() <= goroutinesBefore,
                () -> "goroutines still running after every context was cancelled: "
                        + (Goroutines.running() - goroutinesBefore) + " watcher or timer goroutines");
    }

    /** What kind of context a node is. */
    enum Kind { ROOT, CANCEL, TIMEOUT, VALUE, OPAQUE }

    /** The tree: every node made so far, and the random steps that grow and cancel it. */
    private static final class Tree {
        private final CancelCauseFunc root = Context.withCancelCause(Context.background());
        private final List<Node> nodes = Collections.synchronizedList(new ArrayList<>());
        private final AtomicInteger ids = new AtomicInteger();

        Tree() {
            nodes.add(new Node(0, Kind.ROOT, root.context(), null, null, null));
        }

        /** One storm step: add a random child under a random node, or cancel a random node. */
        void step() {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            Node target;
            synchronized (nodes) {
                target = nodes.get(rnd.nextInt(nodes.size()));
            }
            if (rnd.nextInt(10) < 3) {
                target.cancelOwn();
            } else {
                nodes.add(Node.childOf(target, ids.incrementAndGet(), rnd));
            }
        }

        /** Waits until every deadline fired and every cancellation reached the descendants it will reach. */
        void settle() {
            Poll.until(() -> nodes.stream().allMatch(Node::settled), () -> "not settled: " + firstUnsettled());
        }

        void assertLiveContextsHoldExactlyTheirLiveChildren() {
            for (Node p : nodes) {
                if (p.ctx.err() == null && p.registersChildren()) {
                    long live = nodes.stream().filter(n -> n.ctx.err() == null && n.registrar() == p).count();
                    assertEquals(live, ContextInternals.childCount(p.ctx), p + ": children registered (live: " + live + ")");
                }
            }
        }

        Node firstLive() {
            return nodes.stream().filter(n -> n.ctx.err() == null).findFirst().orElse(null);
        }

        Node firstUnsettled() {
            return nodes.stream().filter(n -> !n.settled()).findFirst().orElse(null);
        }
    }

    /**
     * One context of the tree with what it may legitimately end with: its own error and cause,
     * if it can be cancelled on its own.
     */
    private static final class Node {
        final int id;
        final Kind kind;
        final Context ctx;
        final Node parent;
        /** Cancels this context on its own: a CancelCauseFunc or CancelFunc call; null if it has none. */
        private final Runnable cancel;
        /** The cause it gets when cancelled on its own (CancelCauseFunc) or by its deadline (timeout node). */
        private final GoError ownCause;
        private final AtomicBoolean cancelledOwn = new AtomicBoolean();

        private Node(int id, Kind kind, Context ctx, Node parent, Runnable cancel, GoError ownCause) {
            this.id = id;
            this.kind = kind;
            this.ctx = ctx;
            this.parent = parent;
            this.cancel = cancel;
            this.ownCause = ownCause;
        }

        /** A child of a random kind under {@code parent}. */
        static Node childOf(Node parent, int id, ThreadLocalRandom rnd) {
            Kind kind = Kind.values()[1 + rnd.nextInt(Kind.values().length - 1)];
            return switch (kind) {
                case CANCEL -> {
                    CancelCauseFunc f = Context.withCancelCause(parent.ctx);
                    GoError cause = GoError.of("cancel of " + id);
                    yield new Node(id, kind, f.context(), parent, () -> f.cancel(cause), cause);
                }
                case TIMEOUT -> {
                    GoError cause = GoError.of("deadline of " + id);
                    CancelFunc f = Context.withTimeoutCause(parent.ctx, Duration.ofMillis(rnd.nextInt(4)), cause);
                    yield new Node(id, kind, f.context(), parent, f::cancel, cause);
                }
                case VALUE -> new Node(id, kind, Context.withValue(parent.ctx, "key", id), parent, null, null);
                case OPAQUE -> new Node(id, kind, new OpaqueContext(parent.ctx), parent, null, null);
                case ROOT -> throw new IllegalStateException("one root");
            };
        }

        void cancelOwn() {
            if (cancel != null && kind != Kind.ROOT) {
                cancelledOwn.set(true);
                cancel.run();
            }
        }

        /** Whether this is a cancelCtx that children join directly. */
        boolean registersChildren() {
            return kind == Kind.ROOT || kind == Kind.CANCEL || kind == Kind.TIMEOUT;
        }

        /** The node whose children set this one joined (Go's parentCancelCtx), or null if a watcher goroutine serves it. */
        Node registrar() {
            if (!registersChildren() || kind == Kind.ROOT) {
                return null;
            }
            Node p = parent;
            while (p.kind == Kind.VALUE) {
                p = p.parent;
            }
            return p.kind == Kind.OPAQUE ? null : p;
        }

        /** Done if its deadline passed or its parent is done: nothing about it will change by itself. */
        boolean settled() {
            boolean mustBeDone = kind == Kind.TIMEOUT || (parent != null && parent.ctx.err() != null);
            return !mustBeDone || ctx.err() != null;
        }

        void assertErrAndCauseFollowGosRules() {
            assertTrue(ctx.done().tryRecvDiscard(), this + ": Done() not closed");
            GoError err = ctx.err();
            GoError cause = Context.cause(ctx);
            switch (kind) {
                case ROOT -> {
                    assertEquals(Context.CANCELED, err, this + ": Err()");
                    assertEquals(ROOT_CAUSE, cause, this + ": Cause()");
                }
                case VALUE -> {
                    assertEquals(parent.ctx.err(), err, this + ": Err() of a value context");
                    assertEquals(Context.cause(parent.ctx), cause, this + ": Cause() of a value context");
                }
                case OPAQUE -> {
                    assertEquals(parent.ctx.err(), err, this + ": Err() of an unknown context");
                    assertEquals(err, cause, this + ": Cause() of an unknown context");
                }
                case CANCEL, TIMEOUT -> assertTrue(isOwn(err, cause) || isParents(err, cause),
                        this + ": Err " + err + ", Cause " + cause + " are neither its own nor its parent's ("
                                + parent.ctx.err() + ", " + Context.cause(parent.ctx) + ")");
            }
        }

        private boolean isOwn(GoError err, GoError cause) {
            if (kind == Kind.TIMEOUT && err == Context.DEADLINE_EXCEEDED && cause == ownCause) {
                return true;
            }
            if (!cancelledOwn.get() || err != Context.CANCELED) {
                return false;
            }
            // A CancelFunc cancels with cause Canceled; a CancelCauseFunc with the cause given.
            return cause == (kind == Kind.TIMEOUT ? Context.CANCELED : ownCause);
        }

        private boolean isParents(GoError err, GoError cause) {
            return err == parent.ctx.err() && cause == Context.cause(parent.ctx);
        }

        @Override
        public String toString() {
            return kind + " #" + id + (parent == null ? "" : " (child of " + parent.kind + " #" + parent.id + ")");
        }
    }
}
