package ctxbench.time;

/**
 * A bare runtime timer for tests that add to a {@link TimerQueue} directly: when due, the queue
 * runs {@code action} on its own thread (as Go's runtime runs {@code timer.f}).
 */
final class QueueTimer extends RuntimeTimer {
    private final Runnable action;

    QueueTimer(Runnable action) {
        this.action = action;
    }

    @Override
    public void run() {
        action.run();
    }
}
