package ctxbench.time;

/**
 * Which Go release's timer semantics the channel timers created from now on follow.
 *
 * <p>Go 1.23 changed what {@code time.NewTimer}, {@code time.After} and {@code time.NewTicker}
 * do (runtime/time.go, time/sleep.go; the GODEBUG setting {@code asynctimerchan}, 0 by default
 * for modules that declare {@code go 1.23} or later):
 * <ul>
 *   <li>{@link #GO1_19}: the model's default, Go 1.19's asynchronous timer channels. A channel
 *       timer is queued from creation until it fires; its channel has a 1-slot buffer
 *       ({@code len} 1 after firing, {@code cap} 1); Stop and Reset leave a value already sent
 *       in it. What Go 1.23 still does for a module with a go line before 1.23
 *       ({@code asynctimerchan=1}), apart from its new heap's bookkeeping.</li>
 *   <li>{@link #GO1_23}: Go 1.23 with {@code asynctimerchan=0}. A channel timer is in a timer
 *       heap only while a goroutine is blocked on its channel, and fires lazily when a receive
 *       or select finds it due; its channel reports {@code len} and {@code cap} 0; Stop and Reset
 *       discard any value sent before they returned; a timer nobody references can be collected
 *       without Stop. On the model of Go's heap ({@code go-heap}) this is Go 1.23's runtime; on the
 *       JVM's queues ({@code jdk}, {@code wheel}) the same semantics scheduled by them: a timer
 *       is on the executor only while a goroutine is blocked on its channel.</li>
 * </ul>
 * Function timers ({@code time.AfterFunc}, and so {@code context.WithTimeout}) and
 * {@code time.Sleep} are the same in both modes.
 *
 * <p>Chosen per process by the system property {@value #PROPERTY} ({@code go1.19}, the default,
 * or {@code go1.23}), read at first use, or per trial or test with {@link #set}. A timer keeps
 * the mode it was created in. Cost: timer creation reads {@link #current()} (one volatile field,
 * of a {@code ProcessSetting} held in a static final field); every other check is of the timer's
 * own fields.
 */
public enum TimerMode {
    /** Go 1.19's asynchronous timer channels (Go 1.23 with {@code asynctimerchan=1}). */
    GO1_19("go1.19"),
    /** Go 1.23's synchronous timer channels ({@code asynctimerchan=0}). */
    GO1_23("go1.23");

    /** The system property naming the mode: {@code go1.19} or {@code go1.23}. */
    public static final String PROPERTY = "ctxbench.timermode";

    private static final ProcessSetting<TimerMode> CURRENT = new ProcessSetting<>(PROPERTY, GO1_19.label, TimerMode::named);

    private final String label;

    TimerMode(String label) {
        this.label = label;
    }

    /** The mode's name, as the property and result files spell it: {@code go1.19}, {@code go1.23}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The mode named {@code label}; an unknown name is an {@link IllegalArgumentException}. */
    public static TimerMode named(String label) {
        for (TimerMode m : values()) {
            if (m.label.equals(label)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown timer mode '" + label + "' (go1.19 or go1.23)");
    }

    /** The mode new timers follow: the last {@link #set}, else the property's (default {@code go1.19}). */
    public static TimerMode current() {
        return CURRENT.get();
    }

    /** Makes {@code mode} the mode of timers created from now on. */
    public static void set(TimerMode mode) {
        CURRENT.set(mode);
    }

    /**
     * Refuses ({@link IllegalStateException}) a queue that is not the model of Go's timer heap,
     * for {@code what} needs it: period timers (tickers) are modelled on the Go heap's status
     * machine only.
     */
    static void requireGoHeap(TimerQueue queue, String what) {
        if (!(queue instanceof GoTimerHeap || queue instanceof ProcTimers)) {
            throw new IllegalStateException(what + " needs the go-heap timer queue (installed: " + queue.name() + ")");
        }
    }
}
