package ctxbench.time;

/** Go's timer semantics ({@link TimerContract}) on {@link GoTimerHeap}, Go's 4-ary heap with lazy deletion. */
class GoTimerHeapTimersTest extends TimerContract {
    @Override
    protected TimerQueue newQueue() {
        return new GoTimerHeap();
    }
}
