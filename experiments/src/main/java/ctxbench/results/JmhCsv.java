package ctxbench.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JMH's own CSV ({@code -rf csv}, or {@code -rf scsv} with {@code ;}) into result rows.
 * JMH writes it with {@code \r\n} line ends and formats numbers with {@code %f} in the JVM's default
 * locale, so a score may read {@code "1,234000"} (decimal comma, quoted); secondary metrics are rows
 * named {@code Class.method:gc.alloc.rate.norm} (older JMH: {@code :·gc.alloc.rate.norm}). Only the
 * primary metric ({@code time}), allocation per op ({@code alloc}) and context switches per op
 * ({@code ctxsw_voluntary}, {@code ctxsw_involuntary}) are kept. JMH's CSV has no raw samples, so
 * none are returned.
 */
public final class JmhCsv {
    private static final String PARAM_PREFIX = "Param: ";

    private JmhCsv() {
    }

    /** Whether {@code firstLine} (BOM already removed) is the header of a JMH CSV file. */
    static boolean isHeader(String firstLine) {
        return firstLine.startsWith("\"Benchmark\"") || firstLine.startsWith("Benchmark,")
                || firstLine.startsWith("Benchmark;");
    }

    /** Reads the result rows of a JMH CSV file; {@link MalformedResultsException} when it is not one. */
    public static List<ResultRow> read(Path file) throws IOException {
        String text = ResultsCsv.readText(file);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (!isHeader(body)) throw new MalformedResultsException(file, 1, "not a JMH CSV header (expected \"Benchmark\",...)");
        char delimiter = body.charAt(body.startsWith("\"") ? "\"Benchmark\"".length() : "Benchmark".length());
        List<CsvText.Record> records = CsvText.parse(file, text, delimiter);
        List<String> header = records.get(0).fields();
        int benchmark = column(file, header, "Benchmark");
        int samples = column(file, header, "Samples");
        int score = column(file, header, "Score");
        int error = column(file, header, "Score Error (99.9%)");
        int unit = column(file, header, "Unit");
        List<ResultRow> rows = new ArrayList<>();
        for (CsvText.Record r : records.subList(1, records.size())) {
            List<String> f = r.fields();
            if (f.size() != header.size()) {
                throw new MalformedResultsException(file, r.line(), "expected " + header.size() + " fields but found "
                        + f.size() + " (truncated or malformed line)");
            }
            String name = f.get(benchmark);
            int colon = name.indexOf(':');
            String metric = colon < 0 ? "time" : JmhNames.secondaryMetric(name.substring(colon + 1));
            if (metric == null) continue;
            try {
                JmhNames names = JmhNames.of(colon < 0 ? name : name.substring(0, colon));
                Map<String, String> params = new TreeMap<>();
                for (int k = 0; k < header.size(); k++) {
                    if (header.get(k).startsWith(PARAM_PREFIX) && !f.get(k).isEmpty()) {
                        params.put(header.get(k).substring(PARAM_PREFIX.length()), f.get(k));
                    }
                }
                rows.add(new ResultRow("java", names.suite(), names.benchmark(), Params.canonical(params), metric,
                        f.get(unit), DecimalText.parseLenient(f.get(score)), DecimalText.parseLenient(f.get(error)),
                        Integer.parseInt(f.get(samples).trim())));
            } catch (IllegalArgumentException e) { // includes NumberFormatException
                throw new MalformedResultsException(file, r.line(), e.getMessage());
            }
        }
        return rows;
    }

    private static int column(Path file, List<String> header, String name) throws MalformedResultsException {
        int i = header.indexOf(name);
        if (i < 0) throw new MalformedResultsException(file, 1, "JMH CSV header lacks column '" + name + "'");
        return i;
    }
}
