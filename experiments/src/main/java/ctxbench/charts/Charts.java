package ctxbench.charts;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.ErrorLine;
import ctxbench.cli.Exit;
import ctxbench.results.MalformedResultsException;
import ctxbench.results.RunFolder;
import ctxbench.results.TimeSeriesFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/charts.sh RUN [RUN...]}: renders each run's charts as PNG and SVG into
 * {@code RUN/charts/}, headless and deterministically (same data, same bytes): bars with error bars
 * per suite and benchmark, log-log scaling lines, the percentile plot of {@code hdr/*.hgrm}, one
 * chart per {@code hdr/*-timeseries.csv}, and for every run after the first, the change of each
 * series against the first run. Every input is read and every chart drawn before any file is
 * written, so bad input changes nothing: one line {@code charts: <what>} on stderr, exit 2; a
 * chart that cannot be written: exit 1 ({@link Exit}).
 */
@Command(name = "charts.sh", synopsisHeading = "", customSynopsis = "usage: charts.sh RUN [RUN...]",
        description = {"Renders PNG and SVG charts of each run folder into RUN/charts/ (regenerated; stale .png/.svg removed).",
                "With more than one run, each later run also gets the change of every series against the first run."})
public final class Charts implements Callable<Integer> {
    /** The tool: a malformed input is bad input; command-line errors point to the usage line. */
    public static final CliTool.Entry TOOL = CliTool.named("charts").usageHint().badInput(MalformedResultsException.class).entry(Charts::new);

    @Mixin
    CliCommand cli;

    @Parameters(paramLabel = "RUN", description = "A run folder (results/<run-id>).")
    List<Path> dirs = new ArrayList<>();

    /** Runs charts and exits with its status. */
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        TOOL.main(args);
    }

    @Override
    public Integer call() throws BadInputException, IOException {
        if (dirs.isEmpty()) throw cli.usageError("expected at least one RUN folder");
        Map<RunInput, Map<String, byte[]>> rendered = new LinkedHashMap<>();
        try {
            ChartStyle.init();
            List<RunInput> runs = new ArrayList<>();
            for (Path dir : dirs) runs.add(RunInput.load(dir));
            for (RunInput run : runs) ChartsFolder.checkWritable(run.dir());
            for (int i = 0; i < runs.size(); i++) rendered.put(runs.get(i), render(chartsOf(runs.get(i), i == 0 ? null : runs.get(0))));
        } catch (MalformedResultsException e) {
            throw e;
        } catch (IOException e) {
            throw new BadInputException("cannot read input: " + ErrorLine.of(e));
        }
        try {
            for (Map.Entry<RunInput, Map<String, byte[]>> e : rendered.entrySet()) {
                int removed = ChartsFolder.replace(e.getKey().dir(), e.getValue());
                cli.out().println("charts: " + RunFolder.at(e.getKey().dir()).charts() + ": " + e.getValue().size()
                        + " files" + (removed > 0 ? ", " + removed + " stale removed" : ""));
            }
        } catch (IOException e) {
            throw new IOException("cannot write charts: " + ErrorLine.of(e), e);
        }
        return Exit.OK;
    }

    /** Every chart of one run, and its change charts against {@code baseline} unless that is null. */
    static List<NamedChart> chartsOf(RunInput run, RunInput baseline) {
        List<NamedChart> charts = new ArrayList<>();
        if (run.results() != null) {
            charts.addAll(BarCharts.of(run.results().results()));
            charts.addAll(ScalingCharts.of(run.results().results()));
            if (baseline != null && baseline.results() != null) {
                charts.addAll(ChangeChart.of(baseline.results(), baseline.name(), run.results()));
            }
        }
        charts.addAll(PercentileChart.of(run.hgrms()));
        for (TimeSeriesFile f : run.timeSeries()) charts.add(TimeSeriesChart.of(f));
        return charts;
    }

    /** PNG and SVG bytes of each chart by file name; a repeated name gets a {@code -2}, {@code -3}, ... suffix. */
    static Map<String, byte[]> render(List<NamedChart> charts) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (NamedChart c : charts) {
            String name = c.name();
            for (int k = 2; files.containsKey(name + ".png"); k++) name = c.name() + "-" + k;
            files.put(name + ".png", ChartRenderer.png(c));
            files.put(name + ".svg", ChartRenderer.svg(c));
        }
        return files;
    }
}
