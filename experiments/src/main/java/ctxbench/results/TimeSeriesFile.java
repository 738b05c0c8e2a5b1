package ctxbench.results;

import ctxbench.cli.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A load experiment's {@code *-timeseries.csv}: a {@code t_ms} column (milliseconds since start)
 * followed by named series. Columns whose every non-empty cell is a number are kept; an empty cell
 * is a gap (NaN).
 *
 * @param name    the file name without {@code .csv}
 * @param t       the {@code t_ms} values
 * @param columns each numeric column's values by name, in file order
 */
public record TimeSeriesFile(String name, double[] t, Map<String, double[]> columns) {
    /** The name of the time column. */
    static final String TIME = "t_ms";

    /**
     * Parses a time-series file.
     *
     * @throws BadInputException naming the file (and line) when it has no {@code t_ms} column first,
     *                         no rows, a row of the wrong length, a non-numeric time or no numeric series
     */
    public static TimeSeriesFile parse(Path file) throws BadInputException, IOException {
        List<CsvText.Record> records = CsvText.parse(file, Files.readString(file, StandardCharsets.UTF_8), ',');
        if (records.isEmpty() || !records.get(0).fields().get(0).strip().equals(TIME)) {
            throw new BadInputException(file + ": first column must be " + TIME);
        }
        List<String> header = records.get(0).fields();
        if (records.size() < 2) throw new BadInputException(file + ": no rows");
        int rows = records.size() - 1;
        double[][] cells = new double[header.size()][rows];
        boolean[] numeric = new boolean[header.size()];
        Arrays.fill(numeric, true);
        for (int r = 0; r < rows; r++) {
            CsvText.Record record = records.get(r + 1);
            if (record.fields().size() != header.size()) {
                throw new BadInputException(file + ":" + record.line() + ": expected " + header.size() + " fields but found "
                        + record.fields().size());
            }
            for (int c = 0; c < header.size(); c++) {
                String cell = record.fields().get(c).strip();
                try {
                    cells[c][r] = cell.isEmpty() ? Double.NaN : DecimalText.parse(cell);
                } catch (NumberFormatException e) {
                    if (c == 0) throw new BadInputException(file + ":" + record.line() + ": t_ms '" + cell + "' is not a number");
                    numeric[c] = false;
                }
            }
            if (Double.isNaN(cells[0][r])) throw new BadInputException(file + ":" + record.line() + ": t_ms is empty");
        }
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 1; c < header.size(); c++) if (numeric[c]) columns.put(header.get(c).strip(), cells[c]);
        if (columns.isEmpty()) throw new BadInputException(file + ": no numeric series besides " + TIME);
        return new TimeSeriesFile(file.getFileName().toString().replaceFirst("\\.csv$", ""), cells[0], columns);
    }
}
