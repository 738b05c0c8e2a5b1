package ctxbench.workloads.channels;

import java.util.concurrent.TransferQueue;

/**
 * {@code impl=ltq} with {@code cap = 0}: {@link TransferQueue#transfer} waits until a taker has the
 * value, a rendezvous like Go's unbuffered channel. No close: blocked threads are released by
 * interrupt (see {@link Pipe}).
 */
final class TransferQueuePipe<T> implements Pipe<T> {
    private final TransferQueue<T> queue;

    TransferQueuePipe(TransferQueue<T> queue) {
        this.queue = queue;
    }

    @Override
    public void put(T v) throws InterruptedException {
        queue.transfer(v);
    }

    @Override
    public T take() throws InterruptedException {
        return queue.take();
    }

    /** Nothing to close: a JDK queue has no closed state; the interrupt releases its threads. */
    @Override
    public void close() {}
}
