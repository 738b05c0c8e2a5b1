package ctxbench.compare;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns padded to their widest cell, left or right aligned, two spaces apart. */
final class TextTable {
    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** A table with these column titles; {@code rightAligned[i]} right-aligns column i (numbers). */
    TextTable(List<String> header, boolean[] rightAligned) {
        this.header = header;
        this.rightAligned = rightAligned.clone();
    }

    /** Adds a row with one cell per column. */
    void add(List<String> cells) {
        if (cells.size() != header.size()) throw new IllegalArgumentException("row has " + cells.size() + " cells");
        rows.add(cells);
    }

    /**
     * The table, header first, each line without trailing spaces and ended by {@code \n}.
     *
     * @param hiddenColumn a column to leave out (e.g. one that is empty in every row), or -1
     */
    String render(int hiddenColumn) {
        int[] width = new int[header.size()];
        for (List<String> r : allRows()) {
            for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], r.get(i).length());
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : allRows()) {
            StringBuilder line = new StringBuilder();
            boolean first = true;
            for (int i = 0; i < r.size(); i++) {
                if (i == hiddenColumn) continue;
                if (!first) line.append("  ");
                first = false;
                String pad = " ".repeat(width[i] - r.get(i).length());
                line.append(rightAligned[i] ? pad + r.get(i) : r.get(i) + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
