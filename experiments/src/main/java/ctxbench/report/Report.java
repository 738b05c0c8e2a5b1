package ctxbench.report;

import ctxbench.cli.ErrorLine;
import ctxbench.results.AtomicFiles;
import ctxbench.results.WriteMode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * REPORT.md untouched).
 */
public final class Report {
    /** Exit status for bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Exit status of {@code --check} when REPORT.md is out of date or links a missing image. */
    public static final int OUT_OF_DATE = 1;
    /** The text of {@code --help}. */
    static final String USAGE = """
            usage: report.sh [--check] RUN
              Regenerates the tables, numbers, words and chart links between <!-- ctxbench:... --> markers in
              REPORT.md from the run folder RUN (results/<run-id>; draw its charts first: scripts/charts.sh RUN).
              --check         write nothing; exit 1 if regenerating would change REPORT.md or an image it links is missing
              --report FILE   the report to regenerate (report.sh passes the repository's REPORT.md)
            """;

    private Report() {
    }

    /** Runs the report tool and exits with its status. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    /** The command line: {@code --check}, {@code --report FILE}, RUN. */
    private record Options(boolean check, Path report, Path run, boolean help) {
        static Options parse(String[] args) throws ReportException {
            boolean check = false;
            Path report = Path.of("REPORT.md");
            Path run = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "-h", "--help" -> {
                        return new Options(false, report, null, true);
                    }
                    case "--check" -> check = true;
                    case "--report" -> {
                        if (i + 1 >= args.length) throw new ReportException("--report needs a file");
                        report = Path.of(args[++i]);
                    }
                    default -> {
                        if (a.startsWith("-")) throw new ReportException("unknown option " + a + " (usage: report.sh [--check] RUN)");
                        if (run != null) throw new ReportException("one RUN folder only, got " + run + " and " + a);
                        run = Path.of(a);
                    }
                }
            }
            if (run == null) throw new ReportException("expected a RUN folder (usage: report.sh [--check] RUN)");
            return new Options(check, report, run, false);
        }
    }

    /** Runs with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args);
            if (o.help()) {
                out.print(USAGE);
                return 0;
            }
            if (!Files.isRegularFile(o.report())) throw new ReportException(o.report() + ": no such file");
            String current = read(o.report());
            RunData run = RunData.load(o.run());
            Path reportDir = o.report().toRealPath().getParent();
            MarkedText marked = MarkedText.parse(current, o.report().toString());
            Fragments fragments = Fragments.all();
            ReportInput input = new ReportInput(run, reportDir, o.check());
            String generated = marked.render(m -> fragments.content(m, input, marked.file()));
            int regions = marked.markers().size();
            if (o.check()) return check(o, current, generated, reportDir, out, err);
            List<String> missing = ImageLinks.missing(generated, reportDir);
            if (!missing.isEmpty()) {
                throw new ReportException(o.report() + " would link " + missing.get(0) + ", which does not exist"
                        + (missing.size() > 1 ? " (and " + (missing.size() - 1) + " more)" : ""));
            }
            if (generated.equals(current)) {
                out.println("report: " + o.report() + " is already up to date with " + o.run() + " (" + regions + " regions)");
                return 0;
            }
            AtomicFiles.write(o.report(), generated, WriteMode.REPLACE);
            out.println("report: " + o.report() + " regenerated from " + o.run() + " (" + regions + " regions)");
            return 0;
        } catch (ReportException e) {
            err.println("report: " + e.getMessage());
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("report: " + ErrorLine.of(e));
            return BAD_INPUT;
        }
    }

    private static int check(Options o, String current, String generated, Path reportDir, PrintStream out, PrintStream err) {
        List<String> problems = new ArrayList<>();
        if (!generated.equals(current)) {
            problems.add(o.report() + " differs from what " + o.run() + " generates, first at line " + firstDifferentLine(current, generated)
                    + ": run scripts/report.sh " + o.run());
        }
        for (String target : ImageLinks.missing(current, reportDir)) problems.add(o.report() + " links " + target + ", which does not exist");
        for (String p : problems) err.println("report: " + p);
        if (!problems.isEmpty()) return OUT_OF_DATE;
        out.println("report: " + o.report() + " is up to date with " + o.run() + " and every image it links exists");
        return 0;
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

    private static String read(Path file) throws IOException, ReportException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new ReportException(file + ": not UTF-8 text");
        }
    }
}
