package ctxbench.runtime;

/**
 * The timer feeding a Go 1.23 synchronous timer channel, as the channel operations see it.
 *
 * <p>Go: {@code hchan.timer} and the functions chan.go and select.go call on it (runtime/time.go,
 * Go 1.23): {@code maybeRunChan}, {@code blockTimerChan}, {@code unblockTimerChan}. A channel has
 * one only when it was made by a timer in the {@code go1.23} timer mode
 * ({@code ctxbench.time.TimerMode}); every other channel's is null, which costs its operations
 * one field read.
 *
 * <p>Lock order, as in Go: the channel's lock, then the timer's lock, then a timer heap's lock;
 * {@link #maybeRunChan} is called with no lock held (it sends on the channel).
 */
public interface ChanTimer {
    /**
     * Go: {@code (*timer).maybeRunChan}: if the timer is in no heap and is due, runs it now on the
     * calling goroutine, sending its value into the channel. Called before a receive or select
     * looks at the channel, with no lock held.
     */
    void maybeRunChan();

    /**
     * Go: {@code blockTimerChan}: a receive or select is about to park on the channel; counts it
     * and puts the timer in the current P's heap if it is pending and in none. Called with the
     * channel locked.
     */
    void blockTimerChan();

    /**
     * Go: {@code unblockTimerChan}: a receive or select parked on the channel woke up; once none
     * is left, marks the timer's heap entry for lazy removal (a zombie) but keeps it pending.
     */
    void unblockTimerChan();
}
