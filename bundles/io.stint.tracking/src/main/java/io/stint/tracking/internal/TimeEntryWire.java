package io.stint.tracking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.tracking.api.TimeEntry;

/** A time entry as TimeTracker shows it: naive local times in the caller's zone, nulls written out. */
final class TimeEntryWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimeEntryWire() {
    }

    /** The entry as an ordered map, for answers that wrap or store it; lists write {@link TimeEntryJson} directly. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> of(TimeEntry e, ZoneId zone, Instant now, String userName) {
        return JSON.convertValue(new TimeEntryJson(e, zone, now, userName), LinkedHashMap.class);
    }

    /** Seconds as hours rounded to two decimals: hours are decimals only at the edge. */
    static double hours(long seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    static String formatted(long seconds) {
        StringBuilder text = new StringBuilder(8);
        WireTimes.twoDigits(text, seconds / 3600).append(':');
        WireTimes.twoDigits(text, seconds % 3600 / 60).append(':');
        return WireTimes.twoDigits(text, seconds % 60).toString();
    }

    /** The display names of the entries' users, one directory look-up per distinct user. */
    static Map<Long, String> names(UserDirectory directory, Collection<TimeEntry> entries) {
        Map<Long, String> names = new HashMap<>();
        for (TimeEntry e : entries) {
            names.computeIfAbsent(e.userId(), id -> directory.find(id).map(UserSummary::displayName).orElse(null));
        }
        return names;
    }

    /** A JSON text for bodies that are stored and replayed byte for byte. */
    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
