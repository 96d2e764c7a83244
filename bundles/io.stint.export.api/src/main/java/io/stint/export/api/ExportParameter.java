package io.stint.export.api;

import java.util.List;

/**
 * A parameter an exporter takes.
 *
 * @param name its name in a request body or query, snake_case
 * @param type one of {@link #DATE}, {@link #INTEGER}, {@link #BOOLEAN}, {@link #STRING},
 *        {@link #CHOICE}, {@link #ID_LIST}
 * @param required whether a request must give it
 * @param defaultValue the value taken when it is absent, as text, or null
 * @param choices the allowed values of a {@link #CHOICE}, else empty
 * @param description one sentence for people
 */
public record ExportParameter(String name, String type, boolean required, String defaultValue, List<String> choices,
        String description) {

    public static final String DATE = "date";
    public static final String INTEGER = "integer";
    public static final String BOOLEAN = "boolean";
    public static final String STRING = "string";
    public static final String CHOICE = "choice";
    public static final String ID_LIST = "id_list";

    public ExportParameter {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** A parameter with no choices. */
    public static ExportParameter of(String name, String type, boolean required, String defaultValue,
            String description) {
        return new ExportParameter(name, type, required, defaultValue, List.of(), description);
    }
}
