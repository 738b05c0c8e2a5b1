package ctxbench.results;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which Go toolchain and timer semantics made a {@code source=go} row ({@code docs/results-format.md},
 * "Go versions"). Rows of the default toolchain, Go 1.19 (the seeds' era, whose timer channels are
 * asynchronous), carry no label; a row of another toolchain carries the parameters {@code go} (the
 * release, {@code 1.21}, {@code 1.23}) and {@code timers}: {@code go1.19} for the asynchronous timer
 * channels every release before 1.23 has and that Go 1.23 keeps for a module whose go.mod says an
 * older {@code go} line (GODEBUG asynctimerchan=1), {@code go1.23} for Go 1.23's synchronous,
 * collectable timers (the module built as {@code go 1.23}). The model's mode of the same name
 * ({@code timers=go1.19|go1.23}) models the same two semantics.
 */
public final class GoToolchain {
    /** The parameter naming the Go release. */
    public static final String GO = "go";
    /** The parameter naming the timer semantics. */
    public static final String TIMERS = "timers";
    /** The default toolchain's release, whose rows carry no label. */
    public static final String DEFAULT_GO = "1.19";
    /** The timer semantics of every release before 1.23. */
    public static final String DEFAULT_TIMERS = "go1.19";

    private GoToolchain() {
    }

    /**
     * The label part of a row's parameters: its {@code go} and {@code timers} values, canonical
     * ({@link Params#canonical}); empty for a row of the default toolchain.
     */
    public static String label(String params) {
        Map<String, String> label = new TreeMap<>();
        Params.parse(params).forEach((k, v) -> {
            if (k.equals(GO) || k.equals(TIMERS)) label.put(k, v);
        });
        return Params.canonical(label);
    }

    /** {@code params} with the label's parameters added (a label that is empty adds nothing). */
    public static String withLabel(String params, String label) {
        if (label.isEmpty()) return params;
        Map<String, String> all = new LinkedHashMap<>(Params.parse(params));
        all.putAll(Params.parse(label));
        return Params.canonical(all);
    }

    /**
     * {@code params} without {@code timers=go1.19}: the timer semantics every row had before the
     * parameter existed (older runs' model rows, and the default toolchain's Go rows), so that a
     * row that names it and one that does not are the same series.
     */
    public static String withoutDefaultTimers(String params) {
        if (!params.contains(TIMERS + "=" + DEFAULT_TIMERS)) return params;
        Map<String, String> p = new LinkedHashMap<>(Params.parse(params));
        p.remove(TIMERS, DEFAULT_TIMERS);
        return Params.canonical(p);
    }
}
