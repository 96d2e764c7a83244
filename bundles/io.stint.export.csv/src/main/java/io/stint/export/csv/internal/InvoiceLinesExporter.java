package io.stint.export.csv.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.BlockFilter;
import io.stint.activity.api.Blocks;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.Rates;
import io.stint.billing.api.Services;
import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.security.api.Scopes;

/**
 * The invoice-lines exporter: ChronicleCore's {@code POST /api/v1/export/invoice-lines} request
 * and CSV, plus a rounding scope and mode. See {@link InvoiceLines}.
 */
@Component(service = { Exporter.class, InvoiceLinesExporter.class })
public final class InvoiceLinesExporter implements Exporter {

    static final String ID = "invoice-lines";
    /** ChronicleCore's message, which its clients show. */
    static final String ROUNDING_MESSAGE = "rounding_minutes must be 6 or 15";

    private static final List<ExportParameter> PARAMETERS = List.of(
            ExportParameter.of("start_date", ExportParameter.DATE, true, null, "The first day, in the user's time zone."),
            ExportParameter.of("end_date", ExportParameter.DATE, true, null, "The last day, included."),
            ExportParameter.of("profile_ids", ExportParameter.ID_LIST, false, null, "Only these billing profiles."),
            new ExportParameter("rounding_minutes", ExportParameter.CHOICE, false, "6", List.of("6", "15"),
                    "Billed time is rounded to a whole number of these minutes."),
            ExportParameter.of("minimum_billable_minutes", ExportParameter.INTEGER, false, "0",
                    "A line bills at least this many minutes (0 to 1440)."),
            new ExportParameter("rounding_scope", ExportParameter.CHOICE, false, InvoiceLines.BLOCK, InvoiceLines.SCOPES,
                    "block: each block rounded alone (ChronicleCore); profile_day: a line per day and profile, rounded alone; "
                            + "day: a line per day and profile, the day's total rounded once."),
            new ExportParameter("rounding_mode", ExportParameter.CHOICE, false, Rounding.UP, Rounding.MODES,
                    "Round up, to the nearest increment (halves up) or down."),
            new ExportParameter("mode", ExportParameter.CHOICE, false, null, Rounding.MODES, "Same as rounding_mode."),
            new ExportParameter("target", ExportParameter.CHOICE, false, "spreadsheet", List.of("spreadsheet", "data"),
                    "spreadsheet: text that would run as a formula gets a leading apostrophe; data: text as it is."),
            ExportParameter.of("user_id", ExportParameter.INTEGER, false, null, "An admin may export another user's lines."));

    private final Blocks blocks;
    private final Profiles profiles;
    private final Services services;
    private final Rates rates;
    private volatile int pageSize = InvoiceLines.PAGE;

    @Activate
    public InvoiceLinesExporter(@Reference Blocks blocks, @Reference Profiles profiles, @Reference Services services,
            @Reference Rates rates) {
        this.blocks = blocks;
        this.profiles = profiles;
        this.services = services;
        this.rates = rates;
    }

    /** Reads blocks {@code size} at a time (tests page through few blocks). */
    void pageSize(int size) {
        pageSize = size;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Invoice lines (CSV)";
    }

    @Override
    public String mediaType() {
        return "text/csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public String scope() {
        return Scopes.READ_BLOCKS;
    }

    @Override
    public List<ExportParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Export prepare(ExportRequest request) {
        LocalDate from = request.date("start_date").orElseThrow(() -> new ExportException("start_date", "start_date is required"));
        LocalDate to = request.date("end_date").orElseThrow(() -> new ExportException("end_date", "end_date is required"));
        if (to.isBefore(from)) {
            throw new ExportException("end_date", "end_date must not be before start_date");
        }
        if (from.getYear() < 1970 || to.getYear() > 9999) {
            throw new ExportException("start_date", "Dates must lie between 1970 and 9999");
        }
        long increment;
        try {
            increment = request.integer("rounding_minutes", 6, 6, 15);
        } catch (ExportException e) {
            increment = -1;
        }
        if (increment != 6 && increment != 15) {
            throw new ExportException("rounding_minutes", ROUNDING_MESSAGE);
        }
        int minimum = (int) request.integer("minimum_billable_minutes", 0, 0, 1440);
        String mode = request.choice("rounding_mode", Rounding.MODES, request.choice("mode", Rounding.MODES, Rounding.UP));
        String scope = request.choice("rounding_scope", InvoiceLines.SCOPES, InvoiceLines.BLOCK);
        boolean spreadsheet = "spreadsheet".equals(request.choice("target", List.of("spreadsheet", "data"), "spreadsheet"));
        long userId = request.userId();
        if (request.has("user_id")) {
            userId = request.integer("user_id", userId, 1, Long.MAX_VALUE);
            if (userId != request.userId() && !request.admin()) {
                throw new ExportException("user_id", "Only an admin may export another user's lines.");
            }
        }
        // Listing segments what was captured since the last look, so the file includes the latest work;
        // a one-millisecond window keeps that cheap, and the count for the estimate waits until asked.
        java.time.Instant end = to.plusDays(1).atStartOfDay(request.zone()).toInstant();
        blocks.list(new BlockFilter(userId, end.minusMillis(1), end, null, false, false, 1));
        long user = userId;
        java.util.function.LongSupplier estimate = () -> blocks.list(new BlockFilter(user,
                from.atStartOfDay(request.zone()).toInstant(), end, null, false, false, 1)).total();
        InvoiceLines.Spec spec = new InvoiceLines.Spec(userId, request.zone(), from, to,
                new LinkedHashSet<>(request.ids("profile_ids")), new Rounding((int) increment, minimum, mode), scope, spreadsheet,
                estimate);
        return new InvoiceLines(spec, blocks, new BillingLookup(profiles, services, rates), pageSize);
    }

    /**
     * Its configuration only sets service properties ({@code service.ranking}, which the admin API
     * writes to prefer one of two exporters with the same id): DS updates the registration in place
     * instead of replacing the service.
     */
    @Modified
    void modified() {
        // nothing of its own to reconfigure
    }
}
