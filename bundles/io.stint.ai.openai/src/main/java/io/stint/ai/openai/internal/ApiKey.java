package io.stint.ai.openai.internal;

/** An API key held in memory; its {@code toString} never shows it. */
final class ApiKey {

    static final ApiKey NONE = new ApiKey(null);

    private final String value;

    private ApiKey(String value) {
        this.value = value;
    }

    /** The key {@code value}, or {@link #NONE} when it is null or blank. */
    static ApiKey of(String value) {
        return value == null || value.isBlank() ? NONE : new ApiKey(value.strip());
    }

    boolean present() {
        return value != null;
    }

    /** The {@code Authorization} header's value; only for the request to the configured server. */
    String bearer() {
        if (value == null) {
            throw new IllegalStateException("no API key");
        }
        return "Bearer " + value;
    }

    /** {@code text} with every occurrence of the key replaced. */
    String scrub(String text) {
        return value == null || text == null ? text : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return value == null ? "ApiKey[none]" : "ApiKey[hidden]";
    }
}
