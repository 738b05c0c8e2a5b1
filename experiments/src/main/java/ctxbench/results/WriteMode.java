package ctxbench.results;

/** Whether a result-file write may replace an existing file. */
public enum WriteMode {
    /** Fail with {@link java.nio.file.FileAlreadyExistsException} if the file exists (the default). */
    CREATE_NEW,
    /** Replace the file atomically if it exists (charts, the Go mirror adding its rows). */
    REPLACE
}
