package ctxbench.bench.prof;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Per-thread context-switch counters from Linux's {@code /proc/self/task/<tid>/status}, lines
 * {@code voluntary_ctxt_switches:} and {@code nonvoluntary_ctxt_switches:} (see {@code man 5 proc}).
 * Each file describes one live thread; a thread that has exited has no file any more, so its
 * switches are gone from every later reading ({@link CounterReading#since} loses what it did after
 * the earlier reading). {@code /proc/self/status} is no way round that: its counts are the main
 * thread's only, like any task's.
 */
final class ProcTaskCounters implements CounterSource {
    /** The line of a thread's voluntary switches. */
    static final String VOLUNTARY_KEY = "voluntary_ctxt_switches:";
    /** The line of a thread's involuntary switches. */
    static final String INVOLUNTARY_KEY = "nonvoluntary_ctxt_switches:";

    private final Path taskDirectory;

    /** Reads the threads under {@code taskDirectory}, normally {@code /proc/self/task}. */
    ProcTaskCounters(Path taskDirectory) {
        this.taskDirectory = taskDirectory;
    }

    /** The task folder read. */
    Path taskDirectory() {
        return taskDirectory;
    }

    /**
     * The counters of every thread alive now, keyed by thread id. A thread that exits between the
     * listing and the read of its file is left out.
     *
     * @throws IOException if the folder cannot be listed, or a status file cannot be read or lacks the two lines
     */
    @Override
    public CounterReading read() throws IOException {
        Map<String, ContextSwitches> threads = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(taskDirectory)) {
            for (Path task : tasks) {
                Path status = task.resolve("status");
                String text;
                try {
                    text = Files.readString(status, StandardCharsets.UTF_8);
                } catch (NoSuchFileException e) {
                    continue; // the thread exited after the listing
                } catch (IOException e) {
                    if (!Files.exists(task)) continue; // exited while being read (ESRCH)
                    throw e;
                }
                try {
                    threads.put(task.getFileName().toString(), parseStatus(text));
                } catch (IllegalArgumentException e) {
                    throw new IOException(status + ": " + e.getMessage(), e);
                }
            }
        }
        return new CounterReading(threads);
    }

    @Override
    public String description() {
        return taskDirectory + "/*/status";
    }

    /**
     * The two counts of one {@code status} file's text.
     *
     * @throws IllegalArgumentException if either line is missing or its value is not a count
     */
    static ContextSwitches parseStatus(String text) {
        long voluntary = -1;
        long involuntary = -1;
        for (String line : text.split("\n")) {
            if (line.startsWith(VOLUNTARY_KEY)) {
                voluntary = count(line, VOLUNTARY_KEY);
            } else if (line.startsWith(INVOLUNTARY_KEY)) {
                involuntary = count(line, INVOLUNTARY_KEY);
            }
        }
        if (voluntary < 0) throw new IllegalArgumentException("no '" + VOLUNTARY_KEY + "' line");
        if (involuntary < 0) throw new IllegalArgumentException("no '" + INVOLUNTARY_KEY + "' line");
        return new ContextSwitches(voluntary, involuntary);
    }

    private static long count(String line, String key) {
        String value = line.substring(key.length()).strip();
        try {
            long n = Long.parseLong(value);
            if (n >= 0) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + key + "' is not a count: '" + value + "'");
    }
}
