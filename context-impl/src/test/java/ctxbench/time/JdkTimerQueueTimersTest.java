package ctxbench.time;

/**
 * Go's timer semantics ({@link TimerContract}) on {@link JdkTimerQueue}, the JDK's scheduled
 * executor. Go 1.19's only: {@code go1.23} channel timers need the Go heap, and
 * {@code TimerModeTest} checks that they are refused here.
 */
class JdkTimerQueueTimersTest extends TimerContract {
    @Override
    protected TimerQueue newQueue() {
        return new JdkTimerQueue();
    }
}
