package ctxbench.check.mutant;

/**
 * One case of a {@link MutantSelect}: a send of a value, or a receive whose value and {@code ok}
 * the case holds after the select chose it.
 *
 * <p>Go: {@code runtime.scase} (runtime/select.go). Go builds the cases on the stack; the model
 * allocates a case object per case unless the caller keeps and reuses it (a case may be reused
 * by the goroutine that owns it, one select at a time; {@link #set} replaces a send's value).
 *
 * <p>A copy of the model's {@code ctxbench.runtime.Case} for {@link MutantChan}. Below this
 * comment it is {@code Case.java} line for line, but for the names of the copied classes;
 * {@link MutantSourceTest} holds it to that. When that test fails, carry the change of
 * {@code Case.java} over to this copy.
 *
 * @param <T> the channel's element type
 */
public final class MutantCase<T> {
    final MutantChan<T> c;
    final boolean isSend;
    /** The value to send, or the value received once this case was chosen. */
    Object elem;
    boolean recvOK;
    /** This case's sudog while its select is parked (Go: the {@code gp.waiting} list). */
    MutantSudog sg;

    private MutantCase(MutantChan<T> c, boolean isSend, Object elem) {
        this.c = c;
        this.isSend = isSend;
        this.elem = elem;
    }

    /** Go: {@code case v, ok := <-c:}. A {@code null} channel is never ready. */
    public static <T> MutantCase<T> recv(MutantChan<T> c) {
        return new MutantCase<>(c, false, null);
    }

    /** Go: {@code case c <- v:}. A {@code null} channel is never ready. */
    public static <T> MutantCase<T> send(MutantChan<T> c, T v) {
        return new MutantCase<>(c, true, v);
    }

    /** The value received when this receive case was chosen ({@code null} if the channel was closed). */
    @SuppressWarnings("unchecked")
    public T value() {
        return isSend ? null : (T) elem;
    }

    /** Go's {@code ok}: true if this receive case got a sent value, false if its channel was closed. */
    public boolean ok() {
        return recvOK;
    }

    /** Sets the value a reused send case sends next. */
    public MutantCase<T> set(T v) {
        if (!isSend) {
            throw new IllegalStateException("set() is for send cases");
        }
        elem = v;
        return this;
    }
}
