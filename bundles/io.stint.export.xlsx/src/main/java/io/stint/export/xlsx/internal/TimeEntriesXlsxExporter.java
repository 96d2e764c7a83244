package io.stint.export.xlsx.internal;

import java.time.Clock;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.security.api.Scopes;
import io.stint.security.api.UserDirectory;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntryService;

/** Finished time entries, with a summary per client and project, as an Excel workbook. */
@Component(service = Exporter.class)
public final class TimeEntriesXlsxExporter implements Exporter {

    static final String ID = "time-entries-xlsx";

    private static final List<ExportParameter> PARAMETERS = List.of(
            ExportParameter.of(EntryFilter.START_DATE, ExportParameter.DATE, false, null,
                    "Entries starting on or after this day, in your time zone."),
            ExportParameter.of(EntryFilter.END_DATE, ExportParameter.DATE, false, null,
                    "Entries starting on or before this day, in your time zone."),
            ExportParameter.of(EntryFilter.PROJECT_ID, ExportParameter.INTEGER, false, null,
                    "Only this project's entries."),
            ExportParameter.of(EntryFilter.USER_ID, ExportParameter.INTEGER, false, null,
                    "Only this user's entries (administrators; others always export their own)."),
            ExportParameter.of(EntryFilter.BILLABLE, ExportParameter.BOOLEAN, false, null,
                    "Only billable (true) or non-billable (false) entries."));

    private final TimeEntryService entries;
    private final UserDirectory users;
    private final ProjectService projects;
    private final Clock clock;
    private final int pageSize;

    @Activate
    public TimeEntriesXlsxExporter(@Reference TimeEntryService entries, @Reference UserDirectory users,
            @Reference ProjectService projects) {
        this(entries, users, projects, Clock.systemUTC(), TimeEntriesWorkbook.PAGE_SIZE);
    }

    TimeEntriesXlsxExporter(TimeEntryService entries, UserDirectory users, ProjectService projects, Clock clock,
            int pageSize) {
        this.entries = entries;
        this.users = users;
        this.projects = projects;
        this.clock = clock;
        this.pageSize = pageSize;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Time entries (Excel)";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String extension() {
        return "xlsx";
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
        EntryFilter filter = EntryFilter.of(request);
        long rows = entries.list(filter.access(), filter.query(filter.until(), 1)).total();
        if (rows > EntrySheet.MAX_ENTRIES) {
            throw new ExportException(null, "The selection holds " + rows + " entries, more than an Excel sheet's "
                    + EntrySheet.MAX_ENTRIES + " rows; choose a shorter period.");
        }
        return new TimeEntriesWorkbook(entries, users, projects, clock, filter, rows, pageSize);
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
