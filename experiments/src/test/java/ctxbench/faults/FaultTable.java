package ctxbench.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of {@code docs/bad-input.md}, read so that the tests run exactly what the document
 * promises: each row is one case, its cells in column order with the surrounding backticks
 * removed and {@code \|} (a pipe inside a Markdown table cell) unescaped.
 */
final class FaultTable {
    private FaultTable() {
    }

    /** One table row: its number (first column) and its other cells. */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return cells.get(column);
        }

        @Override
        public String toString() {
            return "#" + number + " " + cells.get(0) + ": " + cells.get(1);
        }
    }

    /** The document, found from the module folder (Maven's working directory) or the repository root. */
    static Path document() {
        return ScratchRepository.repositoryRoot().resolve("docs/bad-input.md");
    }

    /**
     * The rows of the first table under the heading {@code ## heading}.
     *
     * @throws IllegalStateException when there is no such table or a row has another number of cells than the header
     */
    static List<Row> rows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(document(), StandardCharsets.UTF_8);
        int at = lines.indexOf("## " + heading);
        if (at < 0) throw new IllegalStateException(document() + ": no section '## " + heading + "'");
        List<Row> rows = new ArrayList<>();
        int columns = -1;
        for (int i = at + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i);
            if (!line.startsWith("|")) {
                if (columns >= 0) break; // the end of the table
                continue;
            }
            List<String> cells = cells(line);
            if (columns < 0) {
                columns = cells.size();
                continue; // the header
            }
            if (cells.get(0).startsWith("---")) continue;
            if (cells.size() != columns) {
                throw new IllegalStateException(document() + ":" + (i + 1) + ": " + cells.size() + " cells, the header has " + columns);
            }
            rows.add(new Row(Integer.parseInt(cells.get(0)), List.copyOf(cells.subList(1, cells.size()))));
        }
        if (rows.isEmpty()) throw new IllegalStateException(document() + ": no table rows under '## " + heading + "'");
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) { // the leading pipe opens the first cell
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(unquote(cell.toString().strip()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return cells;
    }

    private static String unquote(String cell) {
        return cell.length() >= 2 && cell.startsWith("`") && cell.endsWith("`") ? cell.substring(1, cell.length() - 1) : cell;
    }
}
