package ctxbench.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * RFC 4180 text, the CSV of every file the tools read and write. Reading is Apache Commons CSV's
 * ({@link CSVFormat#RFC4180} with the file's delimiter): quoted fields may hold the delimiter,
 * {@code ""} and line breaks; {@code \n}, {@code \r\n} and {@code \r} end a record; a leading UTF-8
 * BOM and blank lines are skipped; a quote inside an unquoted field is kept as text. Each record
 * comes with the line it starts on, for messages. Writing quotes only the fields that hold the
 * delimiter, a quote or a line break: Commons CSV's printer would also quote an empty first field
 * and fields that start with a space or {@code #}, changing the bytes that
 * {@code docs/results-format.md} defines.
 */
public final class CsvText {
    private static final String UNCLOSED_QUOTE = "EOF reached before encapsulated token finished";
    private static final String TEXT_AFTER_QUOTE = "Invalid character between encapsulated token and delimiter";

    /** One record and the (1-based) line it starts on. */
    public record Record(int line, List<String> fields) {
    }

    private CsvText() {
    }

    /**
     * Splits {@code text} into records.
     *
     * @param file only for error messages
     * @throws MalformedResultsException naming the file and the record's first line, on a quote that
     *                                   is never closed or text after a closing quote
     */
    public static List<Record> parse(Path file, String text, char delimiter) throws MalformedResultsException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<Record> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, format)) {
            Iterator<CSVRecord> iterator = parser.iterator();
            while (true) {
                // all line breaks before a record belong to earlier ones: it starts on the next line
                int line = Math.toIntExact(parser.getCurrentLineNumber() + 1);
                try {
                    if (!iterator.hasNext()) break;
                } catch (UncheckedIOException e) {
                    throw new MalformedResultsException(file, line, problem(e.getCause()));
                }
                CSVRecord record = iterator.next();
                if (record.size() == 1 && record.get(0).isEmpty()) continue; // a blank line
                records.add(new Record(line, List.copyOf(record.toList())));
            }
        } catch (MalformedResultsException e) {
            throw e;
        } catch (IOException e) { // reading a String cannot fail
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** What is wrong, in the words of the other messages, from Commons CSV's exception. */
    private static String problem(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(UNCLOSED_QUOTE)) return "quoted field is never closed";
        if (message.contains(TEXT_AFTER_QUOTE)) return "text after a closing quote";
        return "not valid CSV: " + message;
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
