package ctxbench.time;

/** Go's timer semantics ({@link TimerContract}) on {@link JdkTimerQueue}, the JDK's scheduled executor. */
class JdkTimerQueueTimersTest extends TimerContract {
    @Override
    protected TimerQueue newQueue() {
        return new JdkTimerQueue();
    }
}
