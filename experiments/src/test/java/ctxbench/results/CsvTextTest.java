package ctxbench.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading CSV through Commons CSV: records, the lines they start on, and the messages for bad quoting. */
class CsvTextTest {
    private static final Path FILE = Path.of("f.csv");

    @Test
    void quotedFieldsMayHoldDelimitersQuotesAndLineBreaks() throws MalformedResultsException {
        List<CsvText.Record> records = CsvText.parse(FILE, "a,b\n\"x,1\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\nlast,row", ',');
        assertEquals(List.of(new CsvText.Record(1, List.of("a", "b")), new CsvText.Record(2, List.of("x,1", "say \"hi\"")),
                new CsvText.Record(3, List.of("two\nlines", "z")), new CsvText.Record(5, List.of("last", "row"))), records);
    }

    /** Line numbers count every line break, CRLF as one, blank lines (skipped) and a BOM included. */
    @Test
    void linesAreCountedAcrossCrlfBlankLinesAndBom() throws MalformedResultsException {
        List<CsvText.Record> records = CsvText.parse(FILE, "\uFEFFh1;h2\r\n\r\n1;2\r\n\n\n3;4\r\n", ';');
        assertEquals(List.of(new CsvText.Record(1, List.of("h1", "h2")), new CsvText.Record(3, List.of("1", "2")),
                new CsvText.Record(6, List.of("3", "4"))), records);
        assertEquals(List.of(), CsvText.parse(FILE, "", ','));
        assertEquals(List.of(new CsvText.Record(1, List.of("", ""))), CsvText.parse(FILE, ",\n", ','));
    }

    @Test
    void badQuotingNamesTheLineTheRecordStartsOn() {
        assertEquals("f.csv:2: quoted field is never closed", assertThrows(MalformedResultsException.class,
                () -> CsvText.parse(FILE, "a,b\n\"open,1\nmore\n", ',')).getMessage());
        assertEquals("f.csv:3: text after a closing quote", assertThrows(MalformedResultsException.class,
                () -> CsvText.parse(FILE, "a,b\n\n\"x\"y,1\n", ',')).getMessage());
    }

    @Test
    void writesMinimalQuoting() {
        StringBuilder out = new StringBuilder();
        CsvText.appendRecord(out, List.of("", "plain", "a,b", "say \"hi\"", "two\nlines", " #x"));
        assertEquals(",plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\", #x\n", out.toString());
    }
}
