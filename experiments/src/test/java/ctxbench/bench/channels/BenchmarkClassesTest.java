package ctxbench.bench.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

    @Test
    void select() {
        ChanSelect b = new ChanSelect();
        b.cases = 4;
        b.start();
        assertEquals(0, b.recv());
        assertEquals(1, b.recv());
        b.stop();
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
