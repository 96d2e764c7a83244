package io.stint.export.xlsx.internal;

import static io.stint.export.xlsx.internal.XlsxFixture.ADA;
import static io.stint.export.xlsx.internal.XlsxFixture.BOB;
import static io.stint.export.xlsx.internal.XlsxFixture.ROOT;
import static io.stint.export.xlsx.internal.XlsxFixture.request;
import static io.stint.export.xlsx.internal.XlsxFixture.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.TimeEntryDraft;

class SummarySheetTest {

    private final XlsxFixture f = new XlsxFixture();

    @Test
    void thePeriodZoneAndGenerationTimeHeadTheSummary() {
        List<Row> rows = sheet(f.export(request(ADA, false, "start_date", "2026-01-01", "end_date", "2026-01-31")),
                SummarySheet.NAME);

        assertEquals(List.of("Period", "2026-01-01 – 2026-01-31"), texts(row(rows, 1), 0, 2));
        assertEquals(List.of("Time zone", "Europe/Berlin"), texts(row(rows, 2), 0, 2));
        assertEquals("Generated", row(rows, 3).getCell(0).asString());
        assertEquals(LocalDateTime.parse("2026-02-01T11:00"), row(rows, 3).getCell(1).asDate());
    }

    @Test
    void eachClientAndProjectHasItsEntriesHoursAndBillableHoursThenATotal() {
        long globex = f.tracking.clients.create(ClientDraft.named("Globex")).id();
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:30", true);
        f.entry(ADA, f.website, "2026-01-11T09:00", "2026-01-11T09:20", false);
        f.entry(BOB, f.internal, "2026-01-10T09:00", "2026-01-10T09:00:10", false);
        f.entry(BOB, f.internal, "2026-01-11T09:00", "2026-01-11T09:00:10", false);
        f.entry(new TimeEntryDraft(BOB, null, globex, null, XlsxFixture.berlin("2026-01-12T09:00"),
                XlsxFixture.berlin("2026-01-12T11:00"), 0, null, null, true, false, null));

        List<Row> rows = sheet(f.export(request(ROOT, true)), SummarySheet.NAME);

        assertEquals(SummarySheet.HEADERS, texts(row(rows, SummarySheet.TABLE_ROW), 0, 5));
        List<Row> table = table(rows);
        assertEquals(4, table.size());
        assertLine(table.get(0), "Acme", "Website", 2, "1.83", "1.50");
        assertLine(table.get(1), "Globex", "(no project)", 1, "2.00", "2.00");
        // 20 s of work rounds to 0.01 h, though each 10 s entry alone would show 0.00
        assertLine(table.get(2), "(no client)", "Internal", 2, "0.01", "0.00");
        assertLine(table.get(3), "Total", "", 5, "3.84", "3.50");
        assertEquals("0.00", table.get(3).getCell(3).getDataFormatString());
    }

    @Test
    void theSummaryCountsOnlyTheFilteredEntries() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.internal, "2026-01-10T10:00", "2026-01-10T11:00", true);

        List<Row> rows = sheet(f.export(request(ADA, false, "project_id", f.website)), SummarySheet.NAME);

        List<Row> table = table(rows);
        assertEquals(2, table.size());
        assertLine(table.get(0), "Acme", "Website", 1, "1.00", "1.00");
        assertLine(table.get(1), "Total", "", 1, "1.00", "1.00");
    }

    private static void assertLine(Row row, String client, String project, long entries, String hours,
            String billable) {
        assertEquals(client, row.getCell(0).asString());
        assertEquals(project, row.getCellText(1));
        assertEquals(BigDecimal.valueOf(entries), row.getCell(2).asNumber());
        assertEquals(new BigDecimal(hours), row.getCell(3).asNumber());
        assertEquals(new BigDecimal(billable), row.getCell(4).asNumber());
    }

    /** The row at a 0-based index: the reader leaves empty rows out of its list. */
    private static Row row(List<Row> rows, int index) {
        return rows.stream().filter(r -> r.getRowNum() == index + 1).findFirst().orElseThrow();
    }

    /** The table's lines below its header. */
    private static List<Row> table(List<Row> rows) {
        return rows.stream().filter(r -> r.getRowNum() > SummarySheet.TABLE_ROW + 1).toList();
    }

    private static List<String> texts(Row row, int from, int to) {
        return row.getCells(from, to).stream().map(Cell::asString).toList();
    }
}
