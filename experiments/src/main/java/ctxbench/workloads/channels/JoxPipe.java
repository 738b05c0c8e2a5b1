package ctxbench.workloads.channels;

import com.softwaremill.jox.Channel;
import com.softwaremill.jox.ChannelClosedException;

/**
 * {@code impl=jox}: softwaremill jox 1.0.1, a Go-like channel for virtual threads built on a
 * lock-free segment list ({@code Channel.newRendezvousChannel()} for {@code cap = 0},
 * {@code Channel.newBufferedChannel(cap)} otherwise). {@code put} is {@code send}, {@code take}
 * is {@code receive}; close is {@code error(...)}, which fails blocked senders and receivers at
 * once (jox's {@code done()} would still let buffered values through).
 */
final class JoxPipe<T> implements Pipe<T> {
    private final Channel<T> channel;

    JoxPipe(int cap) {
        this.channel = cap == 0 ? Channel.newRendezvousChannel() : Channel.newBufferedChannel(cap);
    }

    @Override
    public void put(T v) throws InterruptedException {
        try {
            channel.send(v);
        } catch (ChannelClosedException closed) {
            throw new PipeClosedException(closed);
        }
    }

    @Override
    public T take() throws InterruptedException {
        try {
            return channel.receive();
        } catch (ChannelClosedException closed) {
            throw new PipeClosedException(closed);
        }
    }

    /** jox's {@code error(cause)}; a second call is a no-op ({@code errorOrClosed}). */
    @Override
    public void close() {
        channel.errorOrClosed(new PipeClosedException());
    }
}
