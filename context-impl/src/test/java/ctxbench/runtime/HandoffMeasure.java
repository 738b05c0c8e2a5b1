package ctxbench.runtime;

import com.sun.management.OperatingSystemMXBean;
import ctxbench.time.Time;
import java.lang.management.ManagementFactory;
import java.time.Duration;

/**
 * A first number, not a test: the cost of a goroutine hand-off under the runtime chosen by
 * {@code ctxbench.sched} ({@code go}: {@link Sched#get()}; {@code vt}: virtual threads).
 * <ul>
 *   <li>ping-pong: two goroutines send a value back and forth over two unbuffered channels;
 *       ns per round trip (two hand-offs, each a park and a ready);</li>
 *   <li>seed: the seed's request shape, in a loop inside one goroutine: start a worker that sends
 *       on a buffered(1) channel, then select on that channel and {@code time.After(200ms)}.</li>
 * </ul>
 * Run (after {@code mvn -pl context-impl test-compile}) with
 * {@code java --add-exports java.base/jdk.internal.vm=ALL-UNNAMED -Dctxbench.sched=go|vt
 * -cp context-impl/target/classes:context-impl/target/test-classes ctxbench.runtime.HandoffMeasure}.
 */
public final class HandoffMeasure {
    private HandoffMeasure() {}

    /** Prints ns/op of both shapes, wall-clock and process CPU time, for the chosen runtime (five repetitions; the first ones warm up). */
    public static void main(String[] args) throws InterruptedException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        String mode = Sched.mode();
        String procs = mode.equals("go") ? "gomaxprocs=" + Sched.get().gomaxprocs() : "virtual threads";
        for (int rep = 0; rep < 5; rep++) {
            long[] pingPong = onGoroutine(() -> pingPong(rounds));
            long[] seed = onGoroutine(() -> seed(rounds / 4));
            System.out.printf("%s (%s) rep %d: ping-pong %d ns/round-trip (cpu %d), seed %d ns/request (cpu %d)%n",
                    mode, procs, rep, pingPong[0] / rounds, pingPong[1] / rounds, seed[0] / (rounds / 4), seed[1] / (rounds / 4));
        }
    }

    /** Runs {@code body} on a goroutine of the chosen runtime; returns the wall-clock and process CPU nanoseconds it took. */
    private static long[] onGoroutine(Runnable body) throws InterruptedException {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        if (Sched.mode().equals("go")) {
            Sched.get().run(body);
        } else {
            Goroutine g = Goroutines.go(body);
            if (!g.join(Duration.ofMinutes(5))) {
                throw new IllegalStateException("measurement did not finish");
            }
        }
        return new long[] {System.nanoTime() - start, os.getProcessCpuTime() - cpu};
    }

    private static void pingPong(int rounds) {
        Chan<Integer> ping = Chan.make();
        Chan<Integer> pong = Chan.make();
        Goroutines.go(() -> {
            for (int i = 0; i < rounds; i++) {
                pong.send(ping.recv());
            }
        });
        for (int i = 0; i < rounds; i++) {
            ping.send(i);
            pong.recv();
        }
    }

    private static void seed(int requests) {
        Duration timeout = Duration.ofMillis(200);
        for (int i = 0; i < requests; i++) {
            Chan<Integer> result = Chan.make(1);
            int v = i;
            Goroutines.go(() -> result.send(v));
            if (Select.select(Case.recv(result), Case.recv(Time.after(timeout))) != 0) {
                throw new IllegalStateException("the worker took longer than the timeout");
            }
        }
    }
}
