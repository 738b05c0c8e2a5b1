package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
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
}
