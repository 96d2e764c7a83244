package io.stint.export.xlsx.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.TaskDraft;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.internal.TrackingForXlsx;

/**
 * The exporter over tracking's real services on a fresh HSQLDB: a client with a project and task,
 * a project without a client, three users, and helpers to export and read the workbook back.
 */
final class XlsxFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final long ADA = 1;
    static final long BOB = 2;
    static final long ROOT = 9;
    /** 11:00 in Berlin on 2026-02-01. */
    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final TestDatabase db = TestDatabase.of(TrackingForXlsx.migrations());
    final TrackingForXlsx tracking = new TrackingForXlsx(db.transactions(), clock);
    final UserDirectory users = id -> Optional.ofNullable(Map.of(
            ADA, new UserSummary(ADA, "ada", "Ada Lovelace", "user", BERLIN, true),
            BOB, new UserSummary(BOB, "bob", "Bob Builder", "user", BERLIN, true),
            ROOT, new UserSummary(ROOT, "root", "Root", "admin", BERLIN, true)).get(id));
    /** Pages of 100 entries, so a few hundred entries take several pages. */
    static final int PAGE_SIZE = 100;
    final TimeEntriesXlsxExporter exporter = new TimeEntriesXlsxExporter(tracking.timeEntries, users,
            tracking.projects, clock, PAGE_SIZE);

    final long acme = tracking.clients.create(ClientDraft.named("Acme")).id();
    final long website = tracking.projects.create(ProjectDraft.of("Website", acme)).id();
    final long internal = tracking.projects.create(ProjectDraft.of("Internal", null)).id();
    final long design = tracking.tasks.create(ADA, TaskDraft.of(website, "Design")).id();

    /** Berlin local time, e.g. {@code 2026-01-10T09:00}. */
    static Instant berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toInstant();
    }

    /** A finished entry of {@code user} on {@code project}, in Berlin local times. */
    TimeEntry entry(long user, long project, String start, String end, boolean billable) {
        return entry(new TimeEntryDraft(user, project, null, null, berlin(start), berlin(end), 0, null, null, billable,
                false, null));
    }

    TimeEntry entry(TimeEntryDraft draft) {
        return tracking.timeEntries.create(new TimeAccess(ROOT, true), draft);
    }

    /**
     * {@code count} one-hour entries of each user, directly in the table for speed, an hour apart
     * from 2026-01-01T00:00Z: users given together share their starts.
     */
    void manyEntries(int count, long... users) {
        Transactions tx = db.transactions();
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, "
                    + "START_AT, END_AT, DURATION_SECONDS, NOTES, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, 3600, ?, ?, ?)")) {
                Instant first = Instant.parse("2026-01-01T00:00:00Z");
                for (long user : users) {
                    for (int i = 0; i < count; i++) {
                        Instant start = first.plusSeconds(i * 3600L);
                        ps.setLong(1, user);
                        ps.setLong(2, website);
                        ps.setObject(3, LocalDateTime.ofInstant(start, ZoneOffset.UTC));
                        ps.setObject(4, LocalDateTime.ofInstant(start.plusSeconds(3600), ZoneOffset.UTC));
                        ps.setString(5, "entry " + i);
                        ps.setObject(6, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC));
                        ps.setObject(7, LocalDateTime.ofInstant(NOW, ZoneOffset.UTC));
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    static ExportRequest request(long user, boolean admin, Object... nameValues) {
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            parameters.put((String) nameValues[i], nameValues[i + 1]);
        }
        return new ExportRequest(user, admin, BERLIN, parameters);
    }

    byte[] export(ExportRequest request) {
        return export(request, ExportProgress.NONE);
    }

    byte[] export(ExportRequest request, ExportProgress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.prepare(request).writeTo(out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rows of the sheet named {@code name}, read with cell formats. */
    static List<Row> sheet(byte[] xlsx, String name) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
            return wb.findSheet(name).orElseThrow().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The entry rows of the "Time entries" sheet, header left out. */
    static List<Row> entryRows(byte[] xlsx) {
        List<Row> rows = sheet(xlsx, EntrySheet.NAME);
        return rows.subList(1, rows.size());
    }

    static List<String> sheetNames(byte[] xlsx) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheets().map(s -> s.getName()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
