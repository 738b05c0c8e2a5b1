package ctxbench.charts;

import ctxbench.cli.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A percentile distribution as HdrHistogram's {@code outputPercentileDistribution} writes it
 * ({@code .hgrm}): a header line {@code Value Percentile TotalCount 1/(1-Percentile)}, then one line
 * per step with those columns (the last line, at percentile 1, has no fourth column), then
 * {@code #[Mean ...]} summary lines.
 *
 * @param name        the file name without {@code .hgrm}
 * @param values      the recorded value at each step
 * @param percentiles the percentile level of each step, 0..1
 */
record HgrmFile(String name, double[] values, double[] percentiles) {

    /**
     * Parses a {@code .hgrm} file.
     *
     * @throws BadInputException naming the file and line when it is not in that format
     */
    static HgrmFile parse(Path file) throws BadInputException, IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<double[]> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("Value")) continue;
            String[] cols = line.split("\\s+");
            if (cols.length < 3 || cols.length > 4) {
                throw new BadInputException(file + ":" + (i + 1) + ": not an HdrHistogram percentile line: '" + line + "'");
            }
            try {
                double value = Double.parseDouble(cols[0]);
                double percentile = Double.parseDouble(cols[1]);
                Long.parseLong(cols[2]);
                if (!(percentile >= 0 && percentile <= 1) || !Double.isFinite(value)) throw new NumberFormatException();
                steps.add(new double[] {value, percentile});
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + (i + 1) + ": not an HdrHistogram percentile line: '" + line + "'");
            }
        }
        if (steps.isEmpty()) throw new BadInputException(file + ": no percentile lines (not an HdrHistogram .hgrm file)");
        String name = file.getFileName().toString().replaceFirst("\\.hgrm$", "");
        return new HgrmFile(name, steps.stream().mapToDouble(s -> s[0]).toArray(),
                steps.stream().mapToDouble(s -> s[1]).toArray());
    }
}
