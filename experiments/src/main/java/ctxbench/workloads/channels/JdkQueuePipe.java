package ctxbench.workloads.channels;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TransferQueue;

/**
 * The JDK queues as a {@link Pipe}: {@code take} is {@link BlockingQueue#take}; {@code put} is
 * {@link BlockingQueue#put} ({@link #putting}: {@code impl=abq}, {@code ArrayBlockingQueue(max(cap,1))};
 * {@code impl=sync}, {@code SynchronousQueue}, a rendezvous like an unbuffered channel;
 * {@code impl=ltq} with {@code cap > 0}, {@code LinkedTransferQueue.put}, which never blocks: the
 * queue is unbounded) or {@link TransferQueue#transfer} ({@link #transferring}: {@code impl=ltq}
 * with {@code cap = 0}, which waits until a taker has the value, a rendezvous like Go's unbuffered
 * channel). No close: blocked threads are released by interrupt (see {@link Pipe}).
 *
 * <p>Cost: {@code put} goes through the {@link Put} chosen at construction; in a JMH fork only one
 * of them ever runs, so the call is monomorphic and the JIT inlines it into the queue's own method.
 */
final class JdkQueuePipe<T> implements Pipe<T> {
    /** How a value goes into the queue: a method reference to {@code put} or {@code transfer}. */
    @FunctionalInterface
    interface Put<T> {
        /** Hands {@code v} to the queue, blocking as the queue's method does. */
        void put(T v) throws InterruptedException;
    }

    private final BlockingQueue<T> queue;
    private final Put<T> put;

    private JdkQueuePipe(BlockingQueue<T> queue, Put<T> put) {
        this.queue = queue;
        this.put = put;
    }

    /** A pipe whose {@code put} is {@code queue.put}. */
    static <T> JdkQueuePipe<T> putting(BlockingQueue<T> queue) {
        return new JdkQueuePipe<>(queue, queue::put);
    }

    /** A pipe whose {@code put} is {@code queue.transfer}: it waits until a taker has the value. */
    static <T> JdkQueuePipe<T> transferring(TransferQueue<T> queue) {
        return new JdkQueuePipe<>(queue, queue::transfer);
    }

    @Override
    public void put(T v) throws InterruptedException {
        put.put(v);
    }

    @Override
    public T take() throws InterruptedException {
        return queue.take();
    }

    /** Nothing to close: a JDK queue has no closed state; the interrupt releases its threads. */
    @Override
    public void close() {}
}
