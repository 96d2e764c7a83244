package io.stint.ai.ollama.internal;

import io.stint.ai.api.AiProvider;
import java.util.Hashtable;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Registers the Ollama provider while its configuration exists.
 *
 * <p>The component registers the service itself rather than letting DS do it: DS would copy the
 * configuration's {@code service.ranking} as it came, and from a {@code .cfg} file that is the text
 * "5", which the framework ranks as 0. Registered here, the ranking is always an Integer.
 */
@Component(service = {}, configurationPid = OllamaComponent.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OllamaConfig.class)
public final class OllamaComponent {

    static final String PID = "io.stint.ai.ollama";
    /** The service property a {@code provider.target} filter can select on, e.g. {@code (provider.id=ollama)}. */
    static final String PROVIDER_ID = "provider.id";

    private final ServiceRegistration<AiProvider> registration;

    @Activate
    public OllamaComponent(BundleContext context, OllamaConfig config, Map<String, Object> configuration) {
        OllamaSettings settings = OllamaSettings.of(config);
        registration = context.registerService(AiProvider.class, new OllamaProvider(settings),
                serviceProperties(configuration, settings));
    }

    @Deactivate
    void deactivate() {
        // Java 17's HttpClient has no close(): its threads end once the provider is unreachable.
        registration.unregister();
    }

    /**
     * The service's properties: the configuration's public ones (as DS would publish them), then the
     * checked values with their proper types, so filters and ranking see what the provider uses.
     */
    static Hashtable<String, Object> serviceProperties(Map<String, Object> configuration, OllamaSettings settings) {
        Hashtable<String, Object> properties = new Hashtable<>();
        configuration.forEach((key, value) -> {
            // Names starting with a dot are private to the component, by DS convention.
            if (!key.startsWith(".") && value != null) {
                properties.put(key, value);
            }
        });
        properties.put(Constants.SERVICE_RANKING, Integer.valueOf(settings.ranking()));
        properties.put(PROVIDER_ID, OllamaProvider.ID);
        properties.put("model", settings.model());
        properties.put("local", Boolean.valueOf(settings.local()));
        properties.put("base.url", settings.baseUrl().toString());
        properties.put(Constants.SERVICE_DESCRIPTION, "Ollama at " + settings.baseUrl() + ", model " + settings.model());
        return properties;
    }
}
