package io.stint.ai.openai.internal;

import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.ai.api.AiProvider;
import io.stint.security.api.Secrets;

/**
 * Registers the OpenAI-compatible provider while its configuration exists.
 *
 * <p>The component registers the service itself rather than letting DS do it: DS would publish every
 * configuration property, {@code api.key} and {@code api.key.sealed} included, and the configuration's
 * {@code service.ranking} as it came - from a {@code .cfg} file the text "5", which the framework
 * ranks as 0. Registered here, the key stays out and the ranking is always an Integer.
 */
@Component(service = {}, configurationPid = OpenAiConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = OpenAiConfig.class)
public final class OpenAiComponent {

    /** The service property a {@code provider.target} filter can select on, e.g. {@code (provider.id=openai)}. */
    static final String PROVIDER_ID = "provider.id";
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiComponent.class);

    private final BundleContext context;
    private final KeySealing sealing;
    private volatile ServiceRegistration<AiProvider> registration;

    @Activate
    public OpenAiComponent(BundleContext context, OpenAiConfig config, Map<String, Object> configuration,
            @Reference(name = "secrets") Secrets secrets,
            @Reference(name = "configurationAdmin") ConfigurationAdmin configurations) {
        this.context = context;
        this.sealing = new KeySealing(secrets, configurations);
        publish(config, configuration);
    }

    /** A changed configuration (also the one sealing the key) replaces the provider, the new one first. */
    @Modified
    void modified(OpenAiConfig config, Map<String, Object> configuration) {
        publish(config, configuration);
    }

    @Deactivate
    void deactivate() {
        // Java 17's HttpClient has no close(): its threads end once the provider is unreachable.
        unregister(registration);
        registration = null;
    }

    private void publish(OpenAiConfig config, Map<String, Object> configuration) {
        OpenAiSettings settings;
        try {
            settings = OpenAiSettings.of(config, sealing.keyOf(OpenAiConfig.PID, configuration));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Better no provider than one still using what the operator just changed.
            unregister(registration);
            registration = null;
            LOG.error("No OpenAI-compatible provider: {} ({})", e.getMessage(), OpenAiConfig.PID);
            throw e;
        }
        ServiceRegistration<AiProvider> previous = registration;
        registration = context.registerService(AiProvider.class, new OpenAiProvider(settings),
                serviceProperties(configuration, settings));
        unregister(previous);
        LOG.info("AI provider {}: model {} at {} ({}, {}), ranking {}", OpenAiProvider.ID, settings.model(),
                settings.server(), settings.local() ? "local" : "hosted",
                settings.key().present() ? "with an API key" : "without an API key", settings.ranking());
    }

    /**
     * The service's properties: the configuration's public ones as DS would publish them, less the
     * key, then the checked values with their proper types, so filters and ranking see what the
     * provider uses.
     */
    static Hashtable<String, Object> serviceProperties(Map<String, Object> configuration, OpenAiSettings settings) {
        Hashtable<String, Object> properties = new Hashtable<>();
        configuration.forEach((key, value) -> {
            // Names starting with a dot are private to the component, by DS convention.
            if (!key.startsWith(".") && !key.startsWith(KeySealing.PLAIN) && value != null) {
                properties.put(key, value);
            }
        });
        properties.put(Constants.SERVICE_RANKING, Integer.valueOf(settings.ranking()));
        properties.put(PROVIDER_ID, OpenAiProvider.ID);
        properties.put("model", settings.model());
        properties.put("local", Boolean.valueOf(settings.local()));
        properties.put("base.url", settings.server());
        properties.put(Constants.SERVICE_DESCRIPTION, "OpenAI-compatible server at " + settings.server() + ", model "
                + settings.model());
        return properties;
    }

    private static void unregister(ServiceRegistration<AiProvider> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
    }
}
