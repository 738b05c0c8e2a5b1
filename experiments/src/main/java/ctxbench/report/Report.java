package ctxbench.report;

import ctxbench.cli.BadInputException;
import ctxbench.cli.CliCommand;
import ctxbench.cli.CliTool;
import ctxbench.cli.Exit;
import ctxbench.results.AtomicFiles;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code scripts/report.sh [--check] RUN}: regenerates every generated region of REPORT.md
 * ({@link MarkedText}: tables, inline numbers, data-dependent words, chart links) from the files of
 * one run folder, so the report never drifts from the results; the hand-written text is kept byte
 * for byte, and a second run changes nothing.
 *
 * <ul>
 *   <li>Default: regenerates and, when the text changes, writes REPORT.md through a temporary file
 *       and a rename. It refuses (writes nothing) when a region's marker is unknown or malformed,
 *       the run cannot be read, or the result would link an image that does not exist.</li>
 *   <li>{@code --check}: writes nothing; fails when regenerating would change REPORT.md or when
 *       REPORT.md links an image that does not exist (for CI).</li>
 * </ul>
 * Exit status: 0 done (or up to date), 1 {@code --check} found a difference or a missing image
 * (one line each, {@code report: <what>}), 2 bad input or usage (one line {@code report: <what>},
 * REPORT.md untouched); see {@link Exit}.
 */
@Command(name = "report.sh", sortOptions = false, synopsisHeading = "", customSynopsis = "usage: report.sh [--check] RUN",
        description = {"Regenerates the tables, numbers, words and chart links between <!-- ctxbench:... --> markers in REPORT.md "
                + "from the run folder RUN (results/<run-id>; draw its charts first: scripts/charts.sh RUN)."})
public final class Report implements Callable<Integer> {
    /** The tool: an unreadable input is bad input; command-line errors point to the usage line. */
    public static final CliTool.Entry TOOL = CliTool.named("report").usageHint().badInput(IOException.class).entry(Report::new);

    @Mixin
    CliCommand cli;

    @Option(names = "--check", description = "Write nothing; exit 1 if regenerating would change REPORT.md or an image it links is missing.")
    boolean check;

    @Option(names = "--report", paramLabel = "FILE", defaultValue = "REPORT.md",
            description = "The report to regenerate (report.sh passes the repository's REPORT.md).")
    Path report;

    @Parameters(paramLabel = "RUN", description = "The run folder (results/<run-id>).")
    List<Path> runs = new ArrayList<>();

    /** Runs the report tool and exits with its status. */
    public static void main(String[] args) {
        TOOL.main(args);
    }

    @Override
    public Integer call() throws BadInputException, IOException {
        if (runs.isEmpty()) throw cli.usageError("expected a RUN folder");
        if (runs.size() > 1) throw new BadInputException("one RUN folder only, got " + runs.get(0) + " and " + runs.get(1));
        Options o = new Options(check, report, runs.getFirst());
        if (!Files.isRegularFile(o.report())) throw new BadInputException(o.report() + ": no such file");
        String current = read(o.report());
        RunData run = RunData.load(o.run());
        Path reportDir = o.report().toRealPath().getParent();
        MarkedText marked = MarkedText.parse(current, o.report().toString());
        Fragments fragments = Fragments.all();
        ReportInput input = new ReportInput(run, reportDir, o.check());
        String generated = marked.render(m -> fragments.content(m, input, marked.file()));
        int regions = marked.markers().size();
        PrintWriter out = cli.out();
        if (o.check()) return check(o, current, generated, reportDir, out, cli.err());
        List<String> missing = ImageLinks.missing(generated, reportDir);
        if (!missing.isEmpty()) {
            throw new BadInputException(o.report() + " would link " + missing.get(0) + ", which does not exist"
                    + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""));
        }
        if (generated.equals(current)) {
            out.println("report: " + o.report() + " is already up to date with " + o.run() + " (" + regions + " regions)");
            return Exit.OK;
        }
        AtomicFiles.write(o.report(), generated, WriteMode.REPLACE);
        out.println("report: " + o.report() + " regenerated from " + o.run() + " (" + regions + " regions)");
        return Exit.OK;
    }

    /** The checked command line: {@code --check}, {@code --report FILE}, RUN. */
    private record Options(boolean check, Path report, Path run) {
    }

    private static int check(Options o, String current, String generated, Path reportDir, PrintWriter out, PrintWriter err) {
        List<String> problems = new ArrayList<>();
        if (!generated.equals(current)) {
            problems.add(o.report() + " differs from what " + o.run() + " generates, first at line " + firstDifferentLine(current, generated)
                    + ": run scripts/report.sh " + o.run());
        }
        for (String target : ImageLinks.missing(current, reportDir)) problems.add(o.report() + " links " + target + ", which does not exist");
        for (String p : problems) err.println("report: " + p);
        if (!problems.isEmpty()) return Exit.OUT_OF_DATE;
        out.println("report: " + o.report() + " is up to date with " + o.run() + " and every image it links exists");
        return Exit.OK;
    }

    /** The 1-based number of the first line where {@code a} and {@code b} differ. */
    static int firstDifferentLine(String a, String b) {
        int line = 1;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            if (a.charAt(i) != b.charAt(i)) return line;
            if (a.charAt(i) == '\n') line++;
        }
        return line;
    }

    private static String read(Path file) throws IOException, BadInputException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        }
    }
}
