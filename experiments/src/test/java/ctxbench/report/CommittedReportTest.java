package ctxbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.testing.Cli;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The repository's REPORT.md is exactly what {@code scripts/report.sh} makes of the committed
 * baseline run ({@code results/baseline}, a link to the run folder), and every image it links
 * exists: the report cannot drift from its results unnoticed.
 */
class CommittedReportTest {
    @Test
    void reportIsRegeneratedFromTheBaselineRun() throws IOException {
        Path report = ReportFixture.repositoryReport();
        Path baseline = report.resolveSibling("results/baseline").toRealPath();
        Cli c = Cli.run(Report.TOOL, "--check", "--report", report, baseline);
        assertEquals(0, c.status(), c.err() + "(to regenerate: scripts/report.sh results/" + baseline.getFileName() + ")");
    }
}
