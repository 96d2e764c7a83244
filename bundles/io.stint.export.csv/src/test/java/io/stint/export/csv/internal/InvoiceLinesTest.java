package io.stint.export.csv.internal;

import static io.stint.export.csv.internal.ExportFixture.ALICE;
import static io.stint.export.csv.internal.ExportFixture.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.RateDraft;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;

/** The invoice-lines CSV over the real activity, billing and tracking services. */
class InvoiceLinesTest {

    private static final String HEADER = "Client,Project,Service,Date,Start Time,End Time,Hours (Rounded),Hours (Actual),"
            + "Rate,Currency,Amount,Description,Confidence";
    private static final ZoneId UTC = ZoneOffset.UTC;

    private final ExportFixture f = new ExportFixture();
    private final long acme = f.client("Acme Corp");
    private final long bookkeeping = f.service("Bookkeeping");
    private final long zar = f.rate("ZAR", 15_000);
    private final long acmeBooks = f.profile(acme, null, bookkeeping, zar);

    private static Map<String, Object> january(Object... more) {
        Map<String, Object> p = new HashMap<>(Map.of("start_date", "2026-01-01", "end_date", "2026-01-31"));
        for (int i = 0; i < more.length; i += 2) {
            p.put((String) more[i], more[i + 1]);
        }
        return p;
    }

    private String csv(Map<String, Object> parameters) {
        return f.invoiceLines(ALICE, false, UTC, parameters);
    }

    private static List<String> lines(String csv) {
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
        return List.of(csv.split("\r\n"));
    }

    @Test
    void aBlockBecomesALineInChronicleCoresColumnsAndFormat() {
        f.block(ALICE, "2026-01-15T09:00:00Z", 5_400, acmeBooks, "Excel - Budget 2026.xlsx", true);
        assertEquals(List.of(HEADER, "Acme Corp,,Bookkeeping,2026-01-15,09:00,10:30,1.50,1.50,150.00,ZAR,225.00,"
                + "Excel - Budget 2026.xlsx,HIGH"), lines(csv(january())));
    }

    @Test
    void eachBlockIsRoundedUpAloneByDefaultAndTheMinimumRaisesIt() {
        f.block(ALICE, "2026-01-15T09:00:00Z", 10, acmeBooks, "ten seconds", true);
        f.block(ALICE, "2026-01-15T10:00:00Z", 361, acmeBooks, "just over six minutes", true);
        List<String> six = lines(csv(january()));
        assertTrue(six.get(1).contains(",0.10,0.00,150.00,ZAR,15.00,"), six.get(1));
        assertTrue(six.get(2).contains(",0.20,0.10,150.00,ZAR,30.00,"), six.get(2));
        List<String> fifteen = lines(csv(january("rounding_minutes", 15)));
        assertTrue(fifteen.get(1).contains(",0.25,0.00,150.00,ZAR,37.50,"), fifteen.get(1));
        List<String> minimum = lines(csv(january("rounding_minutes", "15", "minimum_billable_minutes", 30)));
        assertTrue(minimum.get(1).contains(",0.50,0.00,150.00,ZAR,75.00,"), minimum.get(1));
        assertTrue(minimum.get(2).contains(",0.50,0.10,150.00,ZAR,75.00,"), minimum.get(2));
    }

    @Test
    void theRoundingModeRoundsToTheNearestIncrementOrDown() {
        f.block(ALICE, "2026-01-15T09:00:00Z", 539, acmeBooks, "almost nine minutes", true);
        assertTrue(lines(csv(january("rounding_mode", "nearest"))).get(1).contains(",0.10,0.15,"));
        assertTrue(lines(csv(january("mode", "down"))).get(1).contains(",0.10,0.15,"));
        assertTrue(lines(csv(january("rounding_mode", "up"))).get(1).contains(",0.20,0.15,"));
        f.block(ALICE, "2026-01-16T09:00:00Z", 540, acmeBooks, "nine minutes", true);
        assertTrue(lines(csv(january("rounding_mode", "nearest"))).get(2).contains(",0.20,0.15,"), "halves go up");
    }

