package ctxbench.examples;

import ctxbench.context.CancelFunc;
import ctxbench.context.Context;
import ctxbench.errors.GoError;
import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import java.time.Duration;

/**
 * Seed 001, "缺点" (drawbacks): {@code http.TimeoutHandler} answers 503 when its deadline passes,
 * but the goroutine running the wrapped handler is not stopped; a handler that ignores its
 * request's context (the seed's {@code time.Sleep(1000 * time.Second)}) keeps running after its
 * request has been answered, and its late write fails with {@code http: Handler timeout}.
 *
 * <pre>{@code
 * func (h *timeoutHandler) ServeHTTP(w ResponseWriter, r *Request) {
 *     ctx, cancelCtx := context.WithTimeout(r.Context(), h.dt)
 *     defer cancelCtx()
 *     r = r.WithContext(ctx)
 *     done := make(chan struct{})
 *     tw := &timeoutWriter{w: w, h: make(Header), req: r}
 *     panicChan := make(chan interface{}, 1)
 *     go func() {
 *         defer func() { if p := recover(); p != nil { panicChan <- p } }()
 *         h.handler.ServeHTTP(tw, r)
 *         close(done)
 *     }()
 *     select {
 *     case p := <-panicChan: panic(p)
 *     case <-done:           // copy tw's status and body to w
 *     case <-ctx.Done():     // w.WriteHeader(503); io.WriteString(w, h.errorBody()); tw.err = ErrHandlerTimeout
 *     }
 * }
 * }</pre>
 *
 * Only the shape the seed shows is modelled: a request is its context, a response is a status and
 * a body, headers are left out. Run: {@code scripts/example.sh timeout-handler}.
 */
public final class TimeoutHandler {
    /** Go: {@code http.ErrHandlerTimeout}, returned by a timed-out handler's writes. */
    public static final GoError ERR_HANDLER_TIMEOUT = GoError.of("http: Handler timeout");
    /** Go: {@code http.StatusOK}. */
    public static final int STATUS_OK = 200;
    /** Go: {@code http.StatusServiceUnavailable}, what a timed-out request gets. */
    public static final int STATUS_SERVICE_UNAVAILABLE = 503;

    private TimeoutHandler() {}

    /** Go: {@code http.Request}, reduced to its context. */
    public record Request(Context context) {
        /** Go: {@code r.WithContext(ctx)}. */
        public Request withContext(Context ctx) {
            return new Request(ctx);
        }
    }

    /** Go: {@code http.ResponseWriter} without headers. */
    public interface ResponseWriter {
        /** Go: {@code WriteHeader(code)}. */
        void writeHeader(int code);

        /** Go: {@code Write(p)}: the error, or {@code null}. */
        GoError write(String body);
    }

    /** Go: {@code http.Handler}. */
    @FunctionalInterface
    public interface Handler {
        /** Go: {@code ServeHTTP(w, r)}. */
        void serveHTTP(ResponseWriter w, Request r);
    }

    /** Go: {@code httptest.ResponseRecorder}: keeps the status and body written to it. */
    public static final class Recorder implements ResponseWriter {
        private int code;
        private final StringBuilder body = new StringBuilder();

        @Override
        public synchronized void writeHeader(int code) {
            if (this.code == 0) {
                this.code = code;
            }
        }

        @Override
        public synchronized GoError write(String s) {
            writeHeader(STATUS_OK);
            body.append(s);
            return null;
        }

        /** The status written (200 if only the body was). */
        public synchronized int code() {
            return code;
        }

        /** The body written. */
        public synchronized String body() {
            return body.toString();
        }

        @Override
        public synchronized String toString() {
            return code + " " + body;
        }
    }

    /**
     * Go: {@code http.timeoutWriter}: buffers the handler's response; once the request has timed
     * out, every write returns {@link #ERR_HANDLER_TIMEOUT}.
     */
    private static final class TimeoutWriter implements ResponseWriter {
        private final Recorder buffered = new Recorder();
        private GoError err; // guarded by this (Go: tw.mu)

        @Override
        public synchronized void writeHeader(int code) {
            if (err == null) {
                buffered.writeHeader(code);
            }
        }

        @Override
        public synchronized GoError write(String body) {
            return err != null ? err : buffered.write(body);
        }
    }

    /** Go: {@code http.TimeoutHandler(h, dt, msg)}. */
    public static Handler timeoutHandler(Handler h, Duration dt, String msg) {
        return (w, r) -> serveWithTimeout(h, dt, msg, w, r);
    }

    /** Go: {@code timeoutHandler.ServeHTTP}, as in the seed's excerpt. */
    private static void serveWithTimeout(Handler h, Duration dt, String msg, ResponseWriter w, Request r) {
        CancelFunc cancelCtx = Context.withTimeout(r.context(), dt);
        Context ctx = cancelCtx.context();
        try { // defer cancelCtx()
            Request req = r.withContext(ctx);
            Chan<Void> done = Chan.make();
            TimeoutWriter tw = new TimeoutWriter();
            Chan<RuntimeException> panicChan = Chan.make(1);
            Goroutines.go(() -> {
                try {
                    h.serveHTTP(tw, req);
                } catch (RuntimeException p) { // defer func() { if p := recover(); p != nil { panicChan <- p } }()
                    panicChan.send(p);
                    return;
                }
                done.close();
            });
            Case<RuntimeException> panicked = Case.recv(panicChan);
            switch (Select.select(panicked, Case.recv(done), Case.recv(ctx.done()))) {
                case 0 -> throw panicked.value();
                case 1 -> {
                    synchronized (tw) {
                        w.writeHeader(tw.buffered.code() == 0 ? STATUS_OK : tw.buffered.code());
                        w.write(tw.buffered.body());
                    }
                }
                default -> {
                    synchronized (tw) {
                        w.writeHeader(STATUS_SERVICE_UNAVAILABLE);
                        if (ctx.err() == Context.DEADLINE_EXCEEDED) {
                            w.write(msg);
                            tw.err = ERR_HANDLER_TIMEOUT;
                        } else {
                            tw.err = ctx.err();
                        }
                    }
                }
            }
        } finally {
            cancelCtx.cancel();
        }
    }

    /**
     * The seed's handler: does its {@code work} without looking at the request's context (the
     * seed: {@code time.Sleep(1000 * time.Second)}), then writes "hello" and prints what that write
     * returned.
     */
    public static Handler contextBlindHandler(Runnable work, Stdout out) {
        return (w, r) -> {
            work.run();
            GoError err = w.write("hello");
            out.println("handler finished; its write returned: " + ContextTimeout.format(err));
        };
    }

    /**
     * The program: one request through {@code TimeoutHandler(handler, 1ms, "xxx")} (the seed's
     * values) with a {@link #contextBlindHandler} doing {@code work}; prints the response, the
     * handler goroutines still running when it was sent (1), and, once the handler has finished,
     * those left (0). Returns what it printed.
     */
    public static Stdout run(Stdout out, Runnable work) {
        long baseline = Settle.baseline();
        Handler handler = timeoutHandler(contextBlindHandler(work, out), Duration.ofMillis(1), "xxx");
        Recorder response = new Recorder();
        handler.serveHTTP(response, new Request(Context.background()));
        out.println("response: " + response);
        out.println("handler goroutines running after the response: " + Settle.goroutinesLeft(baseline, 1));
        out.println("handler goroutines running once it finished: " + Settle.goroutinesLeft(baseline, 0));
        return out;
    }

    /** Runs the program with a one-second handler, printing to stdout. */
    public static void main(String[] args) {
        run(Stdout.console(), () -> Time.sleep(Duration.ofSeconds(1)));
    }
}
