package io.stint.export.xlsx.internal;

import static io.stint.export.xlsx.internal.XlsxFixture.ADA;
import static io.stint.export.xlsx.internal.XlsxFixture.BOB;
import static io.stint.export.xlsx.internal.XlsxFixture.ROOT;
import static io.stint.export.xlsx.internal.XlsxFixture.entryRows;
import static io.stint.export.xlsx.internal.XlsxFixture.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import io.stint.export.api.ExportException;
import io.stint.export.api.ExportRequest;

class FilterTest {

    private final XlsxFixture f = new XlsxFixture();

    @Test
    void theDateRangeIsWholeDaysInTheUsersZoneWithTheEndDateIncluded() {
        f.entry(ADA, f.website, "2026-01-09T23:59", "2026-01-10T00:00", true);
        f.entry(ADA, f.website, "2026-01-10T00:00", "2026-01-10T00:30", true); // 2026-01-09T23:00Z
        f.entry(ADA, f.website, "2026-01-11T23:59", "2026-01-12T00:10", true);
        f.entry(ADA, f.website, "2026-01-12T00:10", "2026-01-12T00:20", true);

        List<Row> rows = entryRows(f.export(request(ADA, false, "start_date", "2026-01-10", "end_date", "2026-01-11")));

        assertEquals(List.of(LocalDateTime.parse("2026-01-11T23:59"), LocalDateTime.parse("2026-01-10T00:00")),
                starts(rows));
    }

    @Test
    void aStartDateAloneOrAnEndDateAloneLeavesTheOtherSideOpen() {
        f.entry(ADA, f.website, "2026-01-09T10:00", "2026-01-09T11:00", true);
        f.entry(ADA, f.website, "2026-01-10T10:00", "2026-01-10T11:00", true);

        assertEquals(List.of(LocalDateTime.parse("2026-01-10T10:00")),
                starts(entryRows(f.export(request(ADA, false, "start_date", "2026-01-10")))));
        assertEquals(List.of(LocalDateTime.parse("2026-01-09T10:00")),
                starts(entryRows(f.export(request(ADA, false, "end_date", "2026-01-09")))));
    }

    @Test
    void aProjectFilterKeepsThatProjectsEntries() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.internal, "2026-01-10T10:00", "2026-01-10T11:00", true);

        List<Row> rows = entryRows(f.export(request(ADA, false, "project_id", String.valueOf(f.internal))));

        assertEquals(List.of("Internal"), projects(rows));
    }

    @Test
    void theBillableFilterKeepsBillableOrNonBillableEntries() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.internal, "2026-01-10T10:00", "2026-01-10T11:00", false);

        assertEquals(List.of("Website"), projects(entryRows(f.export(request(ADA, false, "billable", true)))));
        assertEquals(List.of("Internal"), projects(entryRows(f.export(request(ADA, false, "billable", "false")))));
    }

    @Test
    void aUserExportsOnlyTheirOwnEntries() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(BOB, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);

        assertEquals(List.of("Ada Lovelace"), users(entryRows(f.export(request(ADA, false)))));
        assertEquals(List.of("Ada Lovelace"), users(entryRows(f.export(request(ADA, false, "user_id", ADA)))));
    }

    @Test
    void aUserAskingForAnotherUsersEntriesIsRefused() {
        f.entry(BOB, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);

        ExportException e = assertThrows(ExportException.class,
                () -> f.exporter.prepare(request(ADA, false, "user_id", BOB)));

        assertEquals("user_id", e.parameter());
    }

    @Test
    void anAdminExportsEveryUsersEntriesOrOneUsers() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(BOB, f.website, "2026-01-10T10:00", "2026-01-10T11:00", true);

        assertEquals(List.of("Bob Builder", "Ada Lovelace"), users(entryRows(f.export(request(ROOT, true)))));
        assertEquals(List.of("Bob Builder"), users(entryRows(f.export(request(ROOT, true, "user_id", "2")))));
    }

    @Test
    void aUserTheDirectoryDoesNotKnowIsNamedByTheirId() {
        f.entry(42, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);

        assertEquals(List.of("42"), users(entryRows(f.export(request(ROOT, true)))));
    }

    @Test
    void theEstimateCountsTheSelectedFinishedEntries() {
        f.entry(ADA, f.website, "2026-01-10T09:00", "2026-01-10T10:00", true);
        f.entry(ADA, f.website, "2026-01-11T09:00", "2026-01-11T10:00", true);
        f.entry(BOB, f.website, "2026-01-11T09:00", "2026-01-11T10:00", true);
        f.tracking.timer.start(ADA, f.website, null, null);

        ExportRequest request = request(ADA, false, "start_date", "2026-01-11");

        assertEquals(1, f.exporter.prepare(request).estimatedRows());
        assertEquals(3, f.exporter.prepare(request(ROOT, true)).estimatedRows());
    }

    @Test
    void theFileIsNamedAfterThePeriod() {
        assertEquals("time-entries-2026-01-01-2026-01-31.xlsx", f.exporter
                .prepare(request(ADA, false, "start_date", "2026-01-01", "end_date", "2026-01-31")).fileName());
        assertEquals("time-entries-from-2026-01-01.xlsx",
                f.exporter.prepare(request(ADA, false, "start_date", "2026-01-01")).fileName());
        assertEquals("time-entries-all.xlsx", f.exporter.prepare(request(ADA, false)).fileName());
    }

    private static List<LocalDateTime> starts(List<Row> rows) {
        return rows.stream().map(r -> r.getCell(1).asDate()).toList();
    }

    private static List<String> projects(List<Row> rows) {
        return rows.stream().map(r -> r.getCell(6).asString()).toList();
    }

    private static List<String> users(List<Row> rows) {
        return rows.stream().map(r -> r.getCell(4).asString()).toList();
    }
}
