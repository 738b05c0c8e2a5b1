package ctxbench.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.examples.TimeoutHandler.Handler;
import ctxbench.examples.TimeoutHandler.Recorder;
import ctxbench.examples.TimeoutHandler.Request;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.GoPanic;
import ctxbench.runtime.Select;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seed 001's {@code http.TimeoutHandler} ({@link TimeoutHandler}): a timed-out request gets 503
 * while its handler goroutine keeps running; the handler's late write fails. Handlers are held on
 * a gate instead of sleeping, so the order of events is fixed.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class TimeoutHandlerTest {
    private static Recorder serve(Handler handler, Duration dt) {
        Recorder response = new Recorder();
        TimeoutHandler.timeoutHandler(handler, dt, "xxx").serveHTTP(response, new Request(Context.background()));
        return response;
    }

    @Test
    void aTimedOutRequestGets503WhileItsHandlerRunsOnAndFailsToWriteLater() {
        long baseline = Settle.baseline();
        Chan<Void> gate = Chan.make();
        Chan<GoError> lateWrite = Chan.make(1);
        Recorder response = serve((w, r) -> {
            gate.recv(); // ignores r's context, as the seed's time.Sleep(1000 * time.Second)
            lateWrite.send(w.write("hello"));
        }, Duration.ofMillis(20));
        assertEquals(503, response.code());
        assertEquals("xxx", response.body());
        assertEquals(1, Settle.goroutinesLeft(baseline, 1), "the handler goroutine outlives its request");
        gate.close();
        assertSame(TimeoutHandler.ERR_HANDLER_TIMEOUT, lateWrite.recv());
        assertEquals("http: Handler timeout", TimeoutHandler.ERR_HANDLER_TIMEOUT.error());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
        assertEquals("503 xxx", response.toString(), "the late write does not reach the response");
    }

    @Test
    void aHandlerWithinTheDeadlineIsAnsweredWithItsOwnResponse() {
        long baseline = Settle.baseline();
        Recorder response = serve((w, r) -> w.write("hello"), Settle.LIMIT);
        assertEquals("200 hello", response.toString());
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    @Test
    void aHandlersStatusIsCopied() {
        Recorder response = serve((w, r) -> w.writeHeader(404), Settle.LIMIT);
        assertEquals("404 ", response.toString());
    }

    /**
     * The fix the seed implies: a handler that selects on its request's context ends with the
     * request, so nothing outlives it. It returns at the deadline, so ServeHTTP's select may find
     * both {@code done} and {@code ctx.Done()} ready and, as in Go, answer with either: 503 and the
     * message, or the handler's own (empty) 200.
     */
    @Test
    void aHandlerThatWatchesItsContextEndsWithItsRequest() {
        long baseline = Settle.baseline();
        Chan<Void> neverOpened = Chan.make();
        Recorder response = serve((w, r) -> Select.select(Case.recv(neverOpened), Case.recv(r.context().done())),
                Duration.ofMillis(20));
        assertTrue(Set.of("503 xxx", "200 ").contains(response.toString()), response::toString);
        assertEquals(0, Settle.goroutinesLeft(baseline, 0));
    }

    /** Go: a panic in the handler goroutine is re-raised by ServeHTTP in the caller's goroutine. */
    @Test
    void aPanicInTheHandlerIsRaisedByServeHttp() {
        GoPanic p = assertThrows(GoPanic.class, () -> serve((w, r) -> {
            throw new GoPanic("boom");
        }, Settle.LIMIT));
        assertEquals("boom", p.getMessage());
    }

    /** The program, with a handler that goes on only once the response and the running count are printed. */
    @Test
    void theProgramShowsTheHandlerOutlivingItsResponse() {
        Stdout out = Stdout.captured();
        TimeoutHandler.run(out, () -> Settle.until(() -> out.lines().size() >= 2));
        assertEquals(List.of(
                "response: 503 xxx",
                "handler goroutines running after the response: 1",
                "handler finished; its write returned: http: Handler timeout",
                "handler goroutines running once it finished: 0"), out.lines());
    }
}
