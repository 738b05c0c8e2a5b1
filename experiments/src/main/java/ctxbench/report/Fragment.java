package ctxbench.report;

import ctxbench.cli.BadInputException;

/**
 * What fills one kind of region of REPORT.md: a table, a number, data-dependent words or a chart
 * link, generated from the run alone.
 *
 * @param kind     the region kind it fills
 * @param name     its name in the marker, e.g. {@code seed-fast}
 * @param renderer produces the content
 */
record Fragment(MarkedText.Kind kind, String name, Renderer renderer) {

    /** Produces a region's content from the run. */
    @FunctionalInterface
    interface Renderer {
        /**
         * The content: for a table, lines each ending in {@code \n}; otherwise one line.
         *
         * @throws BadInputException when the run is inconsistent with itself (e.g. a chart missing
         *                           although its data is there)
         */
        String render(ReportInput input) throws BadInputException;
    }

    /** {@code kind name}, as markers name it. */
    String id() {
        return kind.word() + " " + name;
    }

    /** A table region. */
    static Fragment table(String name, Renderer r) {
        return new Fragment(MarkedText.Kind.TABLE, name, r);
    }

    /** A number inside a sentence. */
    static Fragment num(String name, Renderer r) {
        return new Fragment(MarkedText.Kind.NUM, name, r);
    }

    /** Data-dependent words inside a sentence. */
    static Fragment text(String name, Renderer r) {
        return new Fragment(MarkedText.Kind.TEXT, name, r);
    }

    /** A chart link. */
    static Fragment chart(String name, Renderer r) {
        return new Fragment(MarkedText.Kind.CHART, name, r);
    }
}
