package io.stint.rest.internal;

import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The static files of {@code /api/docs}: Swagger UI's, embedded from its webjar, and Stint's own. */
final class DocsAssets {

    /** Where the build puts them inside the bundle. */
    static final String FOLDER = "stint/docs/";

    /** One plain file name: no separators, no {@code ..}, nothing hidden. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    /** Only these kinds are served; anything else in the folder stays private. */
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "png", "image/png",
            "txt", "text/plain; charset=utf-8");

    record Asset(String name, URL url, String contentType) {
    }

    private final Function<String, URL> entries;

    /** @param entries a path inside the bundle to its URL, or null when there is no such entry */
    DocsAssets(Function<String, URL> entries) {
        this.entries = entries;
    }

    /** The file of that name, if the name is a plain one of a served kind and the file exists. */
    Optional<Asset> find(String name) {
        Optional<String> type = contentType(name);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        URL url = entries.apply(FOLDER + name);
        return url == null ? Optional.empty() : Optional.of(new Asset(name, url, type.get()));
    }

    /** The content type of a plain file name of a served kind. */
    static Optional<String> contentType(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return name.indexOf('.') < 0 ? Optional.empty() : Optional.ofNullable(TYPES.get(extension));
    }
}
