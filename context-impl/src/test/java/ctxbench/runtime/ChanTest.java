package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.time.Time;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go's channel semantics on {@link Chan}: make, blocking and non-blocking send and receive, the
 * ring buffer, hand-off to parked goroutines, close, and nil channels.
 *
 * <p>Go: runtime/chan.go ({@code makechan}, {@code chansend}, {@code chanrecv}, {@code closechan})
 * and runtime/chan_test.go ({@code TestChan}, {@code TestNonblockRecvRace}).
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ChanTest {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 16})
    void makeHasCapacityAndStartsEmpty(int size) {
        Chan<Integer> c = Chan.make(size);
        assertEquals(size, c.cap());
        assertEquals(0, c.len());
    }

    @Test
    void unbufferedMakeHasNoBuffer() {
        Chan<Integer> c = Chan.make();
        assertEquals(0, c.cap());
        assertFalse(c.trySend(1), "an unbuffered send with no receiver cannot proceed");
    }

    @Test
    void negativeSizePanics() {
        GoPanic p = assertThrows(GoPanic.class, () -> Chan.make(-1));
        assertEquals("makechan: size out of range", p.getMessage());
    }

    @Test
    void lenCountsBufferedValues() {
        Chan<Integer> c = Chan.make(3);
        c.send(1);
        c.send(2);
        assertEquals(2, c.len());
        c.recv();
        assertEquals(1, c.len());
        assertEquals(3, c.cap());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void unbufferedSendBlocksUntilAReceiverTakesTheValue(boolean virtual) {
        Chan<String> c = Chan.make();
        Task<String> sender = Task.start(virtual, () -> {
            c.send("v");
            return "sent";
        }).awaitParked();
        assertTrue(sender.isAlive(), "the send must wait for a receiver");
        assertEquals("v", c.recv());
        assertEquals("sent", sender.join());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void receiveBlocksUntilAValueIsSent(boolean virtual) {
        Chan<String> c = Chan.make(1);
        Task<String> receiver = Task.start(virtual, c::recv).awaitParked();
        assertTrue(receiver.isAlive());
        c.send("v");
        assertEquals("v", receiver.join());
    }

    @Test
    void fullBufferedSendBlocks() {
        Chan<Integer> c = Chan.make(1);
        c.send(1);
        Task<Void> sender = Task.run(() -> c.send(2)).awaitParked();
        assertTrue(sender.isAlive());
        assertEquals(1, c.recv());
        sender.join();
        assertEquals(2, c.recv());
    }

    /** Go's {@code send}: a value for a parked receiver bypasses the buffer. */
    @Test
    void sendHandsTheValueDirectlyToAParkedReceiver() {
        Chan<String> c = Chan.make(2);
        Task<String> receiver = Task.virtual(c::recv).awaitParked();
        c.send("direct");
        assertEquals(0, c.len(), "the value went to the receiver, not into the buffer");
        assertEquals("direct", receiver.join());
    }

    /** Random sends and receives against a model queue: FIFO order across many wrap-arounds. */
    @Test
    void ringBufferKeepsFifoOrderAcrossWrapAround() {
        Chan<Integer> c = Chan.make(3);
        ArrayDeque<Integer> expected = new ArrayDeque<>();
        Random rnd = new Random(42);
        int next = 0;
        for (int step = 0; step < 10_000; step++) {
            boolean send = expected.isEmpty() || (expected.size() < 3 && rnd.nextBoolean());
            if (send) {
                assertTrue(c.trySend(next));
                expected.addLast(next++);
            } else {
                assertEquals(expected.removeFirst(), c.recv());
            }
            assertEquals(expected.size(), c.len());
        }
        assertTrue(next > 1_000, "the buffer wrapped around many times");
    }

    /**
     * Go's {@code recv} on a full buffer with parked senders: the receiver takes the head and the
     * first sender's value goes to the tail, so values still come out in send order.
     */
    @Test
    void receiveFromFullBufferMovesParkedSendersValueToTheTail() {
        Chan<Integer> c = Chan.make(2);
        c.send(0); // moves sendx/recvx off slot 0, so the buffer wraps below
        assertEquals(0, c.recv());
        c.send(1);
        c.send(2);
        Task<Void> s3 = Task.run(() -> c.send(3)).awaitParked();
        Task<Void> s4 = Task.run(() -> c.send(4)).awaitParked();
        assertEquals(1, c.recv());
        assertEquals(2, c.len(), "the sender's value took the freed slot");
        s3.join();
        assertEquals(2, c.recv());
        s4.join();
        assertEquals(3, c.recv());
        assertEquals(4, c.recv());
        assertEquals(0, c.len());
        assertNull(c.tryRecv());
    }

    @Test
    void unbufferedReceiveTakesParkedSendersInOrder() {
        Chan<Integer> c = Chan.make();
        Task<Void> s1 = Task.run(() -> c.send(1)).awaitParked();
        Task<Void> s2 = Task.run(() -> c.send(2)).awaitParked();
        assertEquals(1, c.recv());
        assertEquals(2, c.recv());
        s1.join();
        s2.join();
    }

    @Test
    void recvOkReportsSentValuesThenClosed() {
        Chan<String> c = Chan.make(2);
        c.send("a");
        c.send(null); // a sent zero value is ok == true, unlike a closed channel's
        c.close();
        assertEquals(new Received<>("a", true), c.recvOk());
        assertEquals(new Received<String>(null, true), c.recvOk());
        assertEquals(new Received<String>(null, false), c.recvOk());
        assertEquals(new Received<String>(null, false), c.recvOk(), "a closed channel stays ready");
    }

    /** Go: {@code for v := range c} ends when the channel is closed and drained. */
    @Test
    void iterationReceivesUntilClosedAndDrained() {
        Chan<Integer> c = Chan.make(2);
        Task<Void> producer = Task.run(() -> {
            for (int i = 0; i < 100; i++) {
                c.send(i);
            }
            c.close();
        });
        List<Integer> got = new ArrayList<>();
        for (Integer v : c) {
            got.add(v);
        }
        producer.join();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, got);
        assertFalse(c.iterator().hasNext());
    }

    @Test
    void closeWakesEveryParkedReceiver() {
        Chan<String> c = Chan.make();
        List<Task<Received<String>>> receivers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            receivers.add(Task.virtual(c::recvOk).awaitParked());
        }
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.recv(c), Case.recv(Chan.make()))).awaitParked();
        c.close();
        for (Task<Received<String>> r : receivers) {
            assertEquals(new Received<String>(null, false), r.join());
        }
        assertEquals(0, selector.join());
    }

    @Test
    void closeMakesParkedSendersPanicAndReceiversDrainTheBuffer() {
        Chan<Integer> c = Chan.make(1);
        c.send(1);
        List<Task<Void>> senders = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int v = 10 + i;
            senders.add(Task.run(() -> c.send(v)).awaitParked());
        }
        c.close();
        for (Task<Void> s : senders) {
            Throwable t = s.joinFailure();
            assertInstanceOf(GoPanic.class, t);
            assertEquals("send on closed channel", t.getMessage());
        }
        assertEquals(new Received<>(1, true), c.recvOk(), "the buffer is drained before ok turns false");
        assertEquals(new Received<Integer>(null, false), c.recvOk());
        assertNull(c.recv());
    }

    @Test
    void sendOnClosedChannelPanics() {
        Chan<Integer> c = Chan.make(4);
        c.close();
        assertEquals("send on closed channel", assertThrows(GoPanic.class, () -> c.send(1)).getMessage());
        assertEquals("send on closed channel", assertThrows(GoPanic.class, () -> c.trySend(1)).getMessage());
        assertEquals("send on closed channel", assertThrows(GoPanic.class, () -> Chan.send(c, 1)).getMessage());
    }

    @Test
    void closingTwicePanics() {
        Chan<Integer> c = Chan.make();
        c.close();
        assertEquals("close of closed channel", assertThrows(GoPanic.class, c::close).getMessage());
        assertEquals("close of closed channel", assertThrows(GoPanic.class, () -> Chan.close(c)).getMessage());
    }

    @Test
    void closingNilChannelPanics() {
        assertEquals("close of nil channel", assertThrows(GoPanic.class, () -> Chan.close(null)).getMessage());
    }

    /**
     * Go: a receive from or a send to a nil channel blocks forever. The goroutines are left
     * parked (they are daemon virtual threads); they must still be parked after a select with a
     * timeout case has fired, i.e. after the rest of the program had every chance to run.
     */
    @Test
    void nilChannelOperationsBlockForever() {
        Task<Object> receiver = Task.virtual(() -> Chan.recv(null)).awaitParked();
        Task<String> sender = Task.virtual(() -> {
            Chan.send(null, "v");
            return "sent";
        }).awaitParked();
        receiver.thread().interrupt(); // Go has no interruption: it must not release the goroutine
        int chosen = Select.select(Case.recv((Chan<Object>) null), Case.recv(Time.after(Duration.ofMillis(10))));
        assertEquals(1, chosen, "only the timeout case can fire");
        assertTrue(receiver.isAlive(), "receive from a nil channel returned");
        assertTrue(sender.isAlive(), "send to a nil channel returned");
        receiver.awaitParked();
        sender.awaitParked();
    }

    /**
     * Go goroutines cannot be interrupted: an interrupt neither releases a blocked receive nor is
     * lost; the thread's interrupt status is set again once the receive completed.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void interruptDoesNotReleaseABlockedReceive(boolean virtual) {
        Chan<String> c = Chan.make();
        Task<Object[]> receiver = Task.start(virtual, () -> new Object[] {c.recv(), Thread.currentThread().isInterrupted()})
                .awaitParked();
        receiver.thread().interrupt();
        receiver.awaitParked(); // parked again, still waiting for a value
        c.send("v");
        Object[] got = receiver.join();
        assertEquals("v", got[0]);
        assertEquals(true, got[1], "the interrupt was restored");
    }

    /** The same for a select: an interrupt does not wake it; the interrupt status is restored. */
    @Test
    void interruptDoesNotReleaseABlockedSelect() {
        Chan<String> a = Chan.make();
        Chan<String> b = Chan.make();
        Task<Object[]> selector = Task.virtual(() -> new Object[] {
                Select.select(Case.recv(a), Case.recv(b)), Thread.currentThread().isInterrupted()}).awaitParked();
        selector.thread().interrupt();
        selector.awaitParked();
        b.send("v");
        Object[] got = selector.join();
        assertEquals(1, got[0]);
        assertEquals(true, got[1], "the interrupt was restored");
    }

    @Test
    void trySendOnUnbufferedChannelNeedsAParkedReceiver() {
        Chan<Integer> c = Chan.make();
        assertFalse(c.trySend(1));
        Task<Integer> receiver = Task.virtual(c::recv).awaitParked();
        assertTrue(c.trySend(2));
        assertEquals(2, receiver.join());
        assertFalse(c.trySend(3), "the receiver is gone");
    }

    @Test
    void trySendOnBufferedChannelFailsOnlyWhenFull() {
        Chan<Integer> c = Chan.make(2);
        assertTrue(c.trySend(1));
        assertTrue(c.trySend(2));
        assertFalse(c.trySend(3));
        assertEquals(2, c.len());
    }

    @Test
    void tryRecvOnEmptyOpenChannelIsNotReady() {
        Chan<Integer> unbuffered = Chan.make();
        Chan<Integer> buffered = Chan.make(2);
        assertNull(unbuffered.tryRecv());
        assertNull(buffered.tryRecv());
        assertFalse(unbuffered.tryRecvDiscard());
        assertFalse(buffered.tryRecvDiscard());
    }

    @Test
    void tryRecvTakesBufferedValuesAndParkedSenders() {
        Chan<Integer> buffered = Chan.make(2);
        buffered.send(7);
        buffered.send(8);
        assertEquals(new Received<>(7, true), buffered.tryRecv());
        assertTrue(buffered.tryRecvDiscard());
        assertEquals(0, buffered.len(), "tryRecvDiscard took the value");
        assertNull(buffered.tryRecv());

        Chan<Integer> unbuffered = Chan.make();
        Task<Void> sender = Task.run(() -> unbuffered.send(9)).awaitParked();
        assertEquals(new Received<>(9, true), unbuffered.tryRecv());
        sender.join();
        Task<Void> discarded = Task.run(() -> unbuffered.send(10)).awaitParked();
        assertTrue(unbuffered.tryRecvDiscard());
        discarded.join();
    }

    @Test
    void tryRecvOnClosedChannelDrainsThenReportsClosed() {
        Chan<Integer> c = Chan.make(1);
        c.send(1);
        c.close();
        assertEquals(new Received<>(1, true), c.tryRecv());
        assertEquals(new Received<Integer>(null, false), c.tryRecv());
        assertTrue(c.tryRecvDiscard(), "a closed channel's receive case is ready");
    }

    /**
     * Go's {@code chanrecv} fast path re-reads emptiness after it saw the channel closed: a value
     * sent just before the close must not be reported as "closed and drained". A poller spins
     * on {@code tryRecv} of a fresh buffered channel while this thread sends one value and
     * closes it; the poller is the only receiver, so the first ready result it sees must be the
     * value. Repeated over many channels to land sends and closes between its two reads. Both
     * sides spin, but yield the processor every few spins ({@link #spinOrYield}): on a machine
     * with fewer free cores than spinners (a CPU hog beside the build) a side that never yields
     * can hold the core its partner needs for a whole time slice at every hand-off.
     */
    @Test
    void nonBlockingReceiveNeverSeesClosedBeforeTheBufferedValue() {
        int rounds = 5_000;
        List<Chan<Integer>> chans = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            chans.add(Chan.make(1));
        }
        AtomicInteger polling = new AtomicInteger(-1);
        Task<Integer> poller = Task.platform(() -> {
            int closedFirst = 0;
            for (int i = 0; i < rounds; i++) {
                Chan<Integer> c = chans.get(i);
                polling.set(i);
                Received<Integer> r;
                for (int spins = 0; (r = c.tryRecv()) == null; spins++) {
                    spinOrYield(spins);
                }
                if (!r.ok()) {
                    closedFirst++;
                }
            }
            return closedFirst;
        });
        for (int i = 0; i < rounds; i++) {
            for (int spins = 0; polling.get() < i; spins++) {
                spinOrYield(spins);
            }
            chans.get(i).send(i);
            chans.get(i).close();
        }
        assertEquals(0, poller.join(), "receives that saw the channel closed before its buffered value");
    }

    /** One step of a busy wait: a spin hint, and every 64th step a yield of the processor. */
    private static void spinOrYield(int spins) {
        if ((spins & 63) == 63) {
            Thread.yield();
        } else {
            Thread.onSpinWait();
        }
    }

    /**
     * Go: TestNonblockRecvRace. A buffered value sent before close must be seen by a concurrent
     * non-blocking receive: the lock-free fast path may not report "not ready" then.
     */
    @Test
    void nonBlockingReceiveRacingCloseSeesTheValue() {
        for (int i = 0; i < 2_000; i++) {
            Chan<Integer> c = Chan.make(1);
            c.send(1);
            Task<Boolean> poller = Task.virtual(c::tryRecvDiscard);
            c.close();
            c.recv();
            assertTrue(poller.join(), "chan is not ready");
        }
    }
}
