package ctxbench.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The images a Markdown text shows: {@code ![alt](path)} and {@code <img src="path">}, with the
 * ones whose file does not exist. Links are resolved against the Markdown file's folder; web
 * addresses ({@code http:}, {@code https:}, {@code data:}) are not checked.
 */
final class ImageLinks {
    private static final Pattern MARKDOWN = Pattern.compile("!\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HTML = Pattern.compile("<img\\s[^>]*src=\"([^\"]+)\"");

    private ImageLinks() {
    }

    /** Every image target in {@code text}, in order. */
    static List<String> targets(String text) {
        List<String> out = new ArrayList<>();
        for (Pattern p : List.of(MARKDOWN, HTML)) {
            Matcher m = p.matcher(text);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    /** The image targets in {@code text} that name no existing file relative to {@code dir}. */
    static List<String> missing(String text, Path dir) {
        List<String> out = new ArrayList<>();
        for (String target : targets(text)) {
            if (target.matches("(?i)(https?|data):.*")) continue;
            String path = target.replaceFirst("[#?].*$", "");
            if (!Files.isRegularFile(dir.resolve(path))) out.add(target);
        }
        return out;
    }
}