    @Test
    void theDayScopesWriteALinePerDayAndProfileAndRoundOnce() {
        long design = f.profile(acme, null, f.service("Design"), zar);
        f.block(ALICE, "2026-01-15T09:00:00Z", 10, acmeBooks, "a", true);
        f.block(ALICE, "2026-01-15T09:10:00Z", 10, acmeBooks, "b", true);
        f.block(ALICE, "2026-01-15T09:20:00Z", 10, design, "c", true);
        f.block(ALICE, "2026-01-16T09:00:00Z", 10, acmeBooks, "d", true);
        assertEquals(5, lines(csv(january())).size(), "block scope: four lines, each 6 minutes");
        List<String> profileDay = lines(csv(january("rounding_scope", "profile_day")));
        assertEquals(List.of(HEADER,
                "Acme Corp,,Bookkeeping,2026-01-15,09:00,09:10,0.10,0.01,150.00,ZAR,15.00,a; b,HIGH",
                "Acme Corp,,Design,2026-01-15,09:20,09:20,0.10,0.00,150.00,ZAR,15.00,c,HIGH",
                "Acme Corp,,Bookkeeping,2026-01-16,09:00,09:00,0.10,0.00,150.00,ZAR,15.00,d,HIGH"), profileDay);
        List<String> day = lines(csv(january("rounding_scope", "day")));
        assertEquals(List.of(HEADER,
                "Acme Corp,,Bookkeeping,2026-01-15,09:00,09:10,0.10,0.01,150.00,ZAR,15.00,a; b,HIGH",
                "Acme Corp,,Design,2026-01-15,09:20,09:20,0.00,0.00,150.00,ZAR,0.00,c,HIGH",
                "Acme Corp,,Bookkeeping,2026-01-16,09:00,09:00,0.10,0.00,150.00,ZAR,15.00,d,HIGH"), day,
                "the 15th's 30 seconds round once to 6 minutes, which go to the larger remainder");
    }

    @Test
    void nonBillableAndUnassignedBlocksAreLeftOutAndProfileIdsFilter() {
        long other = f.profile(f.client("Other Co"), null, bookkeeping, zar);
        f.block(ALICE, "2026-01-15T09:00:00Z", 600, acmeBooks, "billable", true);
        f.block(ALICE, "2026-01-15T10:00:00Z", 600, acmeBooks, "not billable", false);
        f.block(ALICE, "2026-01-15T11:00:00Z", 600, null, "unassigned", true);
        f.block(ALICE, "2026-01-15T12:00:00Z", 600, other, "other client", true);
        f.block(BOB, "2026-01-15T12:00:00Z", 600, acmeBooks, "bob's", true);
        List<String> all = lines(csv(january()));
        assertEquals(3, all.size(), all.toString());
        assertTrue(all.get(1).endsWith(",billable,HIGH") && all.get(2).startsWith("Other Co,"));
        List<String> filtered = lines(csv(january("profile_ids", List.of(other))));
        assertEquals(2, filtered.size());
        assertTrue(filtered.get(1).startsWith("Other Co,"));
        assertEquals(2, lines(csv(january("profile_ids", other + "," + 999))).size());
    }

    @Test
    void eachBlockIsBilledAtTheRateInForceWhenItStarted() {
        long eur = f.rate("EUR", 10_000);
        long profile = f.profile(acme, f.project("Audit", acme), bookkeeping, eur);
        f.rates.update(eur, d -> new RateDraft(d.name(), d.currency(), 20_000, d.effectiveFrom(), d.effectiveTo(), d.active()),
                true, LocalDate.of(2026, 3, 1));
        f.block(ALICE, "2026-02-28T23:00:00Z", 3_600, profile, "before", true);
        f.block(ALICE, "2026-03-01T00:00:00Z", 3_600, profile, "after", true);
        List<String> rows = lines(csv(Map.of("start_date", "2026-02-01", "end_date", "2026-03-31")));
        assertEquals("Acme Corp,Audit,Bookkeeping,2026-02-28,23:00,00:00,1.00,1.00,100.00,EUR,100.00,before,HIGH", rows.get(1));
        assertEquals("Acme Corp,Audit,Bookkeeping,2026-03-01,00:00,01:00,1.00,1.00,200.00,EUR,200.00,after,HIGH", rows.get(2));
    }

    @Test
    void moneyIsWrittenWithEachCurrencysDigits() {
        long yen = f.profile(f.client("Tokyo KK"), null, bookkeeping, f.rate("JPY", 5_000));
        long dinar = f.profile(f.client("Manama WLL"), null, bookkeeping, f.rate("BHD", 12_345));
        f.block(ALICE, "2026-01-15T09:00:00Z", 1_800, yen, "yen", true);
        f.block(ALICE, "2026-01-15T10:00:00Z", 1_260, dinar, "dinar", true);
        List<String> rows = lines(csv(january()));
        assertTrue(rows.get(1).contains(",0.50,0.50,5000,JPY,2500,yen,"), rows.get(1));
        // 21 minutes round up to 24: 24 × 12.345 / 60 = 4.938; with 15-minute steps 30 × 12.345 / 60 = 6.1725 → 6.173
        assertTrue(rows.get(2).contains(",0.40,0.35,12.345,BHD,4.938,dinar,"), rows.get(2));
        assertTrue(lines(csv(january("rounding_minutes", 15))).get(2).contains(",0.50,0.35,12.345,BHD,6.173,dinar,"));
    }

