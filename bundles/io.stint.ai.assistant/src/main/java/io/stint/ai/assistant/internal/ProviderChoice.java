package io.stint.ai.assistant.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

import io.stint.ai.api.AiProvider;
import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import io.stint.rest.api.ApiException;

/**
 * The live providers, best first: highest {@code service.ranking}, then lowest {@code service.id}.
 * The reference is named {@code provider}, so {@code provider.target} in the configuration narrows it.
 * The list is read at each call, so a provider that left is never asked again.
 */
@Component(service = ProviderChoice.class, configurationPid = AssistantSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = AssistantSettings.class)
public final class ProviderChoice {

    /** A live provider and the service properties it was chosen by. */
    record Live(AiProvider provider, int ranking, long serviceId) {
    }

    private static final Comparator<Live> BEST_FIRST = Comparator.comparingInt(Live::ranking).reversed()
            .thenComparingLong(Live::serviceId);

    private final List<Live> live = new CopyOnWriteArrayList<>();

    @Reference(name = "provider", service = AiProvider.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(AiProvider provider, Map<String, Object> properties) {
        Object ranking = properties.get("service.ranking");
        Object id = properties.get("service.id");
        live.add(new Live(provider, ranking instanceof Integer r ? r : 0, id instanceof Long l ? l : Long.MAX_VALUE));
    }

    void removeProvider(AiProvider provider) {
        live.removeIf(l -> l.provider() == provider);
    }

    /** The live providers, best first. */
    List<Live> live() {
        List<Live> sorted = new ArrayList<>(live);
        sorted.sort(BEST_FIRST);
        return sorted;
    }

    /** The provider the next call uses, if any is live. */
    Optional<Live> inUse() {
        return live().stream().findFirst();
    }

    /**
     * The best live provider's completion. A provider that fails while it is still registered is
     * reported (503), never silently replaced; one that left during the call gives way to the next.
     */
    Answer complete(Conversation conversation) {
        while (true) {
            Live chosen = inUse().orElseThrow(() -> unavailable("No AI provider is available"));
            try {
                Completion c = chosen.provider().complete(conversation);
                return new Answer(chosen.provider().id(), c.model() != null ? c.model() : chosen.provider().model(), c);
            } catch (RuntimeException e) {
                if (live.stream().anyMatch(l -> l.provider() == chosen.provider())) {
                    String why = e instanceof AiUnavailableException ? e.getMessage() : "it failed";
                    throw unavailable("The AI provider " + chosen.provider().id() + " is unavailable: " + why);
                }
                // it was unregistered while answering: the caller should not pay for that
            }
        }
    }

    /** A completion, the id of the provider that gave it, and the model that answered. */
    record Answer(String providerId, String model, Completion completion) {
    }

    static ApiException unavailable(String message) {
        return new ApiException(503, "ai_unavailable", "AI unavailable", message, null);
    }
}
