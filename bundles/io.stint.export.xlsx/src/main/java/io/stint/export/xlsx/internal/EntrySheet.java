package io.stint.export.xlsx.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.dhatim.fastexcel.Worksheet;

import io.stint.tracking.api.TimeEntry;

/** The "Time entries" sheet: a bold, frozen header, then one row per entry, written as it comes. */
final class EntrySheet {

    static final String NAME = "Time entries";
    static final List<String> HEADERS = List.of("Date", "Start", "End", "Duration (h)", "User", "Client", "Project",
            "Task", "Notes", "Tags", "Billable", "Paid", "Invoice");
    private static final double[] WIDTHS = { 12, 17, 17, 13, 20, 24, 24, 20, 50, 20, 9, 7, 14 };

    /** Excel's last row is 1,048,576; the header takes one. */
    static final int MAX_ENTRIES = Worksheet.MAX_ROWS - 1;

    private final Worksheet ws;
    private final ZoneId zone;
    private final Names names;
    private int row;

    EntrySheet(Worksheet ws, ZoneId zone, Names names) {
        this.ws = ws;
        this.zone = zone;
        this.names = names;
    }

    /** Widths, frozen header and header row: the writer puts them out with the first flush. */
    void header() {
        for (int col = 0; col < HEADERS.size(); col++) {
            ws.width(col, WIDTHS[col]);
            Cells.text(ws, 0, col, HEADERS.get(col));
        }
        ws.range(0, 0, 0, HEADERS.size() - 1).style().bold().fillColor("DDEBF7").set();
        ws.freezePane(0, 1);
        row = 1;
    }

    void add(TimeEntry e) {
        LocalDateTime start = LocalDateTime.ofInstant(e.start(), zone);
        LocalDateTime end = LocalDateTime.ofInstant(e.end(), zone);
        ws.value(row, 0, start.toLocalDate());
        ws.style(row, 0).format(Cells.DATE).set();
        ws.value(row, 1, start);
        ws.style(row, 1).format(Cells.DATE_TIME).set();
        ws.value(row, 2, end);
        ws.style(row, 2).format(Cells.DATE_TIME).set();
        ws.value(row, 3, Cells.hours(e.workedSeconds(e.end())));
        ws.style(row, 3).format(Cells.HOURS).set();
        Cells.text(ws, row, 4, names.user(e.userId()));
        Cells.text(ws, row, 5, names.client(e));
        Cells.text(ws, row, 6, e.projectName());
        Cells.text(ws, row, 7, e.taskName());
        Cells.text(ws, row, 8, e.notes());
        Cells.text(ws, row, 9, String.join(", ", e.tagList()));
        ws.value(row, 10, e.billable());
        ws.value(row, 11, e.paid());
        Cells.text(ws, row, 12, e.invoiceNumber());
        row++;
    }

    /** Entries written so far. */
    int entries() {
        return row - 1;
    }

    /** Hands the rows written so far to the stream, so the writer holds none of them. */
    void flush() throws IOException {
        ws.flush();
    }

    /** A filter on the header over all rows, then the sheet's end. */
    void finish() throws IOException {
        ws.setAutoFilter(0, 0, Math.max(row - 1, 0), HEADERS.size() - 1);
        ws.finish();
    }
}
