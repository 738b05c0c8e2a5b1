package ctxbench.bench.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ctxbench.workloads.channels.Transfer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JMH classes' set-up, one benchmark operation and tear-down, run by hand as JMH would run
 * them, for one parameter combination each (the workloads are covered in {@link WorkloadsTest}).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class BenchmarkClassesTest {

    @Test
    void pingPong() throws Exception {
        ChanPingPong b = new ChanPingPong();
        b.cap = 1;
        b.impl = "jox";
        b.threads = "virtual";
        b.start();
        assertEquals(0, b.roundTrip());
        assertEquals(1, b.roundTrip());
        b.stop();

        ctxbench.bench.channels.sync.ChanPingPong s = new ctxbench.bench.channels.sync.ChanPingPong();
        s.cap = 0;
        s.impl = "sync";
        s.threads = "platform";
        s.start();
        assertEquals(0, s.roundTrip());
        s.stop();
    }

    @Test
    void throughput() throws Exception {
        ChanThroughput b = new ChanThroughput();
        b.cap = 100;
        b.impl = "model";
        b.threads = "platform";
        b.start();
        assertEquals(Transfer.BATCH_SUM, b.transfer());
        b.stop();

        ctxbench.bench.channels.sync.ChanThroughput s = new ctxbench.bench.channels.sync.ChanThroughput();
        s.cap = 0;
        s.impl = "sync";
        s.threads = "virtual";
        s.start();
        assertEquals(Transfer.BATCH_SUM, s.transfer());
        s.stop();
    }

    @Test
    void prodCons() throws Exception {
        ChanProdCons b = new ChanProdCons();
        b.pc = "4x4";
        b.cap = 0;
        b.impl = "ltq";
        b.threads = "virtual";
        b.start();
        b.transfer();
        b.stop();

        ctxbench.bench.channels.sync.ChanProdCons s = new ctxbench.bench.channels.sync.ChanProdCons();
        s.pc = "2x2";
        s.cap = 0;
        s.impl = "sync";
        s.threads = "platform";
        s.start();
        s.transfer();
        s.stop();
    }

    @ParameterizedTest(name = "sched={0}")
    @ValueSource(strings = {"go", "vt"})
    void select(String sched) {
        ChanSelect b = new ChanSelect();
        b.cases = 4;
        b.sched = sched;
        b.start();
        assertEquals(ChanSelect.BATCH_SUM, b.recv());
        assertEquals(ChanSelect.BATCH_SUM, b.recv());
        b.stop();
    }

    /** The go runtime's classes: the measured batch and the peers are Gs; each batch returns its known sum. */
    @Test
    void goRuntimeClasses() {
        ctxbench.bench.channels.go.ChanPingPong p = new ctxbench.bench.channels.go.ChanPingPong();
        p.cap = 0;
        p.impl = "model";
        p.sched = "go";
        p.start();
        int roundTripSum = 80 * 127 * 128 / 2; // a batch echoes 0..127 eighty times
        assertEquals(roundTripSum, p.roundTrip());
        assertEquals(roundTripSum, p.roundTrip());
        p.stop();

        ctxbench.bench.channels.go.ChanThroughput t = new ctxbench.bench.channels.go.ChanThroughput();
        t.cap = 16;
        t.impl = "model";
        t.sched = "go";
        t.start();
        assertEquals(4 * Transfer.BATCH_SUM, t.transfer());
        t.stop();

        ctxbench.bench.channels.go.ChanProdCons c = new ctxbench.bench.channels.go.ChanProdCons();
        c.pc = "4x4";
        c.cap = 0;
        c.impl = "model";
        c.sched = "go";
        c.start();
        c.transfer();
        c.transfer();
        c.stop();
    }

    @Test
    void goRuntimeClassesRunOnVirtualThreadsWithSchedVt() {
        ctxbench.bench.channels.go.ChanPingPong p = new ctxbench.bench.channels.go.ChanPingPong();
        p.cap = 1;
        p.impl = "model";
        p.sched = "vt";
        p.start();
        assertEquals(80 * 127 * 128 / 2, p.roundTrip());
        p.stop();
    }

    @Test
    void goRuntimeClassesRefuseTheJdkQueues() {
        // -p impl=abq on the command line: the set-up fails loudly instead of stalling the scheduler's Ps.
        ctxbench.bench.channels.go.ChanThroughput t = new ctxbench.bench.channels.go.ChanThroughput();
        t.cap = 0;
        t.impl = "abq";
        t.sched = "go";
        assertThrows(IllegalArgumentException.class, t::start);
    }

    @Test
    void anInvalidCombinationFailsItsSetUp() {
        // sync with cap>0 is never in a @Param list; given on the command line (-p) it fails loudly.
        ctxbench.bench.channels.sync.ChanThroughput s = new ctxbench.bench.channels.sync.ChanThroughput();
        s.cap = 16;
        s.impl = "sync";
        s.threads = "virtual";
        assertThrows(IllegalArgumentException.class, s::start);
    }
}
