package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The model's {@code go} statement counts what it starts: {@link Goroutines#spawned()} grows by
 * one per {@link Goroutines#go}, and {@link Goroutines#running()} falls back once the goroutine
 * returned (Go: {@code runtime.NumGoroutine}).
 *
 * <p>The counters are global to the JVM. This class runs in a JVM of its own (context-impl's
 * surefire configuration) and each test waits until its goroutine has ended, so no goroutine of
 * another test moves them between two readings.
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GoroutinesTest {

    @Test
    void goCountsOneSpawnAndRunningReturnsAfterExit() throws InterruptedException {
        Chan<Void> release = Chan.make();
        long spawnedBefore = Goroutines.spawned();
        long runningBefore = Goroutines.running();

        Goroutine g = Goroutines.go(release::recv);

        assertEquals(Sched.mode().equals("go") ? G.class : VirtualGoroutine.class, g.getClass(), "the runtime ctxbench.sched chose");
        assertEquals(spawnedBefore + 1, Goroutines.spawned());
        assertEquals(runningBefore + 1, Goroutines.running());
        release.close();
        assertTrue(g.join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "goroutine did not exit");
        assertEquals(spawnedBefore + 1, Goroutines.spawned());
        assertEquals(runningBefore, Goroutines.running());
    }

    @Test
    void aGoroutineThatThrowsStillCountsAsExited() throws InterruptedException {
        long runningBefore = Goroutines.running();
        Goroutine g = Goroutines.go(() -> {
            throw new GoPanic("boom");
        });
        assertTrue(g.join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "goroutine did not exit");
        assertEquals(runningBefore, Goroutines.running());
    }

    /** {@code run("go", f)} runs f on a G of the default scheduler, and what f starts is a G of it too, whatever ctxbench.sched says. */
    @Test
    void runOnGoRunsOnAGOfTheDefaultScheduler() throws InterruptedException {
        AtomicReference<Goroutine> started = new AtomicReference<>();
        AtomicReference<Sched> on = new AtomicReference<>();
        Goroutines.run("go", () -> {
            on.set(Sched.currentG().sched);
            Chan<Void> done = Chan.make();
            started.set(Goroutines.go(done::close));
            done.recv();
        });
        assertSame(Sched.get(), on.get());
        assertEquals(G.class, started.get().getClass());
        assertTrue(started.get().join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "goroutine did not exit"); // the counters are settled for the next test
    }

    /** {@code run("vt", f)} runs f on a virtual thread: inline when the caller is one, else on a new one. */
    @Test
    void runOnVtRunsOnAVirtualThread() throws InterruptedException {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Goroutines.run("vt", () -> ranOn.set(Thread.currentThread()));
        assertTrue(ranOn.get().isVirtual(), "a new virtual thread");

        AtomicReference<Thread> caller = new AtomicReference<>();
        Thread.ofVirtual().start(() -> {
            caller.set(Thread.currentThread());
            Goroutines.run("vt", () -> ranOn.set(Thread.currentThread()));
        }).join();
        assertSame(caller.get(), ranOn.get(), "inline on the calling virtual thread");
    }

    /**
     * {@code go("go", f)} starts a G of the default scheduler from a thread that is no goroutine,
     * {@code go("vt", f)} a virtual thread even on an M; both are counted, and an unknown runtime
     * is refused.
     */
    @Test
    void goOnANamedRuntimeStartsAGoroutineOfThatRuntime() throws InterruptedException {
        long spawnedBefore = Goroutines.spawned();
        AtomicReference<Sched> on = new AtomicReference<>();
        Goroutine g = Goroutines.go("go", () -> on.set(Sched.currentG().sched));
        assertEquals(G.class, g.getClass());
        assertTrue(g.join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "goroutine did not exit");
        assertSame(Sched.get(), on.get());

        AtomicReference<Goroutine> fromM = new AtomicReference<>();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Goroutines.run("go", () -> fromM.set(Goroutines.go("vt", () -> ranOn.set(Thread.currentThread()))));
        assertEquals(VirtualGoroutine.class, fromM.get().getClass());
        assertTrue(fromM.get().join(Duration.ofSeconds(Task.SAFETY_NET_SECONDS)), "goroutine did not exit");
        assertTrue(ranOn.get().isVirtual());
        assertEquals(spawnedBefore + 2, Goroutines.spawned());

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Goroutines.go("fj", () -> {}));
        assertEquals("unknown goroutine runtime 'fj' (go or vt)", e.getMessage());
    }

    /** What f throws reaches run's caller as it is, on both runtimes; an unknown runtime is refused. */
    @Test
    void runRethrowsAndRefusesAnUnknownRuntime() {
        for (String sched : List.of("go", "vt")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> Goroutines.run(sched, () -> {
                throw new IllegalStateException("boom on " + sched);
            }));
            assertEquals("boom on " + sched, e.getMessage());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Goroutines.run("fj", () -> {}));
        assertEquals("unknown goroutine runtime 'fj' (go or vt)", e.getMessage());
    }
}
