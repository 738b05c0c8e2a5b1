package ctxbench.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ctxbench.cli.Exit;
import ctxbench.results.ResultsCsv;
import ctxbench.testing.Cli;
import ctxbench.testing.DirectorySnapshot;
import ctxbench.testing.RunFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one line {@code compare: <what>}, exit 2, no output, and no file changes. */
class CompareBadInputTest {
    @TempDir
    Path dir;
    Path good;

    @BeforeEach
    void goodRun() throws IOException {
        good = RunFixture.typical().write(dir.resolve("good"));
    }

    private void expect(String message, Object... args) throws IOException {
        Map<String, String> before = DirectorySnapshot.of(dir);
        Cli r = Cli.run(Compare.TOOL, args);
        assertEquals("compare: " + message + "\n", r.err());
        assertEquals(Exit.BAD_INPUT, r.status());
        assertEquals("", r.out());
        assertEquals(before, DirectorySnapshot.of(dir));
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void missingFolderOrFile() throws IOException {
        Path missing = dir.resolve("no-such-run");
        expect(missing + ": no such file or folder", good, missing);
        Path emptyFolder = Files.createDirectory(dir.resolve("empty-run"));
        expect(emptyFolder + ": folder holds neither results.csv nor jmh.json", emptyFolder, good);
    }

    @Test
    void emptyTruncatedAndMalformedFiles() throws IOException {
        Path empty = file("empty.csv", "");
        expect(empty + ": empty file", good, empty);
        Path headerOnly = file("header.csv", String.join(",", ResultsCsv.RESULT_COLUMNS) + "\n");
        expect(headerOnly + ": no result rows", good, headerOnly);
        String results = Files.readString(good.resolve("results.csv"));
        Path truncated = file("truncated.csv", results.substring(0, results.length() - 30));
        expect(truncated + ":8: expected 9 fields but found 6 (truncated or malformed line)", good, truncated);
        Path badNumber = file("bad.csv", results.replace(",1005,", ",1oo5,"));
        expect(badNumber + ":2: score '1oo5' is not a number", good, badNumber);
        Path json = file("jmh.json", "[{\"benchmark\": \"ctxbench.bench.seed.A.b\", \"primaryMetric\": {\"score\": 1");
        expect(json + ": not valid JSON (truncated?): End of input at line 1 column 71 path $[0].primaryMetric.score",
                good, json);
    }

    @Test
    void mixedUnits() throws IOException {
        Path us = new RunFixture().add("java", "seed", "A.b", "", "time", "us/op", 1, 2).write(dir.resolve("us"));
        Path ns = new RunFixture().add("java", "seed", "A.b", "", "time", "ns/op", 1, 2).write(dir.resolve("ns"));
        Path ops = new RunFixture().add("java", "seed", "A.b", "", "time", "ops/us", 1, 2).write(dir.resolve("ops"));
        expect("mixed units for seed/A.b time: ops/us in OLD, ns/op in NEW", ops, ns); // time units convert; these cannot
        Path mixed = Files.createDirectory(dir.resolve("mixed"));
        Files.copy(us.resolve("results.csv"), mixed.resolve("results.csv"));
        Files.copy(ns.resolve("samples.csv"), mixed.resolve("samples.csv"));
        expect(mixed + ": mixed units for java seed/A.b time: us/op and ns/op", mixed, ns);
        Path twice = file("twice.csv", String.join(",", ResultsCsv.RESULT_COLUMNS) + "\n"
                + "java,seed,A.b,,time,ns/op,1,,1\njava,seed,A.b,,time,us/op,1,,1\n");
        expect(twice + ": mixed units for java seed/A.b time: ns/op and us/op", twice, ns);
        Path both = new RunFixture().add("java", "seed", "A.b", "queue=go-heap", "time", "ops/us", 1, 2)
                .add("go", "seed", "A.b", "", "time", "ns/op", 1, 2).write(dir.resolve("both"));
        expect("mixed units for seed/A.b time: ops/us in java rows, ns/op in go rows", "--sources", "java,go", both);
    }

    @Test
    void usageErrors() throws IOException {
        expect("unknown option --bogus (see --help)", "--bogus", good, good);
        expect("expected OLD and NEW (got 1 inputs; see --help)", good);
        expect("--sources compares within one RUN (got 2 inputs)", "--sources", "java,go", good, good);
        expect("--sources needs two different sides from java, java-go1.23, go, go1.19, go1.21, go1.23, go1.23-new (e.g. java,go), not 'java,java'",
                "--sources", "java,java", good);
        expect("--alpha must be between 0 and 1, not 1.5", "--alpha", "1.5", good, good);
        expect("--alpha needs a number, not 'x'", "--alpha=x", good, good);
        expect("--format must be text or csv, not 'html'", "--format", "html", good, good);
        expect("--fail-on-regression must be a percentage >= 0, not -1", "--fail-on-regression", "-1", good, good);
        expect("--filter needs a value (see --help)", good, good, "--filter");
        expect("--filter: bad regular expression '(': Unclosed group", "--filter", "(", good, good);
        expect("no series matches --filter NoSuchBenchmark", "--filter", "NoSuchBenchmark", good, good);
    }
}
