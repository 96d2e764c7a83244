package io.stint.tracking.internal;

import java.util.ArrayList;
import java.util.List;

/** A WHERE clause built from the filters a list query was given, with its parameters in order. */
final class CatalogFilter {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code column = value} when {@code value} is not null. */
    CatalogFilter equal(String column, Object value) {
        return value == null ? this : add(column + " = ?", value);
    }

    /** Adds a clause with its parameters. */
    CatalogFilter add(String clause, Object... values) {
        clauses.add("(" + clause + ")");
        params.addAll(List.of(values));
        return this;
    }

    /** {@code " WHERE a AND b"}, or empty when there is no filter. */
    String where() {
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** The parameters of {@link #where()}, followed by {@code more}. */
    List<Object> params(Object... more) {
        List<Object> all = new ArrayList<>(params);
        all.addAll(List.of(more));
        return all;
    }
}
