package io.stint.export.csv.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.security.api.Scopes;
import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryQuery;
import io.stint.tracking.api.TimeEntryService;

/**
 * Time entries as CSV in TimeTracker's export columns, newest first, with the time-entry list's
 * filters. Running timers are left out. Times are naive local times in the user's zone.
 */
@Component(service = Exporter.class)
public final class TimeEntriesCsvExporter implements Exporter {

    static final String[] HEADER = { "ID", "User", "Project", "Client", "Task", "Start Time", "End Time",
        "Duration (hours)", "Duration (formatted)", "Notes", "Tags", "Source", "Billable", "Created At", "Updated At" };
    private static final int PAGE = 1_000;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private static final List<ExportParameter> PARAMETERS = List.of(
            ExportParameter.of("start_date", ExportParameter.DATE, false, null, "Entries starting on or after this day."),
            ExportParameter.of("end_date", ExportParameter.DATE, false, null, "Entries starting on or before this day."),
            ExportParameter.of("project_id", ExportParameter.INTEGER, false, null, "Only this project's entries."),
            ExportParameter.of("user_id", ExportParameter.INTEGER, false, null,
                    "Only this user's entries (an admin's choice; others export their own)."),
            ExportParameter.of("billable", ExportParameter.BOOLEAN, false, null, "Only billable (true) or non-billable (false)."),
            new ExportParameter("target", ExportParameter.CHOICE, false, "spreadsheet", List.of("spreadsheet", "data"),
                    "spreadsheet: text that would run as a formula gets a leading apostrophe; data: text as it is."));

    private final TimeEntryService entries;
    private final UserDirectory users;

    @Activate
    public TimeEntriesCsvExporter(@Reference TimeEntryService entries, @Reference UserDirectory users) {
        this.entries = entries;
        this.users = users;
    }

    @Override
    public String id() {
        return "time-entries-csv";
    }

    @Override
    public String title() {
        return "Time entries (CSV)";
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
        return Scopes.READ_TIME_ENTRIES;
    }

    @Override
    public List<ExportParameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public Export prepare(ExportRequest request) {
        ZoneId zone = request.zone();
        LocalDate from = request.date("start_date").orElse(null);
        LocalDate to = request.date("end_date").orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            throw new ExportException("end_date", "end_date must not be before start_date");
        }
        Long user = request.admin() ? null : request.userId();
        if (request.has("user_id")) {
            long asked = request.integer("user_id", 0, 1, Long.MAX_VALUE);
            if (asked != request.userId() && !request.admin()) {
                throw new ExportException("user_id", "Only an admin may export another user's entries.");
            }
            user = asked;
        }
        Long project = request.has("project_id") ? request.integer("project_id", 0, 1, Long.MAX_VALUE) : null;
        Boolean billable = request.has("billable") ? request.bool("billable", true) : null;
        boolean spreadsheet = "spreadsheet".equals(request.choice("target", List.of("spreadsheet", "data"), "spreadsheet"));
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant until = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        TimeAccess access = new TimeAccess(request.userId(), request.admin());
        TimeEntryQuery first = new TimeEntryQuery(user, project, start, until, billable, false, 0, 1);
        long total = entries.list(access, first).total();
        String name = "time-entries" + (from == null ? "" : "-" + from) + (to == null ? "" : "-" + to) + ".csv";
        return new Export() {
            @Override
            public long estimatedRows() {
                return total;
            }

            @Override
            public String fileName() {
                return name;
            }

            @Override
            public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
                write(out, progress, access, first, zone, spreadsheet);
            }
        };
    }

    private void write(OutputStream out, ExportProgress progress, TimeAccess access, TimeEntryQuery first, ZoneId zone,
            boolean spreadsheet) throws IOException {
        Map<Long, String> names = new HashMap<>();
        try (CsvOut csv = new CsvOut(out, spreadsheet)) {
            csv.row(HEADER);
            long offset = 0;
            while (true) {
                if (progress.cancelled()) {
                    throw new InterruptedIOException("export cancelled");
                }
                List<TimeEntry> page = entries.entries(access, new TimeEntryQuery(first.userId(), first.projectId(), first.from(),
                        first.until(), first.billable(), false, offset, PAGE));
                for (TimeEntry e : page) {
                    String user = names.computeIfAbsent(e.userId(),
                            id -> users.find(id).map(UserSummary::displayName).orElse(Long.toString(id)));
                    long seconds = e.durationSeconds() == null ? 0 : e.durationSeconds();
                    csv.row(Long.toString(e.id()), csv.text(user), csv.text(e.projectName()), csv.text(e.clientName()),
                            csv.text(e.taskName()), local(e.start(), zone), local(e.end(), zone), Text.hoursOfSeconds(seconds),
                            formatted(seconds), csv.text(e.notes()), csv.text(e.tags()), e.source(),
                            Boolean.toString(e.billable()), local(e.createdAt(), zone), local(e.updatedAt(), zone));
                }
                progress.advance(page.size());
                if (page.size() < PAGE) {
                    return;
                }
                offset += page.size();
            }
        }
    }

    private static String local(Instant at, ZoneId zone) {
        return at == null ? "" : LOCAL.format(LocalDateTime.ofInstant(at, zone));
    }

    /** {@code 01:30:00}; hours may exceed 24. */
    private static String formatted(long seconds) {
        return String.format("%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
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
