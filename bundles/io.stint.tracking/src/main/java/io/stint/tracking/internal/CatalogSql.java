package io.stint.tracking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the catalog services (clients, projects, tasks, expenses) store their own way: LIKE patterns, tags. */
final class CatalogSql {

    private CatalogSql() {
    }

    /** A LIKE pattern finding {@code text} anywhere, for a {@code LOWER(col) LIKE ? ESCAPE '\'} clause. */
    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Tags as stored: comma-separated, or null when there are none. */
    static String joinTags(List<String> tags) {
        return tags == null || tags.isEmpty() ? null : String.join(",", tags);
    }

    /** Tags from their stored form. */
    static List<String> splitTags(String stored) {
        List<String> tags = new ArrayList<>();
        if (stored != null) {
            for (String t : stored.split(",")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }
}
