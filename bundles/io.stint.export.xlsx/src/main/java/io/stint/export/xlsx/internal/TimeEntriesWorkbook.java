package io.stint.export.xlsx.internal;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import io.stint.export.api.Export;
import io.stint.export.api.ExportProgress;
import io.stint.security.api.UserDirectory;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryService;

/**
 * One checked XLSX export. The workbook opens on "Summary", the first sheet, although it is written
 * last: the entries stream into the second sheet page by page, the summary adds them up as they
 * pass, and only its few lines are written once every entry has been read.
 */
final class TimeEntriesWorkbook implements Export {

    static final int PAGE_SIZE = 10000;

    private final TimeEntryService entries;
    private final UserDirectory users;
    private final ProjectService projects;
    private final Clock clock;
    private final EntryFilter filter;
    private final long estimatedRows;
    private final int pageSize;

    TimeEntriesWorkbook(TimeEntryService entries, UserDirectory users, ProjectService projects, Clock clock,
            EntryFilter filter, long estimatedRows, int pageSize) {
        this.entries = entries;
        this.users = users;
        this.projects = projects;
        this.clock = clock;
        this.filter = filter;
        this.estimatedRows = estimatedRows;
        this.pageSize = pageSize;
    }

    @Override
    public long estimatedRows() {
        return estimatedRows;
    }

    @Override
    public String fileName() {
        return filter.fileName();
    }

    @Override
    public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
        LocalDateTime generated = LocalDateTime.ofInstant(clock.instant(), filter.zone());
        progress.total(estimatedRows);
        OutputStream buffered = new BufferedOutputStream(new KeepOpen(out), 64 * 1024);
        Workbook wb = new Workbook(buffered, "Stint", "1.0");
        Worksheet summarySheet = wb.newWorksheet(SummarySheet.NAME);
        Names names = new Names(users, projects);
        EntrySheet sheet = new EntrySheet(wb.newWorksheet(EntrySheet.NAME), filter.zone(), names);
        SummarySheet summary = new SummarySheet(names);
        sheet.header();
        EntryPages pages = new EntryPages(entries, filter, pageSize);
        while (true) {
            stopIfCancelled(progress);
            List<TimeEntry> page = pages.next();
            if (page.isEmpty()) {
                break;
            }
            int room = EntrySheet.MAX_ENTRIES - sheet.entries();
            List<TimeEntry> rows = page.size() > room ? page.subList(0, room) : page;
            for (TimeEntry e : rows) {
                sheet.add(e);
                summary.add(e);
            }
            sheet.flush();
            progress.advance(rows.size());
            if (rows.size() < page.size()) {
                break; // the sheet is full; prepare refuses such a request, but entries may have been added since
            }
        }
        stopIfCancelled(progress);
        sheet.finish();
        summary.write(summarySheet, filter.period(), generated, filter.zone().getId());
        wb.finish();
        buffered.flush();
    }

    private static void stopIfCancelled(ExportProgress progress) throws InterruptedIOException {
        if (progress.cancelled()) {
            throw new InterruptedIOException("The export was cancelled.");
        }
    }

    /** Lets the workbook close its zip stream without closing the caller's stream. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
