package ctxbench.time;

/**
 * Where timers wait until they are due: the model's stand-in for the runtime's timer heap,
 * pluggable so that the experiments can put Go's structure beside the JVM's alternatives.
 *
 * <p>Go: {@code addtimer}, {@code deltimer}, {@code modtimer} (runtime/time.go). Implementations:
 * {@link GoTimerHeap} (Go's 4-ary heap with lazy deletion, the default), {@link JdkTimerQueue}
 * ({@code ScheduledThreadPoolExecutor}); the experiments add Netty's {@code HashedWheelTimer}.
 * Select one with {@link TimerQueues#set} or the system property {@code ctxbench.timers}.
 */
public interface TimerQueue {
    /** A short name for result files: {@code go-heap}, {@code jdk}, {@code wheel}. */
    String name();

    /** Go: {@code addtimer}. Queues a timer not in the queue yet, due at {@code t.when()} (set by {@link #add(RuntimeTimer, long)}). */
    void add(RuntimeTimer t, long when);

    /** Go: {@code deltimer}. Stops the timer; true if it was waiting to run, false if it had run or was stopped. */
    boolean delete(RuntimeTimer t);

    /** Go: {@code modtimer}. Makes the timer due at {@code when} (queuing it again if it had run or was stopped); true if it was waiting. */
    boolean modify(RuntimeTimer t, long when);

    /** Entries the queue holds now, including stopped ones not yet removed (Go's heap keeps them until they surface). */
    int size();
}
