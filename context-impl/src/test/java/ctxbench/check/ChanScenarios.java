package ctxbench.check;

import ctxbench.check.ChanOp.Close;
import ctxbench.check.ChanOp.Len;
import ctxbench.check.ChanOp.Recv;
import ctxbench.check.ChanOp.Select;
import ctxbench.check.ChanOp.Send;
import ctxbench.check.ChanOp.TryRecv;
import ctxbench.check.ChanOp.TrySend;
import java.util.List;

/**
 * The model checker's channel scenarios: each a race Go's channel implementation must get right
 * (runtime/chan.go, runtime/select.go), with channel 0 ({@code A}) and channel 1 ({@code B}).
 * Run for capacities 0, 1 and 2, so each scenario meets parked senders, parked receivers and
 * buffered values. In each, the last thread closes every channel after non-blocking operations
 * only, so every correct run ends (see {@link Scenario}).
 */
final class ChanScenarios {
    private static final int A = 0;
    private static final int B = 1;

    private ChanScenarios() {}

    /** Every scenario. */
    static List<Scenario> all() {
        return List.of(
                Scenario.of("two senders, two receivers, close", 1,
                        List.of(new Send(A, 1), new Send(A, 2)),
                        List.of(new Recv(A), new Recv(A)),
                        List.of(new Close(A))),
                Scenario.of("close releases parked receivers", 1,
                        List.of(new Recv(A)),
                        List.of(new Recv(A)),
                        List.of(new TrySend(A, 1), new Close(A))),
                Scenario.of("close releases parked senders (they panic)", 1,
                        List.of(new Send(A, 1), new Send(A, 2)),
                        List.of(new Send(A, 3)),
                        List.of(new TryRecv(A), new Close(A))),
                Scenario.of("receive from a full buffer moves a parked sender's value (FIFO)", 1,
                        List.of(new Send(A, 1), new Send(A, 2), new Send(A, 3)),
                        List.of(new Recv(A), new Recv(A)),
                        List.of(new TryRecv(A), new Close(A))),
                Scenario.of("non-blocking operations and len against a parked receiver", 1,
                        List.of(new Recv(A)),
                        List.of(new TrySend(A, 1), new TrySend(A, 2)),
                        List.of(new Len(A), new Close(A))),
                Scenario.of("close of a closed channel panics once", 1,
                        List.of(new Close(A)),
                        List.of(new Close(A)),
                        List.of(new Recv(A))),
                Scenario.of("select receiving from two channels", 2,
                        List.of(Select.of(A, null, B, null), Select.of(A, null, B, null)),
                        List.of(new Send(A, 1)),
                        List.of(new TrySend(B, 2), new Close(A), new Close(B))),
                Scenario.of("select sending to two channels races close", 2,
                        List.of(Select.of(A, 1, B, 2)),
                        List.of(new Recv(A)),
                        List.of(new TryRecv(B), new Close(A), new Close(B))),
                Scenario.of("two selects meet each other (send on one, receive on the other)", 2,
                        List.of(Select.of(A, 1, B, null)),
                        List.of(Select.of(A, null, B, 2)),
                        List.of(new Select(true, A, null, B, 3), new Close(A), new Close(B))));
    }
}