    @Test
    void daysAreTheUsersDaysInTheirTimeZone() {
        f.block(ALICE, "2026-01-14T22:30:00Z", 1_800, acmeBooks, "late in UTC, early in Johannesburg", true);
        f.block(ALICE, "2026-01-31T22:30:00Z", 1_800, acmeBooks, "February in Johannesburg", true);
        List<String> rows = lines(f.invoiceLines(ALICE, false, ZoneId.of("Africa/Johannesburg"),
                Map.of("start_date", "2026-01-15", "end_date", "2026-01-31")));
        assertEquals(2, rows.size(), rows.toString());
        assertTrue(rows.get(1).contains(",2026-01-15,00:30,01:00,"), rows.get(1));
    }

    @Test
    void textIsQuotedAsRfc4180WantsAndFormulasAreDefusedForSpreadsheets() {
        f.block(ALICE, "2026-01-15T09:00:00Z", 360, acmeBooks, "=HYPERLINK(\"http://evil\",\"x\")", true);
        f.block(ALICE, "2026-01-15T10:00:00Z", 360, acmeBooks, "a, b\nc", true);
        List<String> guarded = List.of(csv(january()).split("\r\n"));
        assertTrue(guarded.get(1).endsWith(",\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",HIGH"), guarded.get(1));
        assertTrue(guarded.get(2).endsWith(",\"a, b\nc\",HIGH"), guarded.get(2));
        String data = csv(january("target", "data"));
        assertTrue(data.contains(",\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",HIGH"), data);
    }

    @Test
    void blocksAreReadPageByPageInStartOrderEachOnce() {
        f.invoiceLines.pageSize(3);
        List<String> expected = new ArrayList<>();
        for (int i = 9; i >= 0; i--) {
            // pairs share a start time, so pages end inside ties
            f.block(ALICE, "2026-01-15T" + String.format("%02d", 8 + i / 2) + ":00:00Z", 360, acmeBooks, "block " + i, true);
        }
        for (int hour = 8; hour <= 12; hour++) {
            expected.add(String.format("%02d:00", hour));
            expected.add(String.format("%02d:00", hour));
        }
        List<String> rows = lines(csv(january()));
        assertEquals(11, rows.size());
        assertEquals(expected, rows.subList(1, 11).stream().map(r -> r.split(",")[4]).toList());
        assertEquals(10, rows.stream().skip(1).map(r -> r.split(",")[11]).distinct().count(), "each block once");
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        assertRefused("rounding_minutes", "rounding_minutes must be 6 or 15", january("rounding_minutes", 10));
        assertRefused("rounding_minutes", "rounding_minutes must be 6 or 15", january("rounding_minutes", "six"));
        assertRefused("start_date", "Invalid date format (use YYYY-MM-DD)", january("start_date", "01/01/2026"));
        assertRefused("start_date", "start_date is required", Map.of("end_date", "2026-01-31"));
        assertRefused("end_date", "end_date must not be before start_date", january("end_date", "2025-12-31"));
        assertRefused("minimum_billable_minutes", "Must be between 0 and 1440.", january("minimum_billable_minutes", -1));
        assertRefused("rounding_scope", "Must be one of block, day, profile_day.", january("rounding_scope", "week"));
        assertRefused("profile_ids", "Must be a list of positive ids.", january("profile_ids", List.of("x")));
        assertRefused("user_id", "Only an admin may export another user's lines.", january("user_id", BOB));
    }

    @Test
    void anAdminMayExportAnotherUsersLines() {
        f.block(BOB, "2026-01-15T09:00:00Z", 360, acmeBooks, "bob's", true);
        assertEquals(1, lines(csv(january())).size());
        assertEquals(2, lines(f.invoiceLines(ALICE, true, UTC, january("user_id", BOB))).size());
    }

    @Test
    void aCancelledExportStopsAndProgressCountsTheLines() throws Exception {
        f.invoiceLines.pageSize(2);
        for (int i = 0; i < 5; i++) {
            f.block(ALICE, "2026-01-15T0" + i + ":00:00Z", 360, acmeBooks, "b" + i, true);
        }
        var export = f.invoiceLines.prepare(new ExportRequest(ALICE, false, UTC, january()));
        assertEquals(5, export.estimatedRows());
        Progress counted = new Progress(false);
        export.writeTo(new ByteArrayOutputStream(), counted);
        assertEquals(5, counted.rows);
        assertThrows(InterruptedIOException.class, () -> export.writeTo(new ByteArrayOutputStream(), new Progress(true)));
    }

    /** Counts the rows written; answers {@code cancelled} when asked whether to stop. */
    private static final class Progress implements ExportProgress {
        final boolean cancelled;
        long rows;

        Progress(boolean cancelled) {
            this.cancelled = cancelled;
        }

        @Override
        public void total(long total) {
        }

        @Override
        public void advance(long written) {
            rows += written;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    private void assertRefused(String parameter, String message, Map<String, Object> parameters) {
        ExportException e = assertThrows(ExportException.class,
                () -> f.invoiceLines.prepare(new ExportRequest(ALICE, false, UTC, parameters)));
        assertEquals(parameter, e.parameter());
        assertEquals(message, e.getMessage());
    }

}
