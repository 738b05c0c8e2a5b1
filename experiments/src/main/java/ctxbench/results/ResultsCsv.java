package ctxbench.results;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads and writes {@code results.csv} and {@code samples.csv} exactly as
 * {@code docs/results-format.md} defines them: UTF-8, RFC 4180 quoting, {@code \n}, a header line.
 * Writes are atomic (temporary file + rename) and never replace an existing file unless
 * {@link WriteMode#REPLACE} is given. Reads ({@link CsvText}, that is Apache Commons CSV) accept
 * CRLF and a BOM, find columns by header name, and fail with a {@link MalformedResultsException}
 * naming the file and line, also for a number no benchmark can produce (negative or not finite).
 */
public final class ResultsCsv {
    /** The header of {@code results.csv}. */
    public static final List<String> RESULT_COLUMNS =
            List.of("source", "suite", "benchmark", "params", "metric", "unit", "score", "error", "samples");
    /** The header of {@code samples.csv}. */
    public static final List<String> SAMPLE_COLUMNS =
            List.of("source", "suite", "benchmark", "params", "metric", "unit", "fork", "iteration", "value");

    private ResultsCsv() {
    }

    /** Writes {@code rows} to a new file {@code file}; fails if it exists. */
    public static void writeResults(Path file, List<ResultRow> rows) throws IOException {
        writeResults(file, rows, WriteMode.CREATE_NEW);
    }

    /** Writes {@code rows} to {@code file}, replacing it only with {@link WriteMode#REPLACE}. */
    public static void writeResults(Path file, List<ResultRow> rows, WriteMode mode) throws IOException {
        write(file, RESULT_COLUMNS, rows, r -> {
            checkKey(r.key(), r.unit());
            if (!Double.isFinite(r.score())) throw new IllegalArgumentException(r.key().label() + ": score is " + r.score());
            if (r.samples() < 0) throw new IllegalArgumentException(r.key().label() + ": samples " + r.samples());
            return List.of(r.source(), r.suite(), r.benchmark(), r.params(), r.metric(), r.unit(),
                    DecimalText.format(r.score()), Double.isFinite(r.error()) ? DecimalText.format(r.error()) : "",
                    Integer.toString(r.samples()));
        }, mode);
    }

    /** Reads a {@code results.csv}. */
    public static List<ResultRow> readResults(Path file) throws IOException {
        List<ResultRow> rows = new ArrayList<>();
        for (Line l : lines(file, RESULT_COLUMNS)) {
            rows.add(new ResultRow(l.text("source"), l.text("suite"), l.text("benchmark"), l.params(),
                    l.text("metric"), l.text("unit"), l.measure("score"), l.optionalMeasure("error"),
                    l.count("samples", 0)));
        }
        return rows;
    }

    /** Writes {@code rows} to a new file {@code file}; fails if it exists. */
    public static void writeSamples(Path file, List<SampleRow> rows) throws IOException {
        writeSamples(file, rows, WriteMode.CREATE_NEW);
    }

    /** Writes {@code rows} to {@code file}, replacing it only with {@link WriteMode#REPLACE}. */
    public static void writeSamples(Path file, List<SampleRow> rows, WriteMode mode) throws IOException {
        write(file, SAMPLE_COLUMNS, rows, s -> {
            checkKey(s.key(), s.unit());
            if (!Double.isFinite(s.value())) throw new IllegalArgumentException(s.key().label() + ": value is " + s.value());
            if (s.fork() < 1 || s.iteration() < 1) {
                throw new IllegalArgumentException(s.key().label() + ": fork and iteration are numbered from 1");
            }
            return List.of(s.source(), s.suite(), s.benchmark(), s.params(), s.metric(), s.unit(),
                    Integer.toString(s.fork()), Integer.toString(s.iteration()), DecimalText.format(s.value()));
        }, mode);
    }

    /**
     * Writes the header {@code columns} and one record per row ({@code record} checks the row and
     * gives its fields; it throws {@link IllegalArgumentException} for a row the format cannot
     * hold, before anything is written), atomically ({@link AtomicFiles}).
     */
    private static <R> void write(Path file, List<String> columns, List<R> rows, Function<R, List<String>> record, WriteMode mode)
            throws IOException {
        StringBuilder out = new StringBuilder();
        CsvText.appendRecord(out, columns);
        for (R row : rows) CsvText.appendRecord(out, record.apply(row));
        AtomicFiles.write(file, out.toString(), mode);
    }

    /** Reads a {@code samples.csv}. */
    public static List<SampleRow> readSamples(Path file) throws IOException {
        List<SampleRow> rows = new ArrayList<>();
        for (Line l : lines(file, SAMPLE_COLUMNS)) {
            rows.add(new SampleRow(l.text("source"), l.text("suite"), l.text("benchmark"), l.params(),
                    l.text("metric"), l.text("unit"), l.count("fork", 1), l.count("iteration", 1), l.measure("value")));
        }
        return rows;
    }

    /** Reads a whole UTF-8 text file, with a clear message for missing, unreadable or non-UTF-8 files. */
    static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new MalformedResultsException(file, "no such file");
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new MalformedResultsException(file, "not UTF-8 text");
        }
    }

    private static void checkKey(SeriesKey k, String unit) {
        for (String f : new String[] {k.source(), k.suite(), k.benchmark(), k.metric(), unit}) {
            if (f == null || f.isEmpty()) throw new IllegalArgumentException(k + ": empty field");
        }
        Params.parse(k.params());
    }

    private static List<Line> lines(Path file, List<String> columns) throws IOException {
        List<CsvText.Record> records = CsvText.parse(file, readText(file), ',');
        if (records.isEmpty()) throw new MalformedResultsException(file, "empty file (no header line)");
        CsvText.Record header = records.get(0);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < header.fields().size(); k++) index.putIfAbsent(header.fields().get(k).trim(), k);
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new MalformedResultsException(file, header.line(),
                        "header lacks column '" + c + "' (expected " + String.join(",", columns) + ")");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (CsvText.Record r : records.subList(1, records.size())) {
            if (r.fields().size() != header.fields().size()) {
                throw new MalformedResultsException(file, r.line(), "expected " + header.fields().size()
                        + " fields but found " + r.fields().size() + " (truncated or malformed line)");
            }
            lines.add(new Line(file, r, index));
        }
        return lines;
    }

    /** One data line with its fields found by column name and checked as they are read. */
    private record Line(Path file, CsvText.Record record, Map<String, Integer> index) {
        /** The field of {@code column} as written. */
        String raw(String column) {
            return record.fields().get(index.get(column));
        }

        /** A text field that must not be empty. */
        String text(String column) throws MalformedResultsException {
            String v = raw(column);
            if (v.isEmpty()) throw fail(column + " is empty");
            return v;
        }

        /** The {@code params} field, checked to be canonical ({@link Params#parse}). */
        String params() throws MalformedResultsException {
            String v = raw("params");
            try {
                Params.parse(v);
            } catch (IllegalArgumentException e) {
                throw fail(e.getMessage());
            }
            return v;
        }

        /**
         * A measured quantity: a finite number that is not negative, as every metric of the format
         * (a time, a size, a count or a rate) is; a negative one is a corrupt file, not a result.
         */
        double measure(String column) throws MalformedResultsException {
            double v;
            try {
                v = DecimalText.parse(raw(column));
            } catch (NumberFormatException e) {
                throw fail(column + " '" + raw(column) + "' is not a number");
            }
            if (!Double.isFinite(v)) throw fail(column + " '" + raw(column) + "' is not finite");
            if (v < 0) throw fail(column + " '" + raw(column) + "' is negative");
            return v;
        }

        /** A {@link #measure} that may be missing (empty or {@code NaN}), read as NaN. */
        double optionalMeasure(String column) throws MalformedResultsException {
            String v = raw(column).trim();
            return v.isEmpty() || v.equals("NaN") ? Double.NaN : measure(column);
        }

        /** A whole number of at least {@code min}. */
        int count(String column, int min) throws MalformedResultsException {
            try {
                int v = Integer.parseInt(raw(column).trim());
                if (v < min) throw fail(column + " " + v + " is below " + min);
                return v;
            } catch (NumberFormatException e) {
                throw fail(column + " '" + raw(column) + "' is not a whole number");
            }
        }

        /** The exception for {@code what} is wrong on this line. */
        MalformedResultsException fail(String what) {
            return new MalformedResultsException(file, record.line(), what);
        }
    }
}
