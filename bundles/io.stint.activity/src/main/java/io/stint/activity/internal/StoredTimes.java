package io.stint.activity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** TIMESTAMP columns hold UTC: conversions in and out. */
final class StoredTimes {

    private StoredTimes() {
    }

    /** Now, as stored. */
    static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC));
    }

    /** A stored UTC timestamp as an instant. */
    static Instant instant(Timestamp stored) {
        return stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** Column {@code index} as stored, read without {@link Timestamp}'s calendar arithmetic (exports read millions). */
    static Instant instant(java.sql.ResultSet rs, int index) throws java.sql.SQLException {
        return rs.getObject(index, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
