package io.stint.export.xlsx.internal;

import static io.stint.export.xlsx.internal.XlsxFixture.ADA;
import static io.stint.export.xlsx.internal.XlsxFixture.berlin;
import static io.stint.export.xlsx.internal.XlsxFixture.entryRows;
import static io.stint.export.xlsx.internal.XlsxFixture.request;
import static io.stint.export.xlsx.internal.XlsxFixture.sheet;
import static io.stint.export.xlsx.internal.XlsxFixture.sheetNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TimeEntryDraft;

class EntrySheetTest {

    private final XlsxFixture f = new XlsxFixture();

    @Test
    void theWorkbookOpensOnTheSummaryFollowedByTheEntries() {
        byte[] xlsx = f.export(request(ADA, false));

        assertEquals(List.of("Summary", "Time entries"), sheetNames(xlsx));
    }

    @Test
    void theHeaderNamesEveryColumn() {
        Row header = sheet(f.export(request(ADA, false)), EntrySheet.NAME).get(0);

        assertEquals(EntrySheet.HEADERS, header.stream().map(Cell::getText).toList());
    }

    @Test
    void theHeaderIsFrozenAndFiltersEveryRow() throws IOException {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.website, "2026-01-11T09:00", "2026-01-11T10:00", true);

        String xml = zipEntry(f.export(request(ADA, false)), "xl/worksheets/sheet2.xml");

        assertTrue(xml.contains("<pane xSplit=\"0\" ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                + "state=\"frozen\"/>"), xml);
        assertTrue(xml.contains("<autoFilter ref=\"A1:M3\">"), xml);
    }

    @Test
    void aRowHoldsTheEntrysValuesWithDatesAndTimesAsDateCellsInTheUsersZone() {
        f.entry(new TimeEntryDraft(ADA, f.website, null, f.design, berlin("2026-01-10T09:00:00"),
                berlin("2026-01-10T10:20:30"), 0, "Homepage layout", "ux, web", true, true, "INV-7"));

        List<Row> rows = entryRows(f.export(request(ADA, false)));

        assertEquals(1, rows.size());
        Row row = rows.get(0);
        assertDate(row.getCell(0), "yyyy-mm-dd", LocalDateTime.parse("2026-01-10T00:00"));
        assertDate(row.getCell(1), "yyyy-mm-dd hh:mm", LocalDateTime.parse("2026-01-10T09:00:00"));
        assertDate(row.getCell(2), "yyyy-mm-dd hh:mm", LocalDateTime.parse("2026-01-10T10:20:30"));
        assertEquals(CellType.NUMBER, row.getCell(3).getType());
        assertEquals(new BigDecimal("1.34"), row.getCell(3).asNumber()); // 4,830 s
        assertEquals("0.00", row.getCell(3).getDataFormatString());
        assertEquals(List.of("Ada Lovelace", "Acme", "Website", "Design", "Homepage layout", "ux, web"),
                row.getCells(4, 10).stream().map(Cell::asString).toList());
        assertEquals(Boolean.TRUE, row.getCell(10).asBoolean());
        assertEquals(Boolean.TRUE, row.getCell(11).asBoolean());
        assertEquals("INV-7", row.getCell(12).asString());
    }

    @Test
    void anEntryAcrossMidnightEndsOnTheNextDayInTheZone() {
        f.entry(ADA, f.internal, "2026-01-10T23:30", "2026-01-11T00:45", false);

        Row row = entryRows(f.export(request(ADA, false))).get(0);

        assertEquals(LocalDateTime.parse("2026-01-10T00:00"), row.getCell(0).asDate());
        assertEquals(LocalDateTime.parse("2026-01-11T00:45"), row.getCell(2).asDate());
        assertEquals(new BigDecimal("1.25"), row.getCell(3).asNumber());
        assertEquals(CellType.EMPTY, row.getOptionalCell(5).map(Cell::getType).orElse(CellType.EMPTY),
                "a project without a client has no client");
        assertEquals(Boolean.FALSE, row.getCell(10).asBoolean());
    }

    @Test
    void durationsAreHoursRoundedHalfUpFromWholeSecondsLessBreaks() {
        f.entry(new TimeEntryDraft(ADA, f.website, null, null, berlin("2026-01-10T09:00"), berlin("2026-01-10T09:01:03"),
                45, null, null, true, false, null)); // 63 s less 45 s of break: 18 s = 0.005 h
        f.entry(ADA, f.website, "2026-01-10T10:00", "2026-01-10T10:00:17", true); // 17 s = 0.00472 h

        Map<LocalDateTime, BigDecimal> hours = new HashMap<>();
        for (Row row : entryRows(f.export(request(ADA, false)))) {
            hours.put(row.getCell(1).asDate(), row.getCell(3).asNumber());
        }

        assertEquals(Map.of(LocalDateTime.parse("2026-01-10T09:00"), new BigDecimal("0.01"),
                LocalDateTime.parse("2026-01-10T10:00"), new BigDecimal("0.00")), hours);
    }

    @Test
    void entriesComeNewestFirstAsInTheTimeEntryList() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.website, "2026-01-12T09:00", "2026-01-12T10:00", true);

        List<Row> rows = entryRows(f.export(request(ADA, false)));

        assertEquals(List.of(LocalDateTime.parse("2026-01-12T09:00"), LocalDateTime.parse("2026-01-10T09:00")),
                rows.stream().map(r -> r.getCell(1).asDate()).toList());
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        f.entry(new TimeEntryDraft(ADA, f.website, null, null, berlin("2026-01-10T09:00"), berlin("2026-01-10T10:00"), 0,
                "=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", true, false, "@SUM(1)"));

        Row row = entryRows(f.export(request(ADA, false))).get(0);

        for (int col : new int[] { 8, 9, 12 }) {
            assertEquals(CellType.STRING, row.getCell(col).getType());
            assertNull(row.getCell(col).getFormula());
        }
        assertEquals("=HYPERLINK(\"http://x\")", row.getCell(8).asString());
        assertEquals("+cmd|' /C calc'!A0", row.getCell(9).asString());
        assertEquals("@SUM(1)", row.getCell(12).asString());
    }

    @Test
    void runningTimersAreLeftOut() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.tracking.timer.start(ADA, f.website, null, "still running");

        List<Row> rows = entryRows(f.export(request(ADA, false)));

        assertEquals(1, rows.size());
        assertTrue(f.tracking.timer.running(ADA).isPresent());
    }

    @Test
    void anEmptySelectionGivesBothSheetsWithTheirHeadersOnly() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);

        byte[] xlsx = f.export(request(ADA, false, "start_date", "2025-01-01", "end_date", "2025-01-31"));

        List<Row> entries = sheet(xlsx, EntrySheet.NAME);
        assertEquals(1, entries.size());
        assertEquals("Date", entries.get(0).getCell(0).asString());
        List<Row> summary = sheet(xlsx, SummarySheet.NAME);
        Row total = summary.get(summary.size() - 1);
        assertEquals("Total", total.getCell(0).asString());
        assertEquals(BigDecimal.ZERO, total.getCell(2).asNumber());
        assertEquals(new BigDecimal("0.00"), total.getCell(3).asNumber());
    }

    private static String zipEntry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile z = new ZipFile(file.toFile())) {
                return new String(z.getInputStream(z.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            Files.delete(file);
        }
    }

    private static void assertDate(Cell cell, String format, LocalDateTime expected) {
        assertEquals(CellType.NUMBER, cell.getType(), "a date is a number with a date format");
        assertEquals(format, cell.getDataFormatString());
        assertEquals(expected, cell.asDate());
    }
}
