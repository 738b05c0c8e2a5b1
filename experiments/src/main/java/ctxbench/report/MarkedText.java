package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.results.ParamValues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * REPORT.md as hand-written text with generated regions between markers. A region is
 * {@code <!-- ctxbench:KIND NAME -->CONTENT<!-- /ctxbench -->}: KIND says what is generated
 * ({@link Kind}), NAME which fragment ({@link Fragments}); CONTENT is replaced on every run, the
 * text around it never. {@code table} regions hold lines (the markers stand on their own lines);
 * the other kinds sit inside a sentence and hold no line break.
 *
 * <p>Parsing is strict, so that a typo cannot silently turn a region into prose: every comment
 * that starts with {@code ctxbench} or {@code /ctxbench} must be exactly an opening or the closing
 * marker, regions do not nest, and every opening is closed. Errors name the file and line.
 */
final class MarkedText {
    private static final Pattern MARKER_LIKE = Pattern.compile("<!--\\s*/?\\s*ctxbench");
    private static final Pattern OPEN = Pattern.compile("<!-- ctxbench:([A-Za-z]+) ([A-Za-z0-9._-]+) -->");
    private static final String CLOSE = "<!-- /ctxbench -->";

    /** What a region holds. */
    enum Kind {
        /** A Markdown table (with its notes): whole lines. */
        TABLE,
        /** A number, e.g. a ratio with its interval, inside a sentence. */
        NUM,
        /** Words whose choice depends on the data, e.g. {@code slower than}, inside a sentence. */
        TEXT,
        /** An image link to one of the run's charts, or a note that the run has no data for it. */
        CHART;

        /** The word used in markers: {@code table}, {@code num}, ... */
        String word() {
            return ParamValues.of(this);
        }

        /** Whether the region holds whole lines. */
        boolean block() {
            return this == TABLE;
        }

        static Kind of(String word, String file, int line) throws BadInputException {
            return ParamValues.find(values(), word).orElseThrow(() -> new BadInputException(
                    file + ":" + line + ": unknown marker kind '" + word + "' (" + ParamValues.list(values()) + ")"));
        }
    }

    /**
     * One region's marker.
     *
     * @param kind what it holds
     * @param name the fragment's name
     * @param line the line of the opening marker (1-based)
     */
    record Marker(Kind kind, String name, int line) {
        /** {@code kind name}, as fragments are registered and errors name them. */
        String id() {
            return kind.word() + " " + name;
        }
    }

    private final String file;
    private final List<String> literals;
    private final List<Marker> markers;

    private MarkedText(String file, List<String> literals, List<Marker> markers) {
        this.file = file;
        this.literals = List.copyOf(literals);
        this.markers = List.copyOf(markers);
    }

    /**
     * Splits {@code text} into hand-written parts and regions.
     *
     * @param file the file's name, for messages
     * @throws BadInputException naming the file and line of a malformed, unknown, nested, unclosed or
     *                         stray marker, or of an inline region that spans lines
     */
    static MarkedText parse(String text, String file) throws BadInputException {
        List<String> literals = new ArrayList<>();
        List<Marker> markers = new ArrayList<>();
        Matcher any = MARKER_LIKE.matcher(text);
        int literalStart = 0;
        Marker open = null;
        int contentStart = 0;
        while (any.find()) {
            int at = any.start();
            int line = lineOf(text, at);
            if (text.startsWith(CLOSE, at)) {
                if (open == null) throw new BadInputException(file + ":" + line + ": " + CLOSE + " without an opening marker");
                if (!open.kind().block() && text.substring(contentStart, at).indexOf('\n') >= 0) {
                    throw new BadInputException(file + ":" + open.line() + ": " + open.kind().word() + " marker '" + open.name()
                            + "' spans lines; only table regions may (is its " + CLOSE + " missing?)");
                }
                markers.add(open);
                open = null;
                literalStart = at + CLOSE.length();
                continue;
            }
            Matcher m = OPEN.matcher(text).region(at, text.length());
            if (!m.lookingAt()) {
                int end = text.indexOf("-->", at);
                String shown = end < 0 ? text.substring(at, Math.min(text.length(), at + 40)) : text.substring(at, end + 3);
                throw new BadInputException(file + ":" + line + ": malformed marker '" + shown
                        + "' (expected <!-- ctxbench:KIND NAME --> or " + CLOSE + ")");
            }
            if (open != null) {
                throw new BadInputException(file + ":" + open.line() + ": marker '" + open.id() + "' is not closed before the marker on line "
                        + line);
            }
            open = new Marker(Kind.of(m.group(1), file, line), m.group(2), line);
            literals.add(text.substring(literalStart, m.end()));
            contentStart = m.end();
        }
        if (open != null) throw new BadInputException(file + ":" + open.line() + ": marker '" + open.id() + "' is never closed");
        literals.add(text.substring(literalStart));
        return new MarkedText(file, literals, markers);
    }

    /** The regions' markers, in file order. */
    List<Marker> markers() {
        return markers;
    }

    /** The file's name, for messages. */
    String file() {
        return file;
    }

    /** Generates the content of one region. */
    @FunctionalInterface
    interface Generator {
        /** The content for {@code marker}: lines ending in {@code \n} for tables, one line otherwise. */
        String content(Marker marker) throws BadInputException;
    }

    /**
     * The text with every region's content replaced by what {@code generator} gives; the
     * hand-written text is kept byte for byte. A table region becomes the opening marker, a line
     * break, the content's lines and the closing marker.
     *
     * @throws BadInputException when the generator fails, or gives a table that does not end its last
     *                         line or an inline content with a line break
     */
    String render(Generator generator) throws BadInputException {
        StringBuilder out = new StringBuilder(literals.get(0));
        for (int i = 0; i < markers.size(); i++) {
            Marker m = markers.get(i);
            String content = generator.content(m);
            if (m.kind().block()) {
                if (!content.isEmpty() && !content.endsWith("\n")) {
                    throw new BadInputException(file + ":" + m.line() + ": generated table '" + m.name() + "' does not end its last line");
                }
                out.append('\n').append(content);
            } else {
                if (content.indexOf('\n') >= 0) {
                    throw new BadInputException(file + ":" + m.line() + ": generated " + m.kind().word() + " '" + m.name() + "' holds a line break");
                }
                out.append(content);
            }
            out.append(CLOSE).append(literals.get(i + 1));
        }
        return out.toString();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }
}
