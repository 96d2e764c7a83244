package io.stint.security.api;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * TimeTracker's token scopes: {@code read:} or {@code write:} a resource, {@code admin:all}, and
 * the wildcards {@code *}, {@code read:*} and {@code write:*}.
 */
public final class Scopes {

    public static final String ADMIN_ALL = "admin:all";
    public static final String ALL = "*";

    public static final String READ_PROJECTS = "read:projects";
    public static final String WRITE_PROJECTS = "write:projects";
    public static final String READ_TIME_ENTRIES = "read:time_entries";
    public static final String WRITE_TIME_ENTRIES = "write:time_entries";
    public static final String READ_TASKS = "read:tasks";
    public static final String WRITE_TASKS = "write:tasks";
    public static final String READ_CLIENTS = "read:clients";
    public static final String WRITE_CLIENTS = "write:clients";
    public static final String READ_REPORTS = "read:reports";
    public static final String WRITE_REPORTS = "write:reports";
    public static final String READ_USERS = "read:users";
    public static final String WRITE_USERS = "write:users";
    public static final String READ_EXPENSES = "read:expenses";
    public static final String WRITE_EXPENSES = "write:expenses";
    public static final String READ_INVOICES = "read:invoices";
    public static final String WRITE_INVOICES = "write:invoices";
    public static final String READ_AI = "read:ai";
    public static final String WRITE_AI = "write:ai";
    public static final String READ_BLOCKS = "read:blocks";
    public static final String WRITE_BLOCKS = "write:blocks";
    public static final String READ_TRACKING = "read:tracking";
    public static final String WRITE_TRACKING = "write:tracking";
    public static final String READ_PROFILES = "read:profiles";
    public static final String WRITE_PROFILES = "write:profiles";
    public static final String READ_RULES = "read:rules";
    public static final String WRITE_RULES = "write:rules";
    public static final String READ_EXPORTS = "read:exports";
    public static final String WRITE_EXPORTS = "write:exports";

    /** The resources a {@code read:} or {@code write:} scope may name. */
    public static final List<String> RESOURCES = List.of("projects", "time_entries", "tasks", "clients", "reports",
            "users", "expenses", "invoices", "ai", "blocks", "tracking", "profiles", "rules", "exports");

    private Scopes() {
    }

    /** Every scope a token may be given, wildcards included. */
    public static Set<String> known() {
        Set<String> all = new LinkedHashSet<>();
        for (String resource : RESOURCES) {
            all.add("read:" + resource);
            all.add("write:" + resource);
        }
        all.add("read:*");
        all.add("write:*");
        all.add(ADMIN_ALL);
        all.add(ALL);
        return all;
    }

    /** Whether {@code scope} is one {@link #known()}. */
    public static boolean isKnown(String scope) {
        return known().contains(scope);
    }

    /** Whether {@code held} grants {@code required}. */
    public static boolean grants(Collection<String> held, String required) {
        if (held.contains(required) || held.contains(ALL) || held.contains(ADMIN_ALL)) {
            return true;
        }
        int colon = required.indexOf(':');
        return colon > 0 && held.contains(required.substring(0, colon) + ":*");
    }
}
