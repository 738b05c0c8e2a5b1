package ctxbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class ErrorLineTest {
    @Test
    void fileSystemErrorsSayWhatHappenedToWhichPath() {
        assertEquals("/r/run/charts: permission denied", ErrorLine.of(new AccessDeniedException("/r/run/charts")));
        assertEquals("/r/x.csv: no such file or folder", ErrorLine.of(new NoSuchFileException("/r/x.csv")));
        assertEquals("/r/x.csv: No space left on device",
                ErrorLine.of(new FileSystemException("/r/x.csv", null, "No space left on device")));
    }

    @Test
    void gsonsHintLineIsDropped() {
        JsonParseException e = assertThrows(JsonParseException.class,
                () -> JsonParser.parseString("[{\"a\": 1"));
        String line = ErrorLine.of(e);
        assertEquals(-1, line.indexOf('\n'), line);
        assertEquals(false, line.contains("Troubleshooting"), line);
    }

    @Test
    void otherErrorsByMessageOrElseByClass() {
        assertEquals("bad value", ErrorLine.of(new IOException("bad value\n  at line 3")));
        assertEquals("java.lang.NullPointerException", ErrorLine.of(new NullPointerException()));
        assertEquals("interrupted", ErrorLine.of(new InterruptedException()));
    }

    @Test
    void aWrapperWhoseMessageIsItsCauseSaysTheCausesMessage() {
        assertEquals("End of input at line 1", ErrorLine.of(new JsonParseException(new EOFException("End of input at line 1"))));
        assertEquals("cannot convert", ErrorLine.of(new IOException("cannot convert", new IllegalStateException("x"))));
    }
}
