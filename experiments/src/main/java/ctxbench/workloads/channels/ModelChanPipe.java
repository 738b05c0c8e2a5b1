package ctxbench.workloads.channels;

import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;

/**
 * {@code impl=model}: the model's {@link Chan} ({@code make(chan T, cap)}), the Go channel being
 * studied. {@code put} is {@link Chan#send}, {@code take} is {@link Chan#recv}; the translation to
 * {@link Pipe}'s closing contract costs one {@code null} check per take (the channel's zero value
 * after close) and nothing per put (a try block is free until it throws).
 */
final class ModelChanPipe<T> implements Pipe<T> {
    private final Chan<T> chan;

    ModelChanPipe(int cap) {
        this.chan = Chan.make(cap);
    }

    @Override
    public void put(T v) {
        try {
            chan.send(v);
        } catch (GoPanic closed) { // "send on closed channel", also for a sender parked before close
            throw new PipeClosedException(closed);
        }
    }

    @Override
    public T take() {
        T v = chan.recv();
        if (v == null) { // the zero value: closed and drained (pipes never carry null)
            throw new PipeClosedException();
        }
        return v;
    }

    /** Go: {@code close(c)}: parked receivers get the zero value, parked senders panic. */
    @Override
    public void close() {
        try {
            chan.close();
        } catch (GoPanic alreadyClosed) {
            // "close of closed channel": a second close is a no-op here, as Pipe.close promises
        }
    }
}
