package io.stint.bench.xlsx;

import java.sql.PreparedStatement;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import io.stint.store.api.Sql;
import io.stint.store.api.Transactions;

/**
 * Seeds tracking's tables with JDBC: 10 clients, 50 projects (every other one with a client) and
 * the time entries of one user, 20 a working day of 30 minutes each, 07:00-19:00 UTC, with notes,
 * some tags and an invoice number on the paid ones.
 */
final class Seed {

    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 3);
    static final int PER_DAY = 20;
    private static final String[] NOTES = { "Call with the client about the next release",
            "Code review", "Fixing the build", "Writing the monthly report", "Design workshop",
            "Support ticket", "Planning", "Refactoring the import", "Onboarding a new colleague", "Travel" };

    private Seed() {
    }

    /** The last working day that holds an entry. */
    static LocalDate lastDay(int entries) {
        LocalDate day = FIRST_DAY;
        for (int days = (entries + PER_DAY - 1) / PER_DAY; days > 1; days--) {
            day = nextWorkday(day);
        }
        return day;
    }

    static void entries(Transactions tx, long user, int entries) {
        Instant now = Instant.now();
        tx.run(c -> {
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            long[] clients = new long[10];
            for (int i = 0; i < clients.length; i++) {
                clients[i] = Sql.insert(c, "INSERT INTO TRACKING_CLIENTS (NAME, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?)",
                        "Client " + i, at, at);
            }
            long[] projects = new long[50];
            for (int i = 0; i < projects.length; i++) {
                projects[i] = Sql.insert(c, "INSERT INTO TRACKING_PROJECTS (NAME, CLIENT_ID, CREATED_AT, UPDATED_AT) "
                        + "VALUES (?, ?, ?, ?)", "Project " + i, i % 2 == 0 ? clients[i % clients.length] : null, at, at);
            }
            Random random = new Random(42);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, "
                    + "START_AT, END_AT, DURATION_SECONDS, NOTES, TAGS, BILLABLE, PAID, INVOICE_NUMBER, CREATED_AT, "
                    + "UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                LocalDate day = FIRST_DAY;
                for (int i = 0; i < entries; i++) {
                    if (i > 0 && i % PER_DAY == 0) {
                        day = nextWorkday(day);
                    }
                    LocalDateTime start = day.atTime(7, 0).plusMinutes(36L * (i % PER_DAY));
                    boolean paid = random.nextInt(3) == 0;
                    ps.setLong(1, user);
                    ps.setLong(2, projects[random.nextInt(projects.length)]);
                    ps.setObject(3, start);
                    ps.setObject(4, start.plusMinutes(30));
                    ps.setLong(5, 1800);
                    ps.setString(6, NOTES[random.nextInt(NOTES.length)] + " #" + i);
                    ps.setString(7, random.nextBoolean() ? "dev,backend" : null);
                    ps.setBoolean(8, random.nextInt(5) != 0);
                    ps.setBoolean(9, paid);
                    ps.setString(10, paid ? "INV-" + (i / 1000) : null);
                    ps.setObject(11, at);
                    ps.setObject(12, at);
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                    }
                }
                if (entries % 5000 != 0) {
                    ps.executeBatch(); // HSQLDB refuses an empty batch
                }
            }
        });
    }

    private static LocalDate nextWorkday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
