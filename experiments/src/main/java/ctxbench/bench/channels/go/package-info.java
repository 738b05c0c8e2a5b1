/**
 * The rows of the channel suite that run on the model's own goroutine scheduler
 * ({@code sched=go}, {@code impl=model}): the same workloads as their namesakes in
 * {@code ctxbench.bench.channels}, with the measured side and every peer a goroutine (a G) of the
 * default {@link ctxbench.runtime.Sched}, as in the Go mirror, where the benchmark's loop and its
 * peers are goroutines. Each invocation runs a batch of operations inside one goroutine
 * ({@link ctxbench.runtime.Goroutines#run}), so a score is the model's work on Go's scheduler
 * model rather than the wake-up of JMH's thread.
 *
 * <p>Why separate classes: the JDK queues and jox block their carrier thread, which on this
 * runtime is an M owning a P (it would stall the P), so {@code sched=go} exists for
 * {@code impl=model} only; JMH cannot drop combinations of a parameter cross product, so, as with
 * {@code ctxbench.bench.channels.sync}, these classes hold exactly the valid ones. The runtime is
 * a parameter of its own, {@code sched} (as in {@code seed}, {@code timers}, {@code ChanSelect}
 * and {@code gobench}), not a value of {@code threads}: a profile's {@code -p threads=virtual}
 * then leaves these classes alone. Their simple names are the same on purpose: the result tools
 * name a row by simple class and method ({@code ChanPingPong.roundTrip}) and the suite by the
 * package under {@code ctxbench.bench} ({@code channels}), so these rows ({@code cap=0;impl=model;sched=go})
 * stand beside the others and, {@code sched=go} and {@code impl=model} being the model's values
 * of Java-only parameters, beside Go's ({@code BenchmarkChanPingPong_roundTrip/cap=0}).
 *
 * <p>{@code -p sched=vt} runs the same classes on virtual threads (the measured batch on a
 * virtual thread, the peers virtual threads); the default {@code sched} is {@code go} only, since
 * the {@code threads=virtual} rows of the main classes already measure the model on virtual threads.
 */
package ctxbench.bench.channels.go;
