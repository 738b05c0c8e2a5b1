package ctxbench.context;

import ctxbench.errors.GoError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go: {@code context.cancelCtx}, a context that can be cancelled, cancelling its children with
 * it; and the package's unexported machinery around it ({@code propagateCancel},
 * {@code parentCancelCtx}, {@code removeChild}, {@code value}, {@code closedchan},
 * {@code cancelCtxKey}).
 *
 * <p>Structure and costs as in Go 1.19/1.21: the done channel is created lazily by the first
 * {@link #done()} (published through a volatile field, Go's {@code atomic.Value}); a context
 * cancelled before anyone asked for it gets the shared, already-closed {@code closedchan}
 * instead. Children live in a set allocated with the first child. The mutex is this object's
 * monitor (Go's {@code sync.Mutex} is inline, so neither allocates). Invariant: once
 * {@code err} is set it never changes, {@code done} is closed and {@code children} is null.
 */
class CancelCtx implements Context, Canceler {
    /** Go: {@code closedchan}, the done channel of contexts cancelled before Done() was called. */
    static final Chan<Void> CLOSEDCHAN = new Chan<>(0);
    /** Go: {@code &cancelCtxKey}: the key a cancelCtx answers with itself. */
    static final Object CANCEL_CTX_KEY = new Object();
    private static final AtomicInteger GOROUTINES = new AtomicInteger();

    static {
        CLOSEDCHAN.close();
    }

    /** Go: the embedded parent {@code Context}; a {@link StopCtx} around it on the afterFuncer path. */
    Context parent;
    private volatile Chan<Void> done;
    /** Go: {@code children}; guarded by this object's monitor (package-visible, like Go's field, for the tests). */
    Set<Canceler> children;
    GoError err;
    private GoError cause;

    CancelCtx() {}

    /** Go 1.21: {@code withCancel(parent)}. */
    static CancelCtx withCancel(Context parent) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
        CancelCtx c = new CancelCtx();
        c.propagateCancel(parent, c);
        return c;
    }

    @Override
    public long deadline() {
        return parent.deadline();
    }

    /** Go: {@code cancelCtx.Done}: creates the channel on first use. */
    @Override
    public Chan<Void> done() {
        Chan<Void> d = done;
        if (d != null) {
            return d;
        }
        synchronized (this) {
            d = done;
            if (d == null) {
                d = new Chan<>(0);
                done = d;
            }
            return d;
        }
    }

    @Override
    public synchronized GoError err() {
        return err;
    }

    @Override
    public Object value(Object key) {
        if (key == CANCEL_CTX_KEY) {
            return this;
        }
        return value(parent, key);
    }

    /**
     * Go 1.21: {@code cancelCtx.propagateCancel}: arranges for {@code child} to be cancelled when
     * {@code parent} is. The paths, cheapest first: a parent that is never cancelled (nothing to
     * do); a parent already cancelled (cancel the child now); a parent that is a cancelCtx of
     * this package (join its children set); a parent with Go 1.21's {@code AfterFunc} (register
     * through it); any other parent (start a watcher goroutine).
     */
    final void propagateCancel(Context parent, Canceler child) {
        this.parent = parent;
        Chan<Void> parentDone = parent.done();
        if (parentDone == null) {
            return; // parent is never canceled
        }
        if (parentDone.tryRecvDiscard()) {
            child.cancel(false, parent.err(), cause(parent)); // parent is already canceled
            return;
        }
        CancelCtx p = parentCancelCtx(parent);
        if (p != null) {
            synchronized (p) {
                if (p.err != null) {
                    child.cancel(false, p.err, p.cause);
                } else {
                    if (p.children == null) {
                        p.children = new HashSet<>();
                    }
                    p.children.add(child);
                }
            }
            return;
        }
        if (parent instanceof AfterFuncer a) {
            synchronized (this) {
                StopFunc stop = a.afterFunc(() -> child.cancel(false, parent.err(), cause(parent)));
                this.parent = new StopCtx(parent, stop);
            }
            return;
        }
        GOROUTINES.incrementAndGet();
        Goroutines.go(() -> {
            Case<Void> parentCase = Case.recv(parent.done());
            if (Select.select(parentCase, Case.recv(child.done())) == 0) {
                child.cancel(false, parent.err(), cause(parent));
            }
        });
    }

    /**
     * Go: {@code cancelCtx.cancel}: closes done, cancels every child (taking each child's lock
     * while holding this one, as Go does) and, if asked, removes this context from its parent.
     */
    @Override
    public void cancel(boolean removeFromParent, GoError err, GoError cause) {
        if (err == null) {
            throw new GoPanic("context: internal error: missing cancel error");
        }
        if (cause == null) {
            cause = err;
        }
        synchronized (this) {
            if (this.err != null) {
                return; // already canceled
            }
            this.err = err;
            this.cause = cause;
            Chan<Void> d = done;
            if (d == null) {
                done = CLOSEDCHAN;
            } else {
                d.close();
            }
            if (children != null) {
                for (Canceler child : children) {
                    child.cancel(false, err, cause);
                }
                children = null;
            }
        }
        if (removeFromParent) {
            removeChild(parent, this);
        }
    }

    /** How many children are registered now (for tests of removeChild and leaks). */
    synchronized int childCount() {
        return children == null ? 0 : children.size();
    }

    /** Go 1.21: {@code cancelCtx.String}: {@code contextName(parent) + ".WithCancel"}. */
    @Override
    public String toString() {
        return ContextNames.contextName(parent) + ".WithCancel";
    }

    // ---- Go's unexported package functions ------------------------------------------------

    /**
     * Go: {@code parentCancelCtx}: the cancelCtx underneath {@code parent}, if {@code parent}'s
     * done channel is that cancelCtx's own (a custom context with its own channel must not be
     * bypassed).
     */
    static CancelCtx parentCancelCtx(Context parent) {
        Chan<Void> d = parent.done();
        if (d == CLOSEDCHAN || d == null) {
            return null;
        }
        if (!(parent.value(CANCEL_CTX_KEY) instanceof CancelCtx p)) {
            return null;
        }
        if (p.done != d) {
            return null;
        }
        return p;
    }

    /** Go: {@code removeChild}: detaches {@code child} from the cancelCtx (or afterFuncer) above it. */
    static void removeChild(Context parent, Canceler child) {
        if (parent instanceof StopCtx s) {
            s.stop.stop();
            return;
        }
        CancelCtx p = parentCancelCtx(parent);
        if (p == null) {
            return;
        }
        synchronized (p) {
            if (p.children != null) {
                p.children.remove(child);
            }
        }
    }

    /**
     * Go: {@code context.value}: the iterative walk up the chain that {@code Value} does, one
     * node per step, without recursion through the known context types.
     */
    static Object value(Context c, Object key) {
        for (;;) {
            switch (c) {
                case ValueCtx v -> {
                    if (v.key == key || v.key.equals(key)) {
                        return v.val;
                    }
                    c = v.parent;
                }
                case CancelCtx cc -> { // also timerCtx and afterFuncCtx
                    if (key == CANCEL_CTX_KEY) {
                        return cc;
                    }
                    c = cc.parent;
                }
                case WithoutCancelCtx w -> {
                    if (key == CANCEL_CTX_KEY) {
                        return null;
                    }
                    c = w.parent();
                }
                case EmptyCtx e -> {
                    return null;
                }
                default -> {
                    return c.value(key);
                }
            }
        }
    }

    /**
     * Go 1.20: {@code context.Cause}: the cause recorded by the nearest cancelCtx above {@code c}
     * (null while it is not cancelled), or, with no cancelCtx above, {@code c.Err()}. The latter
     * is Go 1.22's fix for custom contexts (golang/go#62582); Go 1.20/1.21 returned nil there.
     */
    static GoError cause(Context c) {
        if (c.value(CANCEL_CTX_KEY) instanceof CancelCtx cc) {
            synchronized (cc) {
                return cc.cause;
            }
        }
        return c.err();
    }

    /** Go's test-visible {@code goroutines} counter. */
    static int watcherGoroutines() {
        return GOROUTINES.get();
    }
}
