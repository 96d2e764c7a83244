package io.stint.export.xlsx.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.dhatim.fastexcel.Worksheet;

import io.stint.tracking.api.TimeEntry;

/**
 * The "Summary" sheet: entries, hours and billable hours per client and project, and their total.
 * It adds up seconds as entries pass, one line per client/project met, and converts to hours only
 * when written, so totals are exact rather than sums of rounded rows.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    /** The row of the table's header; the period and generation time are above it. */
    static final int TABLE_ROW = 5;
    static final List<String> HEADERS = List.of("Client", "Project", "Entries", "Hours", "Billable hours");

    private record Key(Long clientId, Long projectId) {
    }

    private static final class Line {
        final String client;
        final String project;
        long entries;
        long seconds;
        long billableSeconds;

        Line(String client, String project) {
            this.client = client;
            this.project = project;
        }

        void add(long worked, boolean billable) {
            entries++;
            seconds += worked;
            if (billable) {
                billableSeconds += worked;
            }
        }
    }

    private static final Comparator<String> NAME_ORDER = Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);

    private final Map<Key, Line> lines = new HashMap<>();
    private final Line total = new Line(null, null);
    private final Names names;

    SummarySheet(Names names) {
        this.names = names;
    }

    void add(TimeEntry e) {
        long worked = e.workedSeconds(e.end());
        lines.computeIfAbsent(new Key(names.clientId(e), e.projectId()),
                k -> new Line(names.client(e), e.projectName())).add(worked, e.billable());
        total.add(worked, e.billable());
    }

    void write(Worksheet ws, String period, LocalDateTime generated, String zone) throws IOException {
        ws.width(0, 28);
        ws.width(1, 28);
        ws.width(2, 10);
        ws.width(3, 12);
        ws.width(4, 15);
        Cells.text(ws, 0, 0, "Time entries");
        ws.style(0, 0).bold().fontSize(14).set();
        Cells.text(ws, 1, 0, "Period");
        Cells.text(ws, 1, 1, period);
        Cells.text(ws, 2, 0, "Time zone");
        Cells.text(ws, 2, 1, zone);
        Cells.text(ws, 3, 0, "Generated");
        ws.value(3, 1, generated);
        ws.style(3, 1).format(Cells.DATE_TIME).horizontalAlignment("left").set();
        for (int col = 0; col < HEADERS.size(); col++) {
            Cells.text(ws, TABLE_ROW, col, HEADERS.get(col));
        }
        ws.range(TABLE_ROW, 0, TABLE_ROW, HEADERS.size() - 1).style().bold().fillColor("DDEBF7").set();
        List<Line> sorted = new ArrayList<>(lines.values());
        sorted.sort(Comparator.<Line, String>comparing(l -> l.client, NAME_ORDER)
                .thenComparing(l -> l.project, NAME_ORDER));
        int row = TABLE_ROW + 1;
        for (Line line : sorted) {
            Cells.text(ws, row, 0, Objects.requireNonNullElse(line.client, "(no client)"));
            Cells.text(ws, row, 1, Objects.requireNonNullElse(line.project, "(no project)"));
            numbers(ws, row, line);
            row++;
        }
        Cells.text(ws, row, 0, "Total");
        numbers(ws, row, total);
        ws.range(row, 0, row, HEADERS.size() - 1).style().bold().borderStyle(org.dhatim.fastexcel.BorderSide.TOP, "thin")
                .set();
        ws.finish();
    }

    private static void numbers(Worksheet ws, int row, Line line) {
        ws.value(row, 2, line.entries);
        ws.value(row, 3, Cells.hours(line.seconds));
        ws.style(row, 3).format(Cells.HOURS).set();
        ws.value(row, 4, Cells.hours(line.billableSeconds));
        ws.style(row, 4).format(Cells.HOURS).set();
    }
}
