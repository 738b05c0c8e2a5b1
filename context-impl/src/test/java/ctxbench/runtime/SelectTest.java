package ctxbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Go's {@code select} semantics on {@link Select}: ready cases, fairness, {@code default},
 * parking and waking, removal of the losing cases' waiters, send cases, closed and nil channels,
 * duplicate channels, and deadlock freedom of concurrent selects.
 *
 * <p>Go: runtime/select.go ({@code selectgo}) and runtime/chan_test.go ({@code TestSelectFairness},
 * {@code TestSelfSelect}, {@code TestSelectStress}, {@code TestSelectDuplicateChannel}).
 */
@Timeout(value = Task.SAFETY_NET_SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SelectTest {

    @Test
    void choosesTheReadyCase() {
        Chan<String> empty = Chan.make(1);
        Chan<String> ready = Chan.make(1);
        ready.send("x");
        Case<String> emptyCase = Case.recv(empty);
        Case<String> readyCase = Case.recv(ready);
        for (int i = 0; i < 100; i++) {
            assertEquals(1, Select.select(emptyCase, readyCase));
            assertEquals("x", readyCase.value());
            assertTrue(readyCase.ok());
            ready.send("x");
        }
    }

    /**
     * Go: TestSelectFairness. With {@code k} always-ready cases each must be chosen in about
     * {@code 1/k} of the trials: every count within 5 standard deviations of the binomial mean
     * (a false failure has odds below one in a million).
     */
    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void readyCasesAreChosenUniformly(int k) {
        int trials = 10_000;
        List<Chan<Integer>> chans = new ArrayList<>();
        Case<?>[] cases = new Case<?>[k];
        for (int i = 0; i < k; i++) {
            Chan<Integer> c = Chan.make(1);
            c.send(i);
            chans.add(c);
            cases[i] = Case.recv(c);
        }
        int[] counts = new int[k];
        for (int t = 0; t < trials; t++) {
            int chosen = Select.select(cases);
            counts[chosen]++;
            assertEquals(chosen, cases[chosen].value());
            chans.get(chosen).send(chosen); // ready again
        }
        double p = 1.0 / k;
        double mean = trials * p;
        double bound = 5 * Math.sqrt(trials * p * (1 - p));
        for (int i = 0; i < k; i++) {
            assertTrue(Math.abs(counts[i] - mean) <= bound,
                    "case " + i + " chosen " + counts[i] + " times of " + trials + ", expected " + mean + " ± " + bound);
        }
    }

    @Test
    void defaultWhenNoCaseIsReady() {
        Chan<Integer> empty = Chan.make(1);
        Chan<Integer> full = Chan.make(1);
        full.send(1);
        Chan<Integer> unbuffered = Chan.make();
        int chosen = Select.selectOrDefault(Case.recv(empty), Case.send(full, 2), Case.send(unbuffered, 3), Case.recv(unbuffered));
        assertEquals(Select.DEFAULT, chosen);
        assertEquals(0, empty.len());
        assertEquals(1, full.len());
        assertEquals(1, full.recv(), "the send case did not overwrite the buffer");
        assertFalse(unbuffered.trySend(4), "select with default left no waiter behind");
    }

    @Test
    void selectWithDefaultTakesAReadyCase() {
        Chan<Integer> c = Chan.make(1);
        c.send(5);
        Case<Integer> recv = Case.recv(c);
        assertEquals(0, Select.selectOrDefault(recv));
        assertEquals(5, recv.value());
    }

    @Test
    void allNilCasesWithDefaultReturnDefault() {
        assertEquals(Select.DEFAULT, Select.selectOrDefault(Case.recv((Chan<Integer>) null), Case.send((Chan<Integer>) null, 1)));
        assertEquals(Select.DEFAULT, Select.selectOrDefault());
    }

    @Test
    void nilChannelCaseIsNeverChosen() {
        Chan<Integer> ready = Chan.make(1);
        Case<Integer> nilRecv = Case.recv(null);
        Case<Integer> nilSend = Case.send(null, 1);
        Case<Integer> readyRecv = Case.recv(ready);
        for (int i = 0; i < 1_000; i++) {
            ready.send(i);
            assertEquals(2, Select.select(nilRecv, nilSend, readyRecv));
        }
    }

    /** A parked select wakes on the first operation on any of its channels and takes that value. */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void blockedSelectWakesOnTheFirstOperation(boolean virtual) {
        Chan<String> a = Chan.make();
        Chan<String> b = Chan.make(1);
        Case<String> ca = Case.recv(a);
        Case<String> cb = Case.recv(b);
        Task<Integer> selector = Task.start(virtual, () -> Select.select(ca, cb)).awaitParked();
        assertTrue(selector.isAlive());
        b.send("b");
        assertEquals(1, selector.join());
        assertEquals("b", cb.value());
        assertTrue(cb.ok());
        assertEquals(0, b.len(), "the value was handed to the select, not buffered");
    }

    /**
     * Go: selectgo pass 3 dequeues the losing cases' sudogs. After the select returned, a
     * non-blocking send on a losing unbuffered channel finds no receiver, and a value sent on a
     * losing buffered channel stays in the buffer.
     */
    @Test
    void losingReceiveCasesLeaveNoWaiter() {
        Chan<Integer> winner = Chan.make();
        Chan<Integer> loserUnbuffered = Chan.make();
        Chan<Integer> loserBuffered = Chan.make(1);
        Task<Integer> selector = Task.virtual(() -> Select.select(
                Case.recv(winner), Case.recv(loserUnbuffered), Case.recv(loserBuffered))).awaitParked();
        winner.send(1);
        assertEquals(0, selector.join());
        assertFalse(loserUnbuffered.trySend(2), "the finished select still took a value");
        loserBuffered.send(3);
        assertEquals(1, loserBuffered.len(), "the finished select still took a value");
    }

    @Test
    void losingSendCaseLeavesNoValueBehind() {
        Chan<Integer> winner = Chan.make();
        Chan<Integer> loser = Chan.make();
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.send(loser, 99), Case.recv(winner))).awaitParked();
        winner.send(1);
        assertEquals(1, selector.join());
        assertNull(loser.tryRecv(), "a receiver got the value of a send case that did not win");
    }

    /**
     * Pass 3 also frees what the losing cases' sudogs hold: after the select returned, the
     * losing channel must not keep the value of the send case that did not win reachable (a
     * sudog left in its queue would, until some later operation on that channel dropped it).
     */
    @Test
    void losingSendCaseIsNotRetainedByItsChannel() {
        Chan<Object> winner = Chan.make();
        Chan<Object> loser = Chan.make();
        WeakReference<Object> value = selectAndLoseSend(winner, loser);
        for (int i = 0; i < 20 && value.get() != null; i++) {
            System.gc();
        }
        assertNull(value.get(), "the losing channel still references the unsent value");
        assertFalse(loser.trySend("x")); // keeps the losing channel reachable up to here
    }

    /** Runs a select whose send on {@code loser} loses to a receive from {@code winner}; returns a weak reference to the unsent value. */
    private static WeakReference<Object> selectAndLoseSend(Chan<Object> winner, Chan<Object> loser) {
        Object unsent = new Object();
        WeakReference<Object> ref = new WeakReference<>(unsent);
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.send(loser, unsent), Case.recv(winner))).awaitParked();
        winner.send("w");
        assertEquals(1, selector.join());
        return ref;
    }

    @Test
    void sendCaseHandsValueToParkedReceiver() {
        Chan<String> c = Chan.make(1);
        Task<String> receiver = Task.virtual(c::recv).awaitParked();
        assertEquals(0, Select.select(Case.send(c, "v"), Case.recv(Chan.<String>make())));
        assertEquals("v", receiver.join());
        assertEquals(0, c.len());
    }

    @Test
    void sendCaseFillsAFreeBufferSlot() {
        Chan<String> c = Chan.make(2);
        Case<String> send = Case.send(c, "a");
        assertEquals(0, Select.select(send));
        assertEquals(0, Select.selectOrDefault(send.set("b")));
        assertEquals(Select.DEFAULT, Select.selectOrDefault(send.set("c")), "the buffer is full");
        assertEquals("a", c.recv());
        assertEquals("b", c.recv());
    }

    @Test
    void parkedSendCaseCompletesWhenAReceiverArrives() {
        Chan<String> c = Chan.make();
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.recv(Chan.<String>make()), Case.send(c, "v"))).awaitParked();
        assertEquals("v", c.recv());
        assertEquals(1, selector.join());
    }

    @Test
    void receiveCaseOnClosedChannelIsReadyWithOkFalse() {
        Chan<String> c = Chan.make(1);
        c.send("last");
        c.close();
        Case<String> recv = Case.recv(c);
        assertEquals(0, Select.select(recv, Case.recv(Chan.<String>make())));
        assertEquals("last", recv.value());
        assertTrue(recv.ok());
        assertEquals(0, Select.select(recv, Case.recv(Chan.<String>make())));
        assertNull(recv.value());
        assertFalse(recv.ok());
    }

    @Test
    void closeWakesParkedSelectWithOkFalse() {
        Chan<String> a = Chan.make();
        Chan<String> b = Chan.make();
        Case<String> cb = Case.recv(b);
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.recv(a), cb)).awaitParked();
        b.close();
        assertEquals(1, selector.join());
        assertNull(cb.value());
        assertFalse(cb.ok());
        assertFalse(a.trySend("x"), "the losing case's waiter was removed");
    }

    @Test
    void sendCaseOnClosedChannelPanics() {
        Chan<String> c = Chan.make(1);
        c.close();
        GoPanic p = assertThrows(GoPanic.class, () -> Select.selectOrDefault(Case.send(c, "v")));
        assertEquals("send on closed channel", p.getMessage());
    }

    @Test
    void parkedSendCasePanicsWhenItsChannelIsClosed() {
        Chan<String> c = Chan.make();
        Chan<String> other = Chan.make();
        Task<Integer> selector = Task.virtual(() -> Select.select(Case.send(c, "v"), Case.recv(other))).awaitParked();
        c.close();
        Throwable t = selector.joinFailure();
        assertInstanceOf(GoPanic.class, t);
        assertEquals("send on closed channel", t.getMessage());
        assertFalse(other.trySend("x"), "the panicking select removed its other waiters");
    }

    /**
     * Go: TestSelectDuplicateChannel. A select queued twice on one channel is woken through
     * another channel and must leave the first channel's queue intact for a later receiver.
     */
    @Test
    void sameChannelInTwoCases() {
        Chan<Integer> c = Chan.make();
        Chan<Integer> d = Chan.make();
        Task<Integer> a = Task.virtual(() -> Select.select(Case.recv(c), Case.recv(c), Case.recv(d))).awaitParked();
        Task<Integer> b = Task.virtual(c::recv).awaitParked();
        d.send(7);
        assertEquals(2, a.join());
        c.send(8);
        assertEquals(8, b.join());
    }

    @Test
    void sameChannelInTwoReadyCasesChoosesEither() {
        Chan<Integer> c = Chan.make(1);
        Case<Integer> first = Case.recv(c);
        Case<Integer> second = Case.recv(c);
        int[] counts = new int[2];
        for (int i = 0; i < 1_000; i++) {
            c.send(i);
            int chosen = Select.select(first, second);
            counts[chosen]++;
            assertEquals(i, (chosen == 0 ? first : second).value());
        }
        assertTrue(counts[0] > 0 && counts[1] > 0, "both cases chosen: " + counts[0] + "/" + counts[1]);
    }

    /**
     * Go: TestSelfSelect. Two goroutines each select over a send and a receive on the same
     * channel; neither may deadlock, and on an unbuffered channel none may receive its own value.
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void sendAndReceiveOnOneChannelInOneSelect(int cap) {
        Chan<Integer> c = Chan.make(cap);
        List<Task<Void>> tasks = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int me = p;
            tasks.add(Task.platform(() -> {
                Case<Integer> send = Case.send(c, me);
                Case<Integer> recv = Case.recv(c);
                for (int i = 0; i < 1_000; i++) {
                    boolean sendFirst = me == 0 || i % 2 == 0;
                    int chosen = sendFirst ? Select.select(send, recv) : Select.select(recv, send);
                    boolean received = sendFirst ? chosen == 1 : chosen == 0;
                    if (cap == 0 && received && recv.value() == me) {
                        throw new AssertionError("self receive");
                    }
                }
                return null;
            }));
        }
        tasks.forEach(Task::join);
    }

    /**
     * Go: TestSelectStress, reduced. Two "left" platform threads select over send-on-a and
     * receive-from-b, two "right" ones over the same channels in the opposite order. The channels
     * are unbuffered, so every completed select pairs one left with one right select: all four
     * finish exactly their rounds (a lock-order deadlock would hang them) and each channel's
     * sends equal its receives.
     */
    @Test
    void oppositeOrderSelectsDoNotDeadlock() {
        Chan<Integer> a = Chan.make();
        Chan<Integer> b = Chan.make();
        int rounds = 3_000;
        List<Task<int[]>> left = new ArrayList<>();
        List<Task<int[]>> right = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            left.add(Task.platform(() -> countChoices(rounds, Case.send(a, 1), Case.recv(b))));
            right.add(Task.platform(() -> countChoices(rounds, Case.send(b, 2), Case.recv(a))));
        }
        int[] l = sumCounts(left);
        int[] r = sumCounts(right);
        assertEquals(l[0], r[1], "sends on a vs receives from a");
        assertEquals(r[0], l[1], "sends on b vs receives from b");
    }

    /** Runs {@code rounds} selects over two cases, listed in the given order; counts each case's wins. */
    private static int[] countChoices(int rounds, Case<?> first, Case<?> second) {
        int[] counts = new int[2];
        for (int i = 0; i < rounds; i++) {
            counts[Select.select(first, second)]++;
        }
        return counts;
    }

    private static int[] sumCounts(List<Task<int[]>> tasks) {
        int[] sum = new int[2];
        for (Task<int[]> t : tasks) {
            int[] c = t.join();
            sum[0] += c[0];
            sum[1] += c[1];
        }
        return sum;
    }
}
