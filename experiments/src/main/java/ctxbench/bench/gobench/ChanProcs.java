package ctxbench.bench.gobench;

import ctxbench.runtime.Case;
import ctxbench.runtime.Chan;
import ctxbench.runtime.Goroutines;
import ctxbench.runtime.Select;
import ctxbench.time.Time;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go 1.19's multi-goroutine channel benchmark bodies from src/runtime/chan_test.go, as plain
 * methods: each starts its goroutines on the runtime {@code sched}
 * ({@link Goroutines#go(String, Runnable)}: Gs of the model's scheduler for {@code go}, virtual
 * threads for {@code vt}), lets them share {@code chunks}
 * chunks of {@link #CALLS_PER_SCHED} operations through an atomic counter as Go does with
 * {@code atomic.AddInt32(&N, -1)}, and returns when they have all reported on the completion
 * channel {@code c}. {@link ChanBench} runs one call per JMH invocation, on a goroutine of the same
 * runtime ({@link GoroutineRuntime#call}); Go runs one per {@code b.N}, on the benchmark's
 * goroutine, with {@code chunks = b.N / CallsPerSched}.
 *
 * <p>Each returns what its goroutines reported on {@code c}, or-ed together, for the Blackhole:
 * {@code true} for {@link #chanSync} (Go's {@code c <- true}), Go's {@code foo == 42} (false) for the others.
 */
final class ChanProcs {
    /** Go: {@code const CallsPerSched = 1000}: operations per chunk. */
    static final int CALLS_PER_SCHED = 1000;

    /**
     * Where the goroutines' {@code foo} starts: Go's {@code foo := 0}, read from a non-final field so
     * that the JIT cannot prove {@code foo} stays 0 and drop the {@code foo *= 2; foo /= 2} work
     * loops (which Go 1.19's compiler keeps).
     */
    private static int fooStart = 0;

    private ChanProcs() {}

    /**
     * Go: {@code benchmarkChanSync(b, 0)}: two goroutines take chunks in turn; in an even chunk a
     * goroutine receives then sends on the unbuffered {@code myc}, in an odd one it sends then
     * receives, {@link #CALLS_PER_SCHED} times. Chunks are taken in pairs of consecutive numbers,
     * one even and one odd, so the two always pair up.
     *
     * @param chunks how many chunks; even (Go rounds {@code b.N / CallsPerSched} down to a multiple of 2)
     */
    static boolean chanSync(String sched, int chunks) {
        if (chunks % 2 != 0) {
            throw new IllegalArgumentException("chunks must be even, as Go makes them: " + chunks);
        }
        final int procs = 2;
        AtomicInteger n = new AtomicInteger(chunks);
        Chan<Boolean> c = Chan.make(procs);
        Chan<Integer> myc = Chan.make();
        for (int p = 0; p < procs; p++) {
            Goroutines.go(sched, () -> {
                for (;;) {
                    int i = n.decrementAndGet();
                    if (i < 0) {
                        break;
                    }
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        if (i % 2 == 0) {
                            myc.recv();
                            myc.send(0);
                        } else {
                            myc.send(0);
                            myc.recv();
                        }
                    }
                }
                c.send(true);
            });
        }
        boolean any = false;
        for (int p = 0; p < procs; p++) {
            any |= c.recv();
        }
        return any;
    }

    /**
     * Go: {@code benchmarkChanProdCons(b, chanSize, localWork)}: {@code procs} producers send
     * {@code 1} on {@code myc} (capacity {@code chanSize}) in chunks, after {@code localWork}
     * iterations of {@code foo *= 2; foo /= 2} each, and a final {@code 0}; {@code procs}
     * consumers receive until they get a {@code 0}, doing the same work per value.
     *
     * @param procs Go's {@code runtime.GOMAXPROCS(-1)}: producers, and as many consumers
     */
    static boolean prodCons(String sched, int procs, int chunks, int chanSize, int localWork) {
        AtomicInteger n = new AtomicInteger(chunks);
        Chan<Boolean> c = Chan.make(2 * procs);
        Chan<Integer> myc = Chan.make(chanSize);
        for (int p = 0; p < procs; p++) {
            Goroutines.go(sched, () -> {
                int foo = fooStart;
                while (n.decrementAndGet() >= 0) {
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        foo = work(foo, localWork);
                        myc.send(1);
                    }
                }
                myc.send(0);
                c.send(foo == 42);
            });
            Goroutines.go(sched, () -> {
                int foo = fooStart;
                for (;;) {
                    int v = myc.recv();
                    if (v == 0) {
                        break;
                    }
                    foo = work(foo, localWork);
                }
                c.send(foo == 42);
            });
        }
        return awaitAll(c, 2 * procs);
    }

    /**
     * Go: {@code BenchmarkSelectProdCons}: as {@link #prodCons} with {@code chanSize} 128 and 100
     * iterations of work, but every send and receive is a {@code select} that also waits on a
     * {@code time.After(time.Hour)} channel and on {@code myclose} (never closed): neither fires.
     * Each goroutine's cases are built once and reused (Go builds them on its stack).
     */
    static boolean selectProdCons(String sched, int procs, int chunks) {
        final int localWork = 100;
        AtomicInteger n = new AtomicInteger(chunks);
        Chan<Boolean> c = Chan.make(2 * procs);
        Chan<Integer> myc = Chan.make(128);
        Chan<Boolean> myclose = Chan.make();
        for (int p = 0; p < procs; p++) {
            Goroutines.go(sched, () -> {
                int foo = fooStart;
                Chan<Instant> mytimer = Time.after(Duration.ofHours(1)); // intended not to fire
                Case<?>[] send = {Case.send(myc, 1), Case.recv(mytimer), Case.recv(myclose)};
                while (n.decrementAndGet() >= 0) {
                    for (int g = 0; g < CALLS_PER_SCHED; g++) {
                        foo = work(foo, localWork);
                        Select.select(send);
                    }
                }
                myc.send(0);
                c.send(foo == 42);
            });
            Goroutines.go(sched, () -> {
                int foo = fooStart;
                Chan<Instant> mytimer = Time.after(Duration.ofHours(1)); // intended not to fire
                Case<Integer> recv = Case.recv(myc);
                Case<?>[] cases = {recv, Case.recv(mytimer), Case.recv(myclose)};
                for (;;) {
                    if (Select.select(cases) == 0 && recv.value() == 0) {
                        break;
                    }
                    foo = work(foo, localWork);
                }
                c.send(foo == 42);
            });
        }
        return awaitAll(c, 2 * procs);
    }

    /** Go's model of local work: {@code for i := 0; i < localWork; i++ { foo *= 2; foo /= 2 }}. */
    private static int work(int foo, int localWork) {
        for (int i = 0; i < localWork; i++) {
            foo *= 2;
            foo /= 2;
        }
        return foo;
    }

    /** Go: {@code for p := 0; p < procs; p++ { <-c; <-c }}: waits for every goroutine's report. */
    private static boolean awaitAll(Chan<Boolean> c, int reports) {
        boolean any = false;
        for (int i = 0; i < reports; i++) {
            any |= c.recv();
        }
        return any;
    }
}
