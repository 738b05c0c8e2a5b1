package ctxbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ctxbench.cli.Exit;
import ctxbench.results.CsvText;
import ctxbench.testing.Cli;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare's output, statistics verdicts and exit codes on small run folders. */
class CompareTest {
    @TempDir
    Path dir;

    private Cli compare(Object... args) {
        return Cli.run(Compare.TOOL, args);
    }

    /** The data lines of the text table (between the header line and the first blank line). */
    private static List<String> tableLines(String text) {
        List<String> lines = text.lines().toList();
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("source") || l.startsWith("suite"))
                .findFirst().orElseThrow());
        int end = header + 1;
        while (end < lines.size() && !lines.get(end).isEmpty()) end++;
        return lines.subList(header + 1, end);
    }

    /** The text with every run of spaces made one, so checks do not depend on column widths. */
    private static String squeeze(String text) {
        return text.replaceAll(" +", " ");
    }

    private static List<CsvText.Record> csv(String text) throws IOException {
        return CsvText.parse(Path.of("stdout"), text, ',');
    }

    @Test
    void aRunComparedWithItselfIsTildeEverywhere() throws IOException {
        Path run = RunFixture.typical().write(dir.resolve("run"));
        Cli r = compare(run, run);
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> rows = tableLines(r.out());
        assertEquals(7 + 3, rows.size()); // 7 series, 3 geomean rows (ns/op, B/op, ops/us)
        for (String row : rows) assertTrue(row.matches(".*\\s~\\s.*"), row);
        assertFalse(r.out().contains("only in"));
        assertEquals(0, compare(run, run, "--fail-on-regression", "0").status());
    }

    @Test
    void aBenchmarkScaledByHalfAgainIsASignificantRegression() throws IOException {
        Path old = RunFixture.typical().write(dir.resolve("old"));
        Path slower = RunFixture.typical().mapBenchmark("TimerOps.createStop", v -> v * 1.5).write(dir.resolve("new"));
        Cli r = compare(old, slower);
        assertEquals(0, r.status());
        String timerRow = tableLines(r.out()).stream().filter(l -> l.contains("TimerOps.createStop")).findFirst().orElseThrow();
        assertTrue(timerRow.contains("+50.00%"), timerRow);
        assertTrue(timerRow.endsWith("better"), timerRow); // ops/us: higher is better
        Path faster = RunFixture.typical().mapBenchmark("SeedRequest.fastPath", v -> v * 1.5).write(dir.resolve("slow"));
        Cli fail = compare("--fail-on-regression", "10", old, faster);
        assertEquals(Exit.REGRESSION, fail.status());
        assertTrue(fail.err().startsWith("compare: significant regression beyond 10%: seed/SeedRequest.fastPath "
                + "queue=go-heap;variant=after time +50.00% (p=0.000)\n"), fail.err());
        assertEquals(6, fail.err().lines().count()); // every scaled series, time and alloc
        assertEquals(0, compare("--fail-on-regression", "60", old, faster).status());
    }

    @Test
    void csvFormatCarriesTheNumbers() throws IOException {
        Path old = RunFixture.typical().write(dir.resolve("old"));
        Path slower = RunFixture.typical().mapBenchmark("SeedRequest.fastPath", v -> v * 1.5).write(dir.resolve("new"));
        Cli r = compare("--format", "csv", "--filter", "variant=after/time", old, slower);
        List<CsvText.Record> records = csv(r.out());
        assertEquals(CsvReport.COLUMNS, records.get(0).fields());
        assertEquals(List.of("compared", "java", "java", "seed", "SeedRequest.fastPath", "queue=go-heap;variant=after",
                "time", "ns/op", "10", "1003.5", "998", "1012", "10", "1505.25", "1497", "1518", "50",
                "0.00001082508822446903", "true", "worse", ""), records.get(1).fields());
        assertEquals(List.of("geomean", "", "", "", "geomean", "", "", "ns/op", "", "", "", "", "", "", "", "", "50", "",
                "true", "", "over 3 rows"), records.get(4).fields());
        assertEquals(5, records.size());
    }

    /**
     * benchstat's geomean per package, here per suite: one per suite and unit with at least two
     * comparable rows, beside the one over all suites; a suite with a single row gets none.
     */
    @Test
    void geomeanPerSuiteAndOverall() throws IOException {
        double[] base = {100, 101, 99, 102, 98, 100, 103, 97};
        RunFixture old = new RunFixture()
                .add("java", "seed", "A.one", "", "time", "ns/op", base)
                .add("java", "seed", "A.two", "", "time", "ns/op", base)
                .add("java", "timers", "T.one", "", "time", "ns/op", base)
                .add("java", "timers", "T.two", "", "time", "ns/op", base)
                .add("java", "values", "V.one", "", "time", "ns/op", base);
        Path oldRun = old.write(dir.resolve("old"));
        Path newRun = old.mapBenchmark("A.one", v -> v * 2).mapBenchmark("A.two", v -> v * 8)
                .mapBenchmark("V.one", v -> v * 2).write(dir.resolve("new"));
        Cli text = compare(oldRun, newRun);
        assertEquals(0, text.status(), text.err());
        List<String> geomeans = tableLines(text.out()).stream().filter(l -> l.contains("geomean")).map(CompareTest::squeeze).toList();
        assertEquals(List.of("seed geomean ns/op +300.00% over 2 rows", "timers geomean ns/op ~ over 2 rows",
                "geomean ns/op +100.00% over 5 rows"), geomeans.stream().map(String::strip).toList());
        List<CsvText.Record> csv = csv(compare("--format", "csv", oldRun, newRun).out());
        List<List<String>> geomeanCells = csv.stream().map(CsvText.Record::fields).filter(f -> f.get(0).equals("geomean"))
                .map(f -> List.of(f.get(3), f.get(7), f.get(16), f.get(18), f.get(20))).toList();
        assertEquals(List.of(List.of("seed", "ns/op", "300", "true", "over 2 rows"),
                List.of("timers", "ns/op", "0", "false", "over 2 rows"),
                List.of("", "ns/op", "100", "true", "over 5 rows")), geomeanCells);
    }

    @Test
    void javaAgainstGoUsesTheModelDefaultParameters() throws IOException {
        Path run = RunFixture.typical().write(dir.resolve("run"));
        Cli r = compare("--sources", "java,go", run);
        assertEquals(0, r.status(), r.err());
        List<String> rows = tableLines(r.out());
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("seed   SeedRequest.fastPath  variant=after         time    ns/op  1004 ±0.8%  603.5 ±1.4%  -39.86%"),
                rows.get(0));
        assertTrue(r.out().contains("\nonly in java (2):\n  seed/SeedRequest.fastPath variant=after alloc\n"
                + "  timers/TimerOps.createStop kind=chan;live=1000 time\n"), r.out());
        assertTrue(r.out().contains("\n1 java row uses Java-only parameter values"), r.out());
        assertTrue(r.out().startsWith("java: " + run + " (java rows)\ngo: " + run + " (go rows)\n"), r.out());
    }

    /** Go 1.19 against Go 1.23's new timers in one run: each side strips its toolchain label. */
    @Test
    void oneGoToolchainAgainstAnother() throws IOException {
        Path run = new RunFixture()
                .add("go", "seed", "SeedRequest.fastPath", "variant=after", "time", "ns/op", 100, 101, 102, 103, 104, 105)
                .add("go", "seed", "SeedRequest.fastPath", "go=1.23;timers=go1.19;variant=after", "time", "ns/op", 90, 91, 92, 93, 94, 95)
                .add("go", "seed", "SeedRequest.fastPath", "go=1.23;timers=go1.23;variant=after", "time", "ns/op", 50, 51, 52, 53, 54, 55)
                .add("java", "seed", "SeedRequest.fastPath", "queue=go-heap;sched=go;variant=after", "time", "ns/op", 9, 9, 9, 9, 9, 9)
                .write(dir.resolve("run"));
        Cli r = compare("--sources", "go,go1.23-new", run);
        assertEquals(0, r.status(), r.err());
        List<String> rows = tableLines(r.out());
        assertEquals(2, rows.size(), r.out()); // the row and its geomean
        assertTrue(squeeze(rows.get(0)).startsWith("seed SeedRequest.fastPath variant=after time ns/op 102.5 "), rows.get(0));
        assertTrue(rows.get(0).contains("-48.78%"), rows.get(0));
        assertTrue(r.out().startsWith("go: " + run + " (go rows)\ngo1.23-new: " + run + " (go1.23-new rows)\n"), r.out());
        assertFalse(r.out().contains("only in"), r.out());
    }

    /** Rows in different time units (JMH single-shot µs/op beside Go's ns/op) are compared in the first side's unit. */
    @Test
    void timeUnitsAreConvertedNotRefused() throws IOException {
        Path run = new RunFixture().add("java", "naive", "Naive.afterOnce", "", "time", "us/op", 2, 2, 2, 2, 2, 2)
                .add("go", "naive", "Naive.afterOnce", "", "time", "ns/op", 3000, 3000, 3000, 3000, 3000, 3000)
                .write(dir.resolve("run"));
        Cli r = compare("--sources", "java,go", run);
        assertEquals(0, r.status(), r.err());
        String row = squeeze(tableLines(r.out()).get(0));
        assertTrue(row.contains("us/op 2 ") && row.contains(" 3 ") && row.contains("+50.00%"), row);
    }

    @Test
    void tooFewSamplesAreExplained() throws IOException {
        Path old = new RunFixture().add("java", "seed", "A.b", "", "time", "ns/op", 10, 11, 12).write(dir.resolve("old"));
        Path cur = new RunFixture().add("java", "seed", "A.b", "", "time", "ns/op", 20, 21, 22).write(dir.resolve("new"));
        Cli r = compare(old, cur);
        assertEquals(0, r.status());
        String row = tableLines(r.out()).get(0);
        assertTrue(row.contains("11 ±∞") && row.contains("21 ±∞"), row);
        assertTrue(squeeze(row).contains(" ~ 0.100 3+3 [1] [2]"), row);
        assertTrue(r.out().endsWith("notes:\n"
                + "  [1] need >= 4 samples per side to detect a difference at alpha=0.05\n"
                + "  [2] need >= 6 samples for a 95% confidence interval\n"), r.out());
    }

    @Test
    void singleSamplesAndScoresWithoutSamples() throws IOException {
        Path one = new RunFixture().add("go", "seed", "A.b", "", "time", "ns/op", 10).write(dir.resolve("one"));
        Cli r = compare(one, one);
        assertEquals(0, r.status(), r.err());
        assertTrue(squeeze(tableLines(r.out()).get(0)).contains("10 ±∞ 10 ±∞ ~ 1.000 1+1 [1] [2]"), r.out());
        Path jmhCsv = Path.of(System.getProperty("user.dir"), "src/test/resources/ctxbench/results/jmh-decimal-comma.csv");
        Cli noSamples = compare(jmhCsv, jmhCsv);
        assertEquals(0, noSamples.status(), noSamples.err());
        assertTrue(noSamples.out().contains("no raw samples on either side: the score is shown, without interval or test"));
        assertTrue(squeeze(tableLines(noSamples.out()).get(0)).contains("1235 1235 ~ - 0+0 [1]"), noSamples.out());
    }

    @Test
    void oneSidedSeriesAreListed() throws IOException {
        Path old = new RunFixture().add("java", "seed", "A.b", "", "time", "ns/op", 1, 2, 3, 4, 5, 6)
                .add("java", "seed", "A.gone", "x=1", "time", "ns/op", 1).write(dir.resolve("old"));
        Path cur = new RunFixture().add("java", "seed", "A.b", "", "time", "ns/op", 1, 2, 3, 4, 5, 6)
                .add("go", "seed", "A.added", "", "alloc", "B/op", 1).write(dir.resolve("new"));
        Cli r = compare(old, cur);
        assertTrue(r.out().contains("\nonly in old (1):\n  java seed/A.gone x=1 time\n\nonly in new (1):\n"
                + "  go seed/A.added alloc\n"), r.out());
    }

    @Test
    void helpGoesToStdout() {
        Cli r = compare("--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("usage: compare.sh [options] OLD NEW\n"));
    }
}
