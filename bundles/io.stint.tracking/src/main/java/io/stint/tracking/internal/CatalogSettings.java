package io.stint.tracking.internal;

import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The installation's tracking settings (PID {@code io.stint.tracking}): the currency of rates and expenses. */
@Component(service = CatalogSettings.class, configurationPid = CatalogSettings.PID)
@Designate(ocd = CatalogSettings.Config.class)
public final class CatalogSettings {

    static final String PID = "io.stint.tracking";
    static final String FALLBACK_CURRENCY = "EUR";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSettings.class);

    @ObjectClassDefinition(name = "Stint tracking", description = "Settings of clients, projects and expenses.")
    @interface Config {
        @AttributeDefinition(description = "ISO-4217 currency of hourly rates and budgets, and of new expenses that name none")
        String currency() default FALLBACK_CURRENCY;
    }

    private final String currency;

    @Activate
    public CatalogSettings(Config config) {
        this(config.currency());
    }

    CatalogSettings(String currency) {
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        if (Money.isCurrency(code)) {
            this.currency = code;
        } else {
            // A typo in etc/ must not take the tracking API down: keep serving, say why.
            LOG.warn("currency '{}' is not an ISO-4217 code; using {}", currency, FALLBACK_CURRENCY);
            this.currency = FALLBACK_CURRENCY;
        }
    }

    /** The ISO-4217 code of rates, budgets and of new expenses that name none. */
    String currency() {
        return currency;
    }

    /** The number of minor-unit digits of {@link #currency()}. */
    int digits() {
        return Money.digits(currency);
    }
}
