package ctxbench.charts;

import ctxbench.cli.BadInputException;
import ctxbench.results.ResultSet;
import ctxbench.results.RunFolder;
import ctxbench.results.TimeSeriesFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Everything in one run folder that can be charted, read and checked before anything is drawn:
 * the results (from {@code results.csv} + {@code samples.csv}, or {@code jmh.json}; absent when the
 * run has neither), {@code hdr/*.hgrm} and {@code hdr/*-timeseries.csv}, each in file-name order.
 *
 * @param dir        the run folder
 * @param results    the results, or null when the run has none
 * @param hgrms      the percentile distributions
 * @param timeSeries the time series
 */
record RunInput(Path dir, ResultSet results, List<HgrmFile> hgrms, List<TimeSeriesFile> timeSeries) {
    /** The suffix of time-series files in {@code hdr/}. */
    static final String TIMESERIES_SUFFIX = "-timeseries.csv";

    /** The run folder's name (its run id). */
    String name() {
        return dir.toAbsolutePath().normalize().getFileName().toString();
    }

    /**
     * Loads a run folder.
     *
     * @throws BadInputException when it is not a folder, holds nothing to chart, or a file is malformed
     */
    static RunInput load(Path dir) throws BadInputException, IOException {
        if (!Files.exists(dir)) throw new BadInputException(dir + ": no such run folder");
        if (!Files.isDirectory(dir)) throw new BadInputException(dir + ": not a run folder (give the folder results/<run-id>)");
        ResultSet results = null;
        RunFolder run = RunFolder.at(dir);
        if (Files.exists(run.resultsCsv()) || Files.exists(run.jmhJson())) {
            results = ResultSet.load(dir);
        }
        List<HgrmFile> hgrms = new ArrayList<>();
        List<TimeSeriesFile> series = new ArrayList<>();
        for (Path f : hdrFiles(run.hdr())) {
            String name = f.getFileName().toString();
            if (name.endsWith(".hgrm")) hgrms.add(HgrmFile.parse(f));
            if (name.endsWith(TIMESERIES_SUFFIX)) series.add(TimeSeriesFile.parse(f));
        }
        if (results == null && hgrms.isEmpty() && series.isEmpty()) {
            throw new BadInputException(dir + ": nothing to chart (no " + RunFolder.RESULTS_CSV + ", " + RunFolder.JMH_JSON + " or "
                    + RunFolder.HDR + "/ files)");
        }
        return new RunInput(dir, results, List.copyOf(hgrms), List.copyOf(series));
    }

    private static List<Path> hdrFiles(Path hdr) throws IOException {
        if (!Files.isDirectory(hdr)) return List.of();
        try (Stream<Path> files = Files.list(hdr)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
