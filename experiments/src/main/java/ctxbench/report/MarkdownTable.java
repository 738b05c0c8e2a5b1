package ctxbench.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A GitHub-flavoured Markdown table with notes under it, as a table region's content: a blank
 * line, the table (columns padded so the source reads as a table too; a column whose every cell is a
 * number — starts with a digit, a sign or {@link Fmt#NONE} — right-aligned, the others left-aligned),
 * the notes, a blank line. The blank lines keep the table apart from the
 * markers around it. A table without rows renders as its {@link #emptyText} instead.
 */
final class MarkdownTable {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private String emptyText = "*This run has no data for this table.*";

    /** A table with these column titles. */
    MarkdownTable(List<String> header) {
        this.header = header.stream().map(MarkdownTable::escape).toList();
    }

    /** Adds a row; it must have one cell per column. */
    MarkdownTable row(List<String> cells) {
        if (cells.size() != header.size()) {
            throw new IllegalArgumentException("row has " + cells.size() + " cells, header " + header.size());
        }
        rows.add(cells.stream().map(MarkdownTable::escape).toList());
        return this;
    }

    /** Adds a note under the table (each distinct note once, in the order first added). */
    MarkdownTable note(String note) {
        notes.add(note);
        return this;
    }

    /** What the region says when there are no rows, e.g. which benchmark the run lacks. */
    MarkdownTable whenEmpty(String text) {
        this.emptyText = text;
        return this;
    }

    /** Whether no row was added. */
    boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The region's content (see the class comment). */
    String render() {
        StringBuilder out = new StringBuilder("\n");
        if (rows.isEmpty()) return out.append(emptyText).append("\n\n").toString();
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = Math.max(3, header.get(c).length());
            for (List<String> r : rows) width[c] = Math.max(width[c], r.get(c).length());
        }
        boolean[] right = new boolean[width.length];
        for (int c = 0; c < width.length; c++) right[c] = numeric(c);
        line(out, header, width, right);
        List<String> rule = new ArrayList<>();
        for (int c = 0; c < width.length; c++) rule.add(right[c] ? "-".repeat(width[c] - 1) + ":" : "-".repeat(width[c]));
        line(out, rule, width, right);
        for (List<String> r : rows) line(out, r, width, right);
        if (!notes.isEmpty()) {
            out.append('\n');
            for (String n : notes) out.append(n).append("  \n");
            out.setLength(out.length() - 3);
            out.append('\n');
        }
        return out.append('\n').toString();
    }

    /** A cell's text with {@code |} escaped, so that it cannot end the cell. */
    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    /** Whether every cell of column {@code c} reads as a number (or is empty of data). */
    private boolean numeric(int c) {
        for (List<String> r : rows) {
            String cell = r.get(c);
            if (cell.isEmpty() || cell.equals(Fmt.NONE)) continue;
            char first = cell.charAt(0);
            if (!Character.isDigit(first) && first != '+' && first != '-' && first != '−') return false;
        }
        return true;
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean[] right) {
        out.append('|');
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(Math.max(0, width[c] - cells.get(c).length()));
            out.append(' ').append(right[c] ? pad + cell : cell + pad).append(" |");
        }
        out.append('\n');
    }
}
