package ctxbench.check.mutant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mutant copies cannot drift from the classes they copy: each {@code MutantX.java} of this
 * package, read from disk, must be {@code X.java} of {@code ctxbench.runtime} line for line, but
 * for the differences the following rules allow, every one of them written down in the copy.
 * <ol>
 *   <li><b>Names.</b> {@code MutantChan}, {@code MutantSelect}, {@code MutantSudog},
 *       {@code MutantWaiter} and {@code MutantCase} stand for {@code Chan}, {@code Select},
 *       {@code Sudog}, {@code Waiter} and {@code Case}, as whole words, in comments too.</li>
 *   <li><b>Header.</b> What comes before the class declaration (package, imports, the class
 *       comment) is each file's own; the comparison starts at the declaration.</li>
 *   <li><b>Regions.</b> A region runs from {@code // MUTATION-BEGIN NAME: why} (a seeded bug,
 *       {@code NAME} a {@link Mutation}) or {@code // ADAPTED-BEGIN: why} (what the harness needs
 *       or cannot reach, e.g. a package-private method of {@code ctxbench.runtime}) to
 *       {@code // MUTATION-END} or {@code // ADAPTED-END}. Its lines {@code // source: LINE} are
 *       the lines of the source it stands for, as the source spells them (none where the copy
 *       only adds code); its other lines are the copy's own. The recorded source lines take the
 *       region's place. Code refers to {@code Mutation.NAME} only in a MUTATION region of
 *       {@code NAME}, and every MUTATION region does.</li>
 *   <li><b>Omitted members.</b> {@code // OMITTED m(), n(T, U), f: why} removes these members of
 *       the source, with their comments and annotations: a method or constructor by its name and
 *       its parameters' types as written, without type arguments; a field by its name. Each must
 *       be declared exactly once in the source.</li>
 *   <li><b>Layout.</b> Indentation, trailing blanks and empty lines do not count.</li>
 * </ol>
 * Everything else, comments included, must be equal. Every {@link Mutation} but {@code NONE} is
 * seeded in a MUTATION region.
 *
 * <p>When a comparison fails, its message shows the first line where the copy and its source
 * differ (file and line number of each side). Carry the change of the source over to the copy,
 * keeping the seeded bugs; where the copy cannot follow, mark the difference as ADAPTED or
 * OMITTED and say why. Then run {@code MutantDetectionTest}: it shows the checkers still catch
 * each seeded bug and pass the unmutated copy.
 */
class MutantSourceTest {
    /** The copied classes of {@code ctxbench.runtime}; {@code MutantX} is the copy of {@code X}. */
    private static final List<String> COPIED = List.of("Chan", "Select", "Sudog", "Waiter", "Case");
    private static final String PREFIX = "Mutant";
    private static final Path SOURCES = Path.of("src/main/java/ctxbench/runtime");
    private static final Path COPIES = Path.of("src/test/java/ctxbench/check/mutant");

    private static final Pattern RENAME = Pattern.compile("\\b" + PREFIX + "(" + String.join("|", COPIED) + ")\\b");
    private static final Pattern BEGIN = Pattern.compile("// (?:MUTATION-BEGIN (\\w+)|ADAPTED-BEGIN): \\S.*");
    private static final Pattern END = Pattern.compile("// (MUTATION|ADAPTED)-END");
    private static final String SOURCE_LINE = "// source:";
    private static final Pattern OMITTED = Pattern.compile("// OMITTED (.+?): \\S.*");
    /** A line that looks like a marker; one that is not a well-formed marker where it stands is an error. */
    private static final Pattern MARKER_LIKE = Pattern.compile("// ?(MUTATION|ADAPTED|OMITTED|source).*");
    private static final Pattern MUTATION_REF = Pattern.compile("\\bMutation\\.([A-Z_]+)\\b");

    static List<String> copied() {
        return COPIED;
    }

    @ParameterizedTest(name = "Mutant{0} is {0} but for its marked differences")
    @MethodSource("copied")
    void eachCopyIsItsSourceButForItsMarkedDifferences(String name) {
        difference(name, read(source(name)), read(copy(name))).ifPresent(message -> fail(message));
    }

    /**
     * The comparison can fail, and at every line it compares: a change of any line of the source
     * from the class declaration on, outside the members the copy omits, is reported at that line.
     */
    @ParameterizedTest(name = "a change of any compared line of {0}.java is reported at that line")
    @MethodSource("copied")
    void aChangeOfAnyComparedSourceLineIsReportedAtThatLine(String name) {
        List<String> source = read(source(name));
        List<String> copy = read(copy(name));
        List<Line> compared = comparedSource(name, source, Copy.parse(name, copy));
        assertTrue(compared.size() > 10, name + ".java: only " + compared.size() + " lines compared");
        for (Line line : compared) {
            List<String> changed = new ArrayList<>(source);
            changed.set(line.number - 1, changed.get(line.number - 1) + " // changed");
            String message = difference(name, changed, copy)
                    .orElseThrow(() -> new AssertionError(name + ".java:" + line.number + " changed, yet the copy matched"));
            assertTrue(message.contains("\n  " + name + ".java:" + line.number + "  "), message);
        }
    }

    @Test
    void everySeededBugHasItsMarkedRegion() {
        Set<String> marked = new TreeSet<>();
        for (String name : COPIED) {
            marked.addAll(Copy.parse(name, read(copy(name))).mutations);
        }
        Set<String> seeded = Arrays.stream(Mutation.values()).filter(m -> m != Mutation.NONE).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(seeded, marked, "the Mutations but NONE, and the MUTATION regions of the copies");
    }

    /** The first difference between the source of {@code name} and its copy under the rules, as a failure message. */
    private static Optional<String> difference(String name, List<String> sourceFile, List<String> copyFile) {
        Copy copy = Copy.parse(name, copyFile);
        List<Line> source = comparedSource(name, sourceFile, copy);
        List<Line> copyLines = body(name, PREFIX + name + ".java", copy.lines);
        for (int i = 0; i < Math.max(source.size(), copyLines.size()); i++) {
            String s = i < source.size() ? source.get(i).text : null;
            String c = i < copyLines.size() ? copyLines.get(i).text : null;
            if (!Objects.equals(s, c)) {
                return Optional.of(PREFIX + name + ".java differs from " + name + ".java (the rules are in"
                        + " MutantSourceTest's class comment); first difference:\n"
                        + "  " + at(name + ".java", source, i) + "\n"
                        + "  " + at(PREFIX + name + ".java", copyLines, i) + "\n"
                        + "Carry the change over to " + PREFIX + name + ".java (or mark it there as ADAPTED or"
                        + " OMITTED, saying why), then run MutantDetectionTest.");
            }
        }
        return Optional.empty();
    }

    /** The lines of the source of {@code name} that its copy must match: rules 2, 4 and 5. */
    private static List<Line> comparedSource(String name, List<String> source, Copy copy) {
        return body(name, name + ".java", withoutMembers(name + ".java", source, copy.omitted));
    }

    private static String at(String file, List<Line> lines, int i) {
        if (i < lines.size()) {
            return file + ":" + lines.get(i).number + "  " + lines.get(i).text;
        }
        return file + ": (end of file)";
    }

    /** One line to compare: its number in its file (1-based) and its text without indentation and trailing blanks. */
    private record Line(int number, String text) {}

    /** The lines from the declaration of class {@code name} on, without empty lines (rules 2 and 5). */
    private static List<Line> body(String name, String file, List<Line> lines) {
        Pattern declaration = Pattern.compile("(?:\\w+\\s+)*(?:class|interface|enum|record)\\s+" + name + "\\b.*");
        for (int i = 0; i < lines.size(); i++) {
            if (declaration.matcher(lines.get(i).text).matches()) {
                return lines.subList(i, lines.size()).stream().filter(l -> !l.text.isEmpty()).toList();
            }
        }
        throw new AssertionError(file + " declares no class " + name);
    }

    /**
     * A copy read under the rules: its lines as the source would have them (markers and OMITTED
     * lines out, regions replaced by their recorded source lines, names renamed), the members it
     * omits and the Mutations it seeds.
     */
    private record Copy(List<Line> lines, List<String> omitted, List<String> mutations) {
        static Copy parse(String name, List<String> raw) {
            String file = PREFIX + name + ".java";
            List<Line> lines = new ArrayList<>();
            List<String> omitted = new ArrayList<>();
            List<String> mutations = new ArrayList<>();
            Matcher region = null; // the BEGIN of the region being read
            boolean regionSeedsItsBug = false;
            for (int i = 0; i < raw.size(); i++) {
                String text = raw.get(i).strip();
                String where = file + ":" + (i + 1);
                Matcher begin = BEGIN.matcher(text);
                Matcher end = END.matcher(text);
                Matcher omit = OMITTED.matcher(text);
                if (region == null && begin.matches()) {
                    region = begin;
                    regionSeedsItsBug = false;
                    if (begin.group(1) != null) {
                        mutations.add(begin.group(1));
                    }
                } else if (region != null && end.matches()) {
                    String kind = region.group(1) == null ? "ADAPTED" : "MUTATION";
                    if (!end.group(1).equals(kind)) {
                        throw new AssertionError(where + ": " + text + " ends a " + kind + " region");
                    }
                    if (region.group(1) != null && !regionSeedsItsBug) {
                        throw new AssertionError(where + ": the MUTATION region of " + region.group(1)
                                + " has no code that refers to Mutation." + region.group(1));
                    }
                    region = null;
                } else if (region != null && text.startsWith(SOURCE_LINE)) {
                    lines.add(new Line(i + 1, text.substring(SOURCE_LINE.length()).strip()));
                } else if (region == null && omit.matches()) {
                    omitted.addAll(signatures(omit.group(1)));
                } else if (MARKER_LIKE.matcher(text).matches()) {
                    throw new AssertionError(where + ": not a well-formed marker here: " + text);
                } else {
                    Matcher ref = MUTATION_REF.matcher(text);
                    while (ref.find()) {
                        String seeded = region == null ? null : region.group(1);
                        if (!ref.group(1).equals(seeded)) {
                            throw new AssertionError(where + ": Mutation." + ref.group(1)
                                    + " outside the MUTATION region of " + ref.group(1));
                        }
                        regionSeedsItsBug = true;
                    }
                    if (region == null) {
                        lines.add(new Line(i + 1, RENAME.matcher(text).replaceAll("$1")));
                    }
                }
            }
            if (region != null) {
                throw new AssertionError(file + ": a region is not closed: " + region.group());
            }
            return new Copy(lines, omitted, mutations);
        }

        /** {@code "m(), n(A, B), f"} → {@code [m(), n(A,B), f]}: split at the commas outside parentheses. */
        private static List<String> signatures(String list) {
            List<String> result = new ArrayList<>();
            int depth = 0;
            int start = 0;
            for (int i = 0; i <= list.length(); i++) {
                char ch = i < list.length() ? list.charAt(i) : ',';
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
                if (ch == ',' && depth == 0) {
                    result.add(list.substring(start, i).replaceAll("\\s+", ""));
                    start = i + 1;
                }
            }
            return result;
        }
    }

    /** The source's lines without the members {@code omitted} names (rule 4). */
    private static List<Line> withoutMembers(String file, List<String> source, List<String> omitted) {
        List<Member> members = Member.of(source);
        boolean[] removed = new boolean[source.size()];
        for (String signature : omitted) {
            List<Member> found = members.stream().filter(m -> signature.equals(m.signature)).toList();
            if (found.size() != 1) {
                throw new AssertionError("the copy of " + file + " omits " + signature + ", which " + file + " declares "
                        + found.size() + " times; its members: "
                        + members.stream().map(Member::signature).filter(s -> !s.isEmpty()).toList());
            }
            Arrays.fill(removed, found.get(0).first, found.get(0).last + 1, true);
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            if (!removed[i]) {
                lines.add(new Line(i + 1, source.get(i).strip()));
            }
        }
        return lines;
    }

    /**
     * A member of a file's top-level class: lines {@code first..last} (0-based, with the comment
     * lines right above it) and its signature in the form of rule 4 ({@code ""} for an
     * initializer). Found by brace depth, counted outside comments and literals.
     */
    private record Member(String signature, int first, int last) {
        static List<Member> of(List<String> lines) {
            List<String> code = codeOnly(lines);
            List<Member> members = new ArrayList<>();
            int depth = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (depth != 1 || code.get(i).isBlank() || code.get(i).strip().startsWith("}")) {
                    depth += braces(code.get(i));
                    continue;
                }
                int last = i;
                StringBuilder declaration = new StringBuilder();
                for (int d = depth; ; last++) {
                    declaration.append(code.get(last)).append(' ');
                    d += braces(code.get(last));
                    String end = code.get(last).strip();
                    if (d == 1 && (end.endsWith(";") || end.endsWith("}"))) {
                        break;
                    }
                }
                int first = i;
                while (first > 0 && code.get(first - 1).isBlank() && !lines.get(first - 1).isBlank()) {
                    first--;
                }
                members.add(new Member(signature(declaration.toString()), first, last));
                i = last;
            }
            return members;
        }

        /** {@code @A("x") public static <T> void send(Chan<T> c, T v) {...}} → {@code send(Chan,T)}; a field → its name. */
        private static String signature(String declaration) {
            String d = declaration.replaceAll("@[\\w.]+\\s*(\\([^)]*\\))?", " ").strip();
            int paren = d.indexOf('(');
            int other = indexOfAny(d, "={;");
            if (paren >= 0 && (other < 0 || paren < other)) {
                String params = d.substring(paren + 1, d.indexOf(')', paren));
                String types = Arrays.stream(withoutTypeArguments(params).split(","))
                        .map(String::strip).filter(p -> !p.isEmpty())
                        .map(p -> p.replaceFirst("^final\\s+", "").replaceFirst("\\s*\\w+$", "").replaceAll("\\s+", ""))
                        .collect(Collectors.joining(","));
                return lastWord(d.substring(0, paren)) + "(" + types + ")";
            }
            return other >= 0 && d.charAt(other) != '{' ? lastWord(d.substring(0, other)) : "";
        }

        private static String withoutTypeArguments(String s) {
            String previous;
            do {
                previous = s;
                s = s.replaceAll("<[^<>]*>", "");
            } while (!s.equals(previous));
            return s;
        }

        private static String lastWord(String s) {
            String[] words = s.strip().split("\\s+");
            return words[words.length - 1];
        }

        private static int indexOfAny(String s, String chars) {
            for (int i = 0; i < s.length(); i++) {
                if (chars.indexOf(s.charAt(i)) >= 0) {
                    return i;
                }
            }
            return -1;
        }

        private static int braces(String code) {
            return (int) (code.chars().filter(c -> c == '{').count() - code.chars().filter(c -> c == '}').count());
        }

        /** The lines with comments and string, text-block and character literals blanked out. */
        private static List<String> codeOnly(List<String> lines) {
            List<String> result = new ArrayList<>();
            String open = null; // the closing delimiter of a comment or literal that runs on: "*/" or "\"\"\""
            for (String line : lines) {
                StringBuilder code = new StringBuilder();
                int i = 0;
                while (i < line.length()) {
                    if (open != null) {
                        int close = line.indexOf(open, i);
                        i = close < 0 ? line.length() : close + open.length();
                        open = close < 0 ? open : null;
                    } else if (line.startsWith("//", i)) {
                        i = line.length();
                    } else if (line.startsWith("/*", i)) {
                        open = "*/";
                        i += 2;
                    } else if (line.startsWith("\"\"\"", i)) {
                        open = "\"\"\"";
                        i += 3;
                    } else if (line.charAt(i) == '"' || line.charAt(i) == '\'') {
                        char quote = line.charAt(i++);
                        while (i < line.length() && line.charAt(i) != quote) {
                            i += line.charAt(i) == '\\' ? 2 : 1;
                        }
                        i++;
                    } else {
                        code.append(line.charAt(i++));
                        continue;
                    }
                    code.append(' ');
                }
                result.add(code.toString());
            }
            return result;
        }
    }

    private static Path source(String name) {
        return SOURCES.resolve(name + ".java");
    }

    private static Path copy(String name) {
        return COPIES.resolve(PREFIX + name + ".java");
    }

    private static List<String> read(Path relative) {
        Path file = moduleDirectory().resolve(relative);
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The module's directory: the working directory under Maven, or its {@code context-impl} from the repository's root. */
    private static Path moduleDirectory() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir : List.of(here, here.resolve("context-impl"))) {
            if (Files.isDirectory(dir.resolve(SOURCES)) && Files.isDirectory(dir.resolve(COPIES))) {
                return dir;
            }
        }
        throw new AssertionError("neither " + here + " nor its context-impl/ holds " + SOURCES + " and " + COPIES);
    }
}
