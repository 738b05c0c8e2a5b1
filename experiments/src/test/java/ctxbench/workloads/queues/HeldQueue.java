package ctxbench.workloads.queues;

import ctxbench.runtime.Sched;
import ctxbench.time.RuntimeTimer;
import ctxbench.time.Time;
import ctxbench.time.TimerQueue;
import ctxbench.time.TimerQueues;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps a timer queue from firing the timers the test creates until closed: a timer created
 * while the queue is held is certainly still pending, however long the machine takes to get to
 * the next line (a CPU hog, a GC pause). Once closed, the held timers fire in due order, as they
 * would have. How it holds depends on who runs the queue's timers:
 * <ul>
 *   <li>A queue with a thread of its own ({@code go-heap} under the {@code vt} runtime: the
 *       heap's {@code TimerThread}; {@code jdk}; {@code wheel}) runs timer functions one at a time
 *       on that thread, and accepts adds, stops and resets while it is busy: the hold queues a
 *       timer due now whose function blocks that thread until closed. No timer of the queue fires
 *       meanwhile; the goroutines run on other threads.</li>
 *   <li>{@code go-heap} under the {@code go} runtime has no timer thread: its timers wait in the
 *       scheduler's per-P heaps and the same Ms that run goroutines run them, any M those of any P
 *       (Go's {@code stealWork} runs other Ps' due timers). Blocking the one M that takes a held
 *       timer holds nothing else back, and it can keep the goroutines from running (a spinning M
 *       blocked there keeps {@code wakep} from waking another M); Go's timer functions never
 *       block. So the hold makes itself the queue new timers go to and keeps back the timers due
 *       {@link #KEEP_BACK_FROM} or more after they are made (the tests' 200 ms timeouts, 1 h
 *       timers), whichever goroutine or thread makes them (a benchmark's batch runs on a G): they
 *       reach the queue when it is closed, at their own due times. Stop and Reset of a timer kept
 *       back act on it here, as the queue would (true: it was pending). Shorter timers, such as a
 *       worker goroutine's 210 µs {@code Sleep}, go to the queue at once, as under {@code vt},
 *       where a goroutine's {@code Sleep} is no queue timer at all.</li>
 * </ul>
 */
public final class HeldQueue implements AutoCloseable {
    /** Under the go scheduler, the timers a hold keeps back: those due at least this long after they are added. */
    static final long KEEP_BACK_FROM = Duration.ofMillis(100).toNanos();
    private final Runnable release;

    private HeldQueue(Runnable release) {
        this.release = release;
    }

    /**
     * Holds {@code queue}: returns once its thread runs the blocking timer or, for the
     * {@code go} scheduler's heaps (which must be {@link TimerQueues#current()}), at once.
     */
    public static HeldQueue hold(TimerQueue queue) throws InterruptedException {
        return InstalledQueue.runByScheduler(queue) ? keepBack(queue) : holdThread(queue);
    }

    /**
     * Returns once every timer function {@code queue} has started has returned. Call it once the
     * queue is empty: a timer leaves the queue before its function runs, so an empty queue may
     * still be running the function of the last timer it took (a context's timer starting its
     * {@code AfterFunc} goroutine). A queue with a thread of its own runs its timers one at a
     * time there, so once a timer of the caller's has run (a hold, closed at once), so has that
     * function. The {@code go} scheduler's Ms run timer functions while they look for work,
     * never while their P is idle: once every P is idle and no goroutine is queued, no function
     * is running (and the goroutines they started have run).
     */
    public static void awaitTimerFunctions(TimerQueue queue) throws InterruptedException {
        if (InstalledQueue.runByScheduler(queue)) {
            while (!Sched.get().idle()) {
                Thread.sleep(1);
            }
        } else {
            hold(queue).close();
        }
    }

    /** Lets the queue go on with the timers that are due. */
    @Override
    public void close() {
        release.run();
    }

    /** Queues a timer due now whose function blocks, and returns once the queue's thread runs it. */
    private static HeldQueue holdThread(TimerQueue queue) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        queue.add(new RuntimeTimer() {
            @Override
            public void run() {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) { // the queue is being shut down (the wheel's stop)
                    Thread.currentThread().interrupt();
                }
            }
        }, Time.nanotime());
        holding.await(); // the test's timeout is the safety net
        return new HeldQueue(release::countDown);
    }

    /** Makes a {@link KeptBack} in front of {@code queue} the current queue until closed. */
    private static HeldQueue keepBack(TimerQueue queue) {
        if (TimerQueues.current() != queue) {
            throw new IllegalStateException("only the current queue can be held: " + queue.name());
        }
        KeptBack kept = new KeptBack(queue);
        TimerQueues.set(kept);
        return new HeldQueue(() -> {
            if (TimerQueues.current() == kept) {
                TimerQueues.set(queue);
            }
            kept.release();
        });
    }

    /**
     * The current queue while a scheduler-run queue is held: keeps back the timers due
     * {@link #KEEP_BACK_FROM} or later, passes everything else to the queue. Timers keep the queue they were created on, so a
     * timer kept back is stopped or reset through here after the release too: by then it is in
     * the queue, and this passes the call on. The lock never guards a park (queue calls do not park).
     */
    private static final class KeptBack implements TimerQueue {
        private final TimerQueue queue;
        /** Timers kept back and their due times, in the order they were added. Guarded by this. */
        private final Map<RuntimeTimer, Long> kept = new LinkedHashMap<>();
        private volatile boolean released;

        KeptBack(TimerQueue queue) {
            this.queue = queue;
        }

        @Override
        public String name() {
            return queue.name();
        }

        @Override
        public void add(RuntimeTimer t, long when) {
            if (!released && when - Time.nanotime() >= KEEP_BACK_FROM) {
                synchronized (this) {
                    kept.put(t, when);
                }
                return;
            }
            queue.add(t, when);
        }

        @Override
        public boolean delete(RuntimeTimer t) {
            if (!released) {
                synchronized (this) {
                    if (kept.remove(t) != null) {
                        return true;
                    }
                }
            }
            return queue.delete(t);
        }

        @Override
        public boolean modify(RuntimeTimer t, long when) {
            if (!released) {
                synchronized (this) {
                    if (kept.replace(t, when) != null) {
                        return true;
                    }
                }
            }
            return queue.modify(t, when);
        }

        @Override
        public int size() {
            synchronized (this) {
                return queue.size() + kept.size();
            }
        }

        /** Adds the timers kept back to the queue, earliest first, at their own due times. */
        synchronized void release() {
            released = true;
            List<Map.Entry<RuntimeTimer, Long>> due = new ArrayList<>(kept.entrySet());
            due.sort(Comparator.comparingLong(Map.Entry::getValue)); // stable: ties keep their order
            kept.clear();
            for (Map.Entry<RuntimeTimer, Long> e : due) {
                queue.add(e.getKey(), e.getValue());
            }
        }
    }
}
