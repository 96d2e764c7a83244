package io.stint.tracking.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.store.api.Transactions;
import io.stint.tracking.api.TimeAccess;

/** Worked time per day in the caller's zone; finished entries only, counted on the day they start. */
@Component(service = ReportService.class)
public final class ReportService {

    /** Totals per local day from {@code first}: seconds, billable seconds and entries. */
    record ReportDays(LocalDate first, long[] seconds, long[] billable, long[] entries) {

        int size() {
            return seconds.length;
        }

        /** Sums over days [from, to) of this range, as {seconds, billable, entries}. */
        long[] sum(int from, int to) {
            long[] total = new long[3];
            for (int i = from; i < to; i++) {
                total[0] += seconds[i];
                total[1] += billable[i];
                total[2] += entries[i];
            }
            return total;
        }
    }

    private final Transactions tx;
    private final Clock clock;

    @Activate
    public ReportService(@Reference Transactions tx) {
        this(tx, Clock.systemUTC());
    }

    ReportService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Today in {@code zone}. */
    LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The actor's totals (an admin's: everyone's) for each day from {@code first} to {@code last}, inclusive. */
    ReportDays days(TimeAccess actor, ZoneId zone, LocalDate first, LocalDate last) {
        int n = (int) ChronoUnit.DAYS.between(first, last) + 1;
        ReportDays days = new ReportDays(first, new long[n], new long[n], new long[n]);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant until = last.plusDays(1).atStartOfDay(zone).toInstant();
        String sql = "SELECT START_AT, DURATION_SECONDS, BILLABLE FROM TRACKING_TIME_ENTRIES WHERE "
                + (actor.admin() ? "" : "USER_ID = ? AND ") + "START_AT >= ? AND START_AT < ? AND END_AT IS NOT NULL";
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!actor.admin()) {
                    ps.setLong(i++, actor.userId());
                }
                ps.setObject(i++, WireTimes.toDb(from));
                ps.setObject(i, WireTimes.toDb(until));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate day = LocalDate.ofInstant(TimeEntryRows.instant(rs, 1), zone);
                        int d = (int) ChronoUnit.DAYS.between(first, day);
                        long seconds = rs.getLong(2);
                        days.seconds()[d] += seconds;
                        days.billable()[d] += rs.getBoolean(3) ? seconds : 0;
                        days.entries()[d]++;
                    }
                }
            }
        });
        return days;
    }

    /** How many projects are active. */
    long activeProjects() {
        return tx.call(c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM TRACKING_PROJECTS WHERE STATUS = 'active'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
