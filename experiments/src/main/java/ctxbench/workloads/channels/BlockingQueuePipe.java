package ctxbench.workloads.channels;

import java.util.concurrent.BlockingQueue;

/**
 * {@code impl=abq} ({@code ArrayBlockingQueue(max(cap,1))}), {@code impl=sync}
 * ({@code SynchronousQueue}, a rendezvous like an unbuffered channel) and {@code impl=ltq} with
 * {@code cap > 0} ({@code LinkedTransferQueue.put}, which never blocks: the queue is unbounded):
 * {@code put}/{@code take} of a JDK {@link BlockingQueue}. No close: blocked threads are released
 * by interrupt (see {@link Pipe}).
 */
final class BlockingQueuePipe<T> implements Pipe<T> {
    private final BlockingQueue<T> queue;

    BlockingQueuePipe(BlockingQueue<T> queue) {
        this.queue = queue;
    }

    @Override
    public void put(T v) throws InterruptedException {
        queue.put(v);
    }

    @Override
    public T take() throws InterruptedException {
        return queue.take();
    }

    /** Nothing to close: a JDK queue has no closed state; the interrupt releases its threads. */
    @Override
    public void close() {}
}
