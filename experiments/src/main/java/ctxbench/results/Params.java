package ctxbench.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text form of benchmark parameters used in every result file:
 * {@code key=value} pairs sorted by key and joined by {@code ;}, empty when there are none.
 * Keys and values never hold {@code ,}, {@code ;} or {@code =}.
 */
public final class Params {
    private Params() {
    }

    /**
     * The canonical form of {@code p}: pairs sorted by key, {@code "k=v;k2=v2"}.
     *
     * @throws IllegalArgumentException if a key is empty or a key or value holds {@code , ; =}
     *                                  or a line break
     */
    public static String canonical(Map<String, String> p) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(p).entrySet()) {
            check(e.getKey(), "key", true);
            check(e.getValue(), "value of " + e.getKey(), false);
            if (!sb.isEmpty()) sb.append(';');
            sb.append(e.getKey()).append('=').append(e.getValue());
        }
        return sb.toString();
    }

    /**
     * Parses a canonical string back into an (insertion-ordered, unmodifiable) map.
     *
     * @throws IllegalArgumentException if the text is not {@code k=v} pairs joined by {@code ;}
     *                                  with unique, sorted keys
     */
    public static Map<String, String> parse(String canonical) {
        Map<String, String> map = new LinkedHashMap<>();
        if (canonical.isEmpty()) return Collections.unmodifiableMap(map);
        String previous = null;
        for (String pair : canonical.split(";", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || pair.indexOf('=', eq + 1) >= 0) {
                throw new IllegalArgumentException("params '" + canonical + "': '" + pair + "' is not key=value");
            }
            String key = pair.substring(0, eq);
            if (previous != null && previous.compareTo(key) >= 0) {
                throw new IllegalArgumentException("params '" + canonical + "': keys are not sorted and unique");
            }
            check(key, "key", true);
            map.put(key, pair.substring(eq + 1));
            previous = key;
        }
        return Collections.unmodifiableMap(map);
    }

    private static void check(String text, String what, boolean nonEmpty) {
        if (text == null || (nonEmpty && text.isEmpty())) {
            throw new IllegalArgumentException("parameter " + what + " is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == '=' || c == '\n' || c == '\r') {
                throw new IllegalArgumentException("parameter " + what + " '" + text + "' holds '" + c + "'");
            }
        }
    }
}
