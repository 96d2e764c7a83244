package io.stint.web.internal;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The UI's static files inside the bundle: plain relative paths of a served kind, nothing else. */
final class WebAssets {

    /** Where the build puts them inside the bundle. */
    static final String FOLDER = "web/";

    /** Segments of letters, digits, '-', '_' and inner dots, joined by '/': no "..", nothing hidden. */
    private static final Pattern PATH = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*(/[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*)*");

    /** Only these kinds are served; anything else in the folder stays private. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "md", "text/plain; charset=utf-8");

    record Asset(String path, URL url, String contentType) {
    }

    private final Function<String, URL> entries;

    /** @param entries a path inside the bundle to its URL, or null when there is no such entry */
    WebAssets(Function<String, URL> entries) {
        this.entries = entries;
    }

    /** The file at that relative path, if the path is a plain one of a served kind and the file exists. */
    Optional<Asset> find(String path) {
        Optional<String> type = contentType(path);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        URL url = entries.apply(FOLDER + path);
        return url == null ? Optional.empty() : Optional.of(new Asset(path, url, type.get()));
    }

    /** The content type of a plain relative path of a served kind. */
    static Optional<String> contentType(String path) {
        if (path == null || path.length() > 200 || !PATH.matcher(path).matches()) {
            return Optional.empty();
        }
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty()
                : Optional.ofNullable(TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }
}
