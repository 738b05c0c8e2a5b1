package ctxbench.results;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 text: splits a CSV document into records (quoted fields may hold the delimiter,
 * {@code ""} and line breaks; {@code \n} and {@code \r\n} both end a record; a leading UTF-8 BOM
 * and blank lines are skipped) and quotes fields for writing.
 */
public final class CsvText {
    /** One record and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    private CsvText() {
    }

    /**
     * Splits {@code text} into records.
     *
     * @param file only for error messages
     * @throws MalformedResultsException on a quote that is never closed or text after a closing quote
     */
    public static List<Record> parse(Path file, String text, char delimiter) throws MalformedResultsException {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int start = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean recordEnded = false;
            while (!recordEnded) {
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= n) throw new MalformedResultsException(file, start, "quoted field is never closed");
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < n && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            if (c == '\n') line++;
                            field.append(c);
                        }
                    }
                    if (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new MalformedResultsException(file, line, "text after a closing quote");
                    }
                }
                while (i < n && text.charAt(i) != delimiter && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    char c = text.charAt(i++);
                    if (c == '"') throw new MalformedResultsException(file, line, "quote inside an unquoted field");
                    field.append(c);
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i < n && text.charAt(i) == delimiter) {
                    i++;
                } else {
                    if (i < n && text.charAt(i) == '\r') i++;
                    if (i < n && text.charAt(i) == '\n') i++;
                    line++;
                    recordEnded = true;
                }
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                records.add(new Record(start, List.copyOf(fields)));
            }
        }
        return records;
    }

    /** Appends one record, quoting fields that hold the delimiter, a quote or a line break, and {@code \n}. */
    public static void appendRecord(StringBuilder out, List<String> fields) {
        for (int k = 0; k < fields.size(); k++) {
            if (k > 0) out.append(',');
            String f = fields.get(k);
            if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                out.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                out.append(f);
            }
        }
        out.append('\n');
    }
}
