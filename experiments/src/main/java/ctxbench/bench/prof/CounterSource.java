package ctxbench.bench.prof;

import java.io.IOException;

/** Where {@link ContextSwitchProfiler} reads the process's cumulative context-switch counters. */
interface CounterSource {
    /** The counters now. */
    CounterReading read() throws IOException;

    /** What is read, for messages: {@code getrusage(RUSAGE_SELF)} or {@code /proc/self/task/*}{@code /status}. */
    String description();
}
