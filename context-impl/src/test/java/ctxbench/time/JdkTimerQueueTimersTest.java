package ctxbench.time;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Go's timer semantics ({@link TimerContract}) on {@link JdkTimerQueue}, the JDK's scheduled
 * executor. Go 1.19's only: {@code go1.23} channel timers need the Go heap, and
 * {@code TimerModeTest} checks that they are refused here.
 */
class JdkTimerQueueTimersTest extends TimerContract {
    @Override
    protected TimerQueue newQueue() {
        assumeTrue(TimerMode.current() == TimerMode.GO1_19, "go1.23 channel timers need the go-heap queue");
        return new JdkTimerQueue();
    }
}
