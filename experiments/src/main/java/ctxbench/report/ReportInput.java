package ctxbench.report;

import ctxbench.results.RunFolder;
import java.nio.file.Path;

/**
 * What a fragment is generated from: the run, and the folder of the report file (chart links are
 * relative to it, e.g. {@code results/<run>/charts/<file>.png} for REPORT.md at the repository root).
 *
 * @param run                the run's data
 * @param reportDir          the report file's folder, absolute
 * @param linkMissingCharts  link a chart whose data the run has even when the file is missing
 *                           ({@code --check}: the missing image is then reported as such), instead
 *                           of refusing to generate
 */
record ReportInput(RunData run, Path reportDir, boolean linkMissingCharts) {

    /** The link from the report to {@code file} in the run's {@code charts/}, with {@code /} separators. */
    String chartLink(String file) {
        return link(RunFolder.at(run.dir()).charts().resolve(file));
    }

    /** The link from the report to {@code target}, a file in the run's folder, with {@code /} separators. */
    String link(Path target) {
        return reportDir.relativize(target).toString().replace(java.io.File.separatorChar, '/');
    }
}
