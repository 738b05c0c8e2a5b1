/**
 * The {@code impl=sync} ({@code SynchronousQueue}) rows of the channel suite. A
 * {@code SynchronousQueue} is a rendezvous, so it exists for {@code cap = 0} only; JMH cannot skip
 * one combination of a parameter cross product, so these classes hold exactly the valid
 * combinations ({@code cap=0}, {@code impl=sync}) and run the same workloads as their namesakes in
 * {@code ctxbench.bench.channels}. Their simple names are the same on purpose: the result tools
 * name a row by simple class and method ({@code ChanPingPong.roundTrip}) and the suite by the
 * package under {@code ctxbench.bench} ({@code channels}), so these rows line up with the others.
 */
package ctxbench.bench.channels.sync;
