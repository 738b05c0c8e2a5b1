package ctxbench.goimport;

import ctxbench.results.GoToolchain;
import ctxbench.results.Params;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text {@code go test -bench} prints (Go 1.19's {@code testing} package format):
 * <ul>
 *   <li>header lines {@code goos: linux}, {@code goarch: amd64}, {@code pkg: ctxbench/seed},
 *       {@code cpu: ...}; {@code pkg:} sets the package of the results that follow;</li>
 *   <li>result lines {@code BenchmarkName/sub=1/Other-2 <tab> 1000 <tab> 1234 ns/op <tab> 208 B/op
 *       <tab> 4 allocs/op}, any whitespace between fields, any further {@code value unit} pairs
 *       ({@code MB/s}, {@code b.ReportMetric} units) kept; the {@code -N} suffix is GOMAXPROCS,
 *       stripped from the name and kept as {@link GoResult#procs()};</li>
 *   <li>a result split over two lines because the benchmark printed to stdout after Go printed its
 *       name ({@code BenchmarkX-2 <tab>some output} ... {@code   100 <tab> 109.6 ns/op}): the
 *       numbers are joined to the last name seen; a name that never gets numbers (an interrupted
 *       run, {@code -v}'s bare name line) yields nothing;</li>
 *   <li>everything else is not a result: {@code PASS}, {@code ok}, {@code FAIL}, {@code exit status},
 *       {@code --- BENCH:} blocks and their indented log lines, {@code === RUN}, build messages;
 *       {@code --- FAIL: name} and {@code FAIL <pkg>} are collected as failures.</li>
 * </ul>
 * Lines starting with {@link #MARKER} (written by {@code scripts/go-bench.sh} before each
 * {@code go test} run it appends to {@code go-bench.txt}) start a new block; their
 * {@code toolchain=} field names the Go release that ran it, and their {@code go=} and
 * {@code timers=} fields, present when that toolchain is not the default one, label the block's
 * results ({@link GoToolchain}).
 */
public final class GoBenchParser {
    /** The line prefix that starts a new block in a {@code go-bench.txt}. */
    public static final String MARKER = "# go-bench:";

    private static final Pattern HEADER = Pattern.compile("^(goos|goarch|pkg|cpu):\\s*(.*?)\\s*$");
    private static final String NUMBER = "[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?";
    /** The numbers of a result: iterations, then value-unit pairs starting with ns/op. */
    private static final Pattern NUMBERS =
            Pattern.compile("(\\d+)\\s+(" + NUMBER + ")\\s+ns/op((?:\\s+" + NUMBER + "\\s+\\S+)*)\\s*");
    private static final Pattern NAME_LINE = Pattern.compile("^(Benchmark\\S*)(?:\\s+(.*))?$");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s*(" + NUMBERS.pattern() + ")$");
    private static final Pattern PROCS = Pattern.compile("^(.*)-(\\d+)$");
    private static final Pattern PAIR = Pattern.compile("(" + NUMBER + ")\\s+(\\S+)");
    private static final Pattern FAIL_BENCH = Pattern.compile("^\\s*--- FAIL: (\\S+)");
    private static final Pattern MARKER_TOOLCHAIN = Pattern.compile("(?:^|\\s)toolchain=(\\S+)");
    private static final Pattern MARKER_LABEL = Pattern.compile("(?:^|\\s)(" + GoToolchain.GO + "|" + GoToolchain.TIMERS + ")=(\\S+)");
    private static final Pattern FAIL_PKG = Pattern.compile("^FAIL\\s+(\\S+)(\\s.*)?$");

    private GoBenchParser() {
    }

    /** Parses a file (UTF-8; invalid bytes are replaced, benchmark output is ASCII). */
    public static GoBenchOutput parse(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return parse(text.lines().toList());
    }

    /** Parses the lines of {@code go test -bench} output. */
    public static GoBenchOutput parse(List<String> lines) {
        List<GoResult> results = new ArrayList<>();
        Map<String, String> facts = new LinkedHashMap<>();
        List<String> packages = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> toolchains = new ArrayList<>();
        String pkg = null;
        String pending = null; // a benchmark name printed without its numbers yet
        int block = 0;
        String toolchain = "";
        boolean content = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            int lineNo = i + 1;
            if (line.startsWith(MARKER)) {
                if (content) block++;
                content = false;
                toolchain = toolchainOf(line);
                Matcher t = MARKER_TOOLCHAIN.matcher(line);
                if (t.find() && !toolchains.contains(t.group(1))) toolchains.add(t.group(1));
                pkg = null;
                pending = null;
                continue;
            }
            Matcher m = HEADER.matcher(line);
            if (m.matches()) {
                facts.put(m.group(1), m.group(2));
                if (m.group(1).equals("pkg")) {
                    pkg = m.group(2);
                    if (!packages.contains(pkg)) packages.add(pkg);
                }
                pending = null;
                continue;
            }
            m = NAME_LINE.matcher(line);
            if (m.matches()) {
                String rest = m.group(2) == null ? "" : m.group(2);
                Matcher n = NUMBERS.matcher(rest);
                if (n.matches()) {
                    results.add(result(block, lineNo, pkg, m.group(1), n, toolchain));
                    content = true;
                    pending = null;
                } else {
                    pending = m.group(1);
                }
                continue;
            }
            if (pending != null) {
                Matcher c = CONTINUATION.matcher(line);
                if (c.matches()) {
                    Matcher n = NUMBERS.matcher(c.group(1));
                    if (!n.matches()) throw new IllegalStateException("unreachable");
                    results.add(result(block, lineNo, pkg, pending, n, toolchain));
                    content = true;
                    pending = null;
                    continue;
                }
            }
            m = FAIL_BENCH.matcher(line);
            if (m.find()) {
                failures.add("--- FAIL: " + m.group(1));
                continue;
            }
            m = FAIL_PKG.matcher(line);
            if (m.matches()) failures.add("FAIL " + m.group(1));
        }
        return new GoBenchOutput(results, facts, packages, failures, block + 1, toolchains);
    }

    /** The toolchain label of a marker line: its {@code go=} and {@code timers=} fields, canonical. */
    private static String toolchainOf(String marker) {
        Map<String, String> label = new TreeMap<>();
        Matcher m = MARKER_LABEL.matcher(marker.substring(MARKER.length()));
        while (m.find()) label.put(m.group(1), m.group(2));
        return Params.canonical(label);
    }

    private static GoResult result(int block, int lineNo, String pkg, String fullName, Matcher numbers, String toolchain) {
        String name = fullName;
        int procs = 1;
        Matcher p = PROCS.matcher(fullName);
        if (p.matches()) {
            name = p.group(1);
            procs = Integer.parseInt(p.group(2));
        }
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("ns/op", Double.parseDouble(numbers.group(2)));
        Matcher pair = PAIR.matcher(numbers.group(3));
        while (pair.find()) values.putIfAbsent(pair.group(2), Double.parseDouble(pair.group(1)));
        return new GoResult(block, lineNo, pkg, name, procs, Long.parseLong(numbers.group(1)), values, toolchain);
    }
}
