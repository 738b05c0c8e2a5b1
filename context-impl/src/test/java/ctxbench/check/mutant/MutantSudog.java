package ctxbench.check.mutant;

/**
 * A goroutine waiting in one channel's send or receive queue, with the value it sends or the
 * slot it receives into. A select has one sudog per case, all pointing at the same
 * {@link MutantWaiter}.
 *
 * <p>Go: {@code runtime.sudog} and {@code waitq} (runtime/runtime2.go, runtime/chan.go). A wait
 * queue is a circular doubly linked list referenced by its first element ({@code first.prev} is
 * the last), so a channel holds one field per queue, as Go's {@code hchan} holds its
 * {@code waitq} inline. Go recycles sudogs through a per-P cache; the model allocates one per
 * parked operation. All list operations run under the channel's lock.
 *
 * <p>A copy of the model's {@code ctxbench.runtime.Sudog} for {@link MutantChan}. Below this
 * comment it is {@code Sudog.java} line for line, but for the names of the copied classes;
 * {@link MutantSourceTest} holds it to that. When that test fails, carry the change of
 * {@code Sudog.java} over to this copy.
 */
final class MutantSudog {
    final MutantWaiter g;
    final MutantChan<?> c;
    /** The value being sent, or the value received once the operation completed. */
    Object elem;
    /** Go: {@code sudog.isSelect}: part of a select, so a waker must first claim the select. */
    final boolean isSelect;
    /** Go: {@code sudog.success}: true if woken by a completed send or receive, false if by close. */
    boolean success;
    /** Go: {@code sudog.waitlink}: links the sudogs a close releases. */
    MutantSudog waitlink;
    private MutantSudog next;
    private MutantSudog prev;

    MutantSudog(MutantWaiter g, MutantChan<?> c, Object elem, boolean isSelect) {
        this.g = g;
        this.c = c;
        this.elem = elem;
        this.isSelect = isSelect;
    }

    /** Go: {@code waitq.enqueue}. Appends {@code sg} to the queue and returns the queue's new first element. */
    static MutantSudog enqueue(MutantSudog first, MutantSudog sg) {
        if (first == null) {
            sg.next = sg;
            sg.prev = sg;
            return sg;
        }
        MutantSudog last = first.prev;
        last.next = sg;
        sg.prev = last;
        sg.next = first;
        first.prev = sg;
        return first;
    }

    /**
     * Go: {@code waitq.dequeueSudoG}. Unlinks {@code sg} if it is still queued and returns the
     * queue's new first element; a sudog already taken off by a waker is left alone.
     */
    static MutantSudog remove(MutantSudog first, MutantSudog sg) {
        if (sg.next == null) {
            return first;
        }
        MutantSudog rest = sg.next == sg ? null : sg.next;
        if (rest != null) {
            sg.prev.next = rest;
            rest.prev = sg.prev;
        }
        sg.next = null;
        sg.prev = null;
        return sg == first ? rest : first;
    }
}
