package io.stint.admin.internal;

import java.util.List;
import java.util.Optional;

/**
 * A kind of provider Stint's modules plug in, by the service interface they register. The AI
 * helper's provider is chosen by a target filter in the helper's configuration; exporters are picked
 * per request by id, so among exporters sharing an id the preferred one gets the highest
 * {@code service.ranking} through its component's configuration. The activity module opens every
 * capture source unless a target filter in its source binder's configuration picks one; renderers
 * are picked per request by media type.
 *
 * @param name as the API names it
 * @param type the service interface
 * @param idMethod the interface method that names one provider
 * @param choicePid the configuration that chooses one, or null
 * @param choiceKey the target filter key in it
 * @param idProperty the service property the filter selects on
 * @param byRanking whether a provider is preferred by a configured ranking among those sharing its id
 * @param allUnlessChosen whether every live provider is used while no target chooses one
 */
record Capability(String name, String type, String idMethod, String choicePid, String choiceKey, String idProperty,
        boolean byRanking, boolean allUnlessChosen) {

    static final List<Capability> ALL = List.of(
            new Capability("ai", "io.stint.ai.api.AiProvider", "id", "io.stint.ai.assistant", "provider.target", "provider.id",
                    false, false),
            new Capability("capture", "io.stint.capture.api.ActivitySource", "id", "io.stint.activity.internal.SourceBinder",
                    "sources.target", "source.id", false, true),
            new Capability("exporter", "io.stint.export.api.Exporter", "id", null, null, null, true, false),
            new Capability("invoice_renderer", "io.stint.invoice.api.InvoiceRenderer", "mediaType", null, null, null, false, false));

    static Optional<Capability> named(String name) {
        return ALL.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    static Optional<Capability> ofType(String type) {
        return ALL.stream().filter(c -> c.type().equals(type)).findFirst();
    }

    boolean choosable() {
        return choicePid != null || byRanking;
    }

    /** The target filter that picks the provider {@code id}. */
    String filterFor(String id) {
        return "(" + idProperty + "=" + id.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*") + ")";
    }
}
