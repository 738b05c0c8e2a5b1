package ctxbench.check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small concurrent program over channels for the model checker: per thread, a list of
 * {@link ChanOp}s. Every scenario is written so that each of its runs ends in every correct
 * implementation (one thread closes every channel after only non-blocking operations, so every
 * blocked operation is released), so a run that does not end is a bug: Lincheck reports it as a
 * deadlock.
 *
 * @param name     what the scenario exercises
 * @param channels how many channels it uses (operations name them 0, 1)
 * @param threads  per thread, its operations in program order
 */
record Scenario(String name, int channels, List<List<ChanOp>> threads) {
    @SafeVarargs
    static Scenario of(String name, int channels, List<ChanOp>... threads) {
        return new Scenario(name, channels, List.of(threads));
    }

    /**
     * Runs the scenario once on {@code impl} with channels of {@code capacity}, one new platform
     * thread per scenario thread, and returns what happened, from which {@link Run#history()}
     * makes the {@link History} (outside the code the model checker explores, see
     * {@link ScenarioCheck}). Platform threads because Lincheck cannot model-check virtual
     * threads (see {@link ChanModelCheckTest}).
     */
    Run run(GoChan.Impl impl, int capacity) {
        GoChan[] chans = new GoChan[channels];
        for (int i = 0; i < channels; i++) {
            chans[i] = impl.make(capacity);
        }
        AtomicLong clock = new AtomicLong();
        List<Record> records = new ArrayList<>();
        List<Thread> started = new ArrayList<>();
        for (List<ChanOp> ops : threads) {
            Record r = new Record(ops);
            records.add(r);
            Thread t = new Thread(() -> r.run(impl, chans, clock));
            started.add(t);
            t.start();
        }
        for (Thread t : started) {
            joinUninterruptibly(t);
        }
        return new Run(this, capacity, records);
    }

    /** One run's raw records. */
    record Run(Scenario scenario, int capacity, List<Record> records) {
        /** The run as a {@link History} of formatted results. */
        History history() {
            return new History(scenario.channels(), capacity, records.stream().map(Record::events).toList());
        }
    }

    /**
     * What one thread did, kept raw (outcomes and clock ticks in arrays) while the model checker
     * watches, and turned into {@link History.Event}s afterwards.
     */
    static final class Record {
        private final List<ChanOp> ops;
        private final Object[] outcomes;
        private final long[] starts;
        private final long[] ends;

        Record(List<ChanOp> ops) {
            this.ops = ops;
            this.outcomes = new Object[ops.size()];
            this.starts = new long[ops.size()];
            this.ends = new long[ops.size()];
        }

        void run(GoChan.Impl impl, GoChan[] chans, AtomicLong clock) {
            for (int i = 0; i < outcomes.length; i++) {
                starts[i] = clock.incrementAndGet();
                outcomes[i] = ops.get(i).run(impl, chans);
                ends[i] = clock.incrementAndGet();
            }
        }

        List<History.Event> events() {
            List<History.Event> events = new ArrayList<>();
            for (int i = 0; i < outcomes.length; i++) {
                ChanOp op = ops.get(i);
                events.add(new History.Event(op, op.describe(outcomes[i]), starts[i], ends[i]));
            }
            return events;
        }
    }

    private static void joinUninterruptibly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
