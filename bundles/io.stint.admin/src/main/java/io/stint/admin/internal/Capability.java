package io.stint.admin.internal;

import java.util.List;
import java.util.Optional;

/**
 * A kind of provider Stint's modules plug in, by the service interface they register. Only the
 * AI helper's provider can be chosen: capture sources are all used at once, and exporters and
 * renderers are chosen per request by id or media type.
 *
 * @param name as the API names it
 * @param type the service interface
 * @param idMethod the interface method that names one provider
 * @param choicePid the configuration that chooses one, or null
 * @param choiceKey the target filter key in it
 * @param idProperty the service property the filter selects on
 */
record Capability(String name, String type, String idMethod, String choicePid, String choiceKey, String idProperty) {

    static final List<Capability> ALL = List.of(
            new Capability("ai", "io.stint.ai.api.AiProvider", "id", "io.stint.ai.assistant", "provider.target", "provider.id"),
            new Capability("capture", "io.stint.capture.api.ActivitySource", "id", null, null, null),
            new Capability("exporter", "io.stint.export.api.Exporter", "id", null, null, null),
            new Capability("invoice_renderer", "io.stint.invoice.api.InvoiceRenderer", "mediaType", null, null, null));

    static Optional<Capability> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static Optional<Capability> ofType(String type) {
        return ALL.stream().filter(c -> c.type().equals(type)).findFirst();
    }

    boolean choosable() {
        return choicePid != null;
    }

    /** The target filter that picks the provider {@code id}. */
    String filterFor(String id) {
        return "(" + idProperty + "=" + id.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*") + ")";
    }
}
