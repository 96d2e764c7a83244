package com.example.stint.hoursbyday;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryQuery;
import io.stint.tracking.api.TimeEntryService;

/**
 * The {@code hours-by-day} exporter: a CSV with one row per day of a period, the hours the calling
 * user worked that day and in how many time entries. Days are the user's own (their time zone).
 * <p>
 * A DS component: registered as an {@link Exporter} service while the bundle is active and Stint's
 * {@link TimeEntryService} is there. Stint lists it at {@code GET /api/v1/exports} and runs it at
 * {@code POST /api/v1/exports/hours-by-day}.
 */
@Component(service = Exporter.class)
public final class HoursByDayExporter implements Exporter {

    static final String ID = "hours-by-day";
    /** A year, leap or not: long enough for an annual timesheet, short enough to hold in memory. */
    static final int MAX_DAYS = 366;
    private static final int PAGE = 1_000;

    private static final List<ExportParameter> PARAMETERS = List.of(
            ExportParameter.of("start_date", ExportParameter.DATE, true, null, "The first day of the period."),
            ExportParameter.of("end_date", ExportParameter.DATE, true, null, "The last day of the period (at most 366 days)."),
            ExportParameter.of("project_id", ExportParameter.INTEGER, false, null, "Only this project's entries."));

    private final TimeEntryService timeEntries;

    @Activate
    public HoursByDayExporter(@Reference TimeEntryService timeEntries) {
        this.timeEntries = timeEntries;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Hours by day (CSV)";
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
        // Stint checks it before prepare() runs: the caller's token must be allowed to read time entries.
        return "read:time_entries";
    }

    @Override
    public List<ExportParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Export prepare(ExportRequest request) {
        LocalDate from = request.date("start_date").orElseThrow(() -> new ExportException("start_date", "Required."));
        LocalDate to = request.date("end_date").orElseThrow(() -> new ExportException("end_date", "Required."));
        if (to.isBefore(from)) {
            throw new ExportException("end_date", "end_date must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new ExportException("end_date", "The period may be at most " + MAX_DAYS + " days.");
        }
        Long project = request.has("project_id") ? request.integer("project_id", 0, 1, Long.MAX_VALUE) : null;
        ZoneId zone = request.zone();
        // Always the caller's own entries, admin or not: a timesheet is one person's.
        TimeAccess actor = new TimeAccess(request.userId(), request.admin());
        TimeEntryQuery period = new TimeEntryQuery(request.userId(), project, from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(), null, false, 0, PAGE);
        String name = ID + "-" + from + "-" + to + ".csv";
        return new Export() {
            @Override
            public long estimatedRows() {
                return ChronoUnit.DAYS.between(from, to) + 1;
            }

            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
                DayTotals totals = read(actor, period, new DayTotals(from, to, zone), progress);
                progress.total(totals.days());
                Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                totals.writeTo(csv, () -> progress.advance(1));
                csv.flush(); // not closed: the stream is Stint's
            }
        };
    }

    /** Reads the period's entries page by page (never all at once) into {@code totals}. */
    private DayTotals read(TimeAccess actor, TimeEntryQuery period, DayTotals totals, ExportProgress progress)
            throws InterruptedIOException {
        for (long offset = 0;; offset += PAGE) {
            if (progress.cancelled()) {
                throw new InterruptedIOException("export cancelled");
            }
            List<TimeEntry> page = timeEntries.entries(actor, new TimeEntryQuery(period.userId(), period.projectId(),
                    period.from(), period.until(), null, false, offset, PAGE));
            page.forEach(totals::add);
            if (page.size() < PAGE) {
                return totals;
            }
        }
    }
}
