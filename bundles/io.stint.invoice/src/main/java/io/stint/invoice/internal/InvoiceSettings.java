package io.stint.invoice.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.invoice.api.Party;

/** Invoicing settings, PID {@code io.stint.invoice}: numbering, the default payment term, the issuer. */
@Component(service = InvoiceSettings.class, configurationPid = InvoiceSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = InvoiceSettings.Config.class)
public final class InvoiceSettings {

    static final String PID = "io.stint.invoice";
    static final int DEFAULT_DUE_DAYS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(InvoiceSettings.class);

    @ObjectClassDefinition(name = "Stint invoicing", description = "Invoice numbers, payment term and issuer.")
    @interface Config {
        @AttributeDefinition(description = "Invoice number pattern: {PREFIX}, {YYYY}, {MM}, {DD} and one {SEQ}")
        String number_pattern() default NumberPattern.DEFAULT_PATTERN;

        @AttributeDefinition(description = "What {PREFIX} stands for")
        String number_prefix() default NumberPattern.DEFAULT_PREFIX;

        @AttributeDefinition(description = "Digits {SEQ} is zero-padded to")
        int number_digits() default NumberPattern.DEFAULT_DIGITS;

        @AttributeDefinition(description = "Days from the issue date to the due date when a request names none")
        int due_days() default DEFAULT_DUE_DAYS;

        @AttributeDefinition(required = false, description = "The issuer's name, as invoices show it")
        String issuer_name() default "";

        @AttributeDefinition(required = false, description = "The issuer's e-mail address")
        String issuer_email() default "";

        @AttributeDefinition(required = false, description = "The issuer's postal address; \\n separates lines")
        String issuer_address() default "";

        /** {@code issuer.tax_id}: a double underscore names an underscore. */
        @AttributeDefinition(required = false, description = "The issuer's tax or VAT number")
        String issuer_tax__id() default "";
    }

    private volatile NumberPattern numbers = NumberPattern.DEFAULT;
    private volatile int dueDays = DEFAULT_DUE_DAYS;
    private volatile Party issuer = new Party("", null, null, null);

    /** The defaults, for tests and for an installation without a configuration. */
    InvoiceSettings() {
    }

    @Activate
    public InvoiceSettings(Config config) {
        apply(config);
    }

    @Modified
    void apply(Config config) {
        numbers = numbers(config.number_pattern(), config.number_prefix(), config.number_digits());
        if (config.due_days() < 0 || config.due_days() > 3650) {
            LOG.warn("due.days {} is not between 0 and 3650; using {}", config.due_days(), DEFAULT_DUE_DAYS);
            dueDays = DEFAULT_DUE_DAYS;
        } else {
            dueDays = config.due_days();
        }
        issuer = new Party(config.issuer_name() == null ? "" : config.issuer_name().strip(),
                blankToNull(config.issuer_email()), lines(config.issuer_address()), blankToNull(config.issuer_tax__id()));
    }

    /** The checked pattern, or the default with a log line saying why the configured one was refused. */
    static NumberPattern numbers(String pattern, String prefix, int digits) {
        try {
            return NumberPattern.of(pattern, prefix == null ? "" : prefix.strip(), digits);
        } catch (IllegalArgumentException e) {
            // A typo in etc/ must not stop invoicing: keep numbering by the default, say why.
            LOG.error("Invoice numbering configuration refused: {}; using {} with prefix {}", e.getMessage(),
                    NumberPattern.DEFAULT_PATTERN, NumberPattern.DEFAULT_PREFIX);
            return NumberPattern.DEFAULT;
        }
    }

    NumberPattern numbers() {
        return numbers;
    }

    int dueDays() {
        return dueDays;
    }

    Party issuer() {
        return issuer;
    }

    /** Settings with {@code numbers}, for tests. */
    static InvoiceSettings with(NumberPattern numbers) {
        InvoiceSettings settings = new InvoiceSettings();
        settings.numbers = numbers;
        return settings;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String lines(String value) {
        String text = blankToNull(value);
        return text == null ? null : text.replace("\\n", "\n");
    }
}
