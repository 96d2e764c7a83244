package io.stint.tracking.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;
import io.stint.tracking.api.TimeEntryQuery;

/** The query parameters of {@code GET /time-entries}; anything unreadable is a 400 naming the parameter. */
final class TimeEntryParams {

    private TimeEntryParams() {
    }

    static TimeEntryQuery query(Caller caller, String projectId, String userId, String startDate, String endDate,
            String billable, String includeActive, PageRequest page) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ZoneId zone = caller.zone();
        Long project = id("project_id", projectId, errors);
        Long user = id("user_id", userId, errors);
        Instant from = null;
        Instant until = null;
        if (present(startDate)) {
            try {
                from = WireTimes.parse(startDate, zone);
            } catch (DateTimeException e) {
                errors.put("start_date", List.of("Not a valid date or datetime."));
            }
        }
        if (present(endDate)) {
            try {
                String t = endDate.strip();
                // a date alone covers that whole day; a datetime is inclusive to the second
                until = t.length() == 10 ? LocalDate.parse(t).plusDays(1).atStartOfDay(zone).toInstant()
                        : WireTimes.parse(t, zone).plusSeconds(1);
            } catch (DateTimeException e) {
                errors.put("end_date", List.of("Not a valid date or datetime."));
            }
        }
        Boolean bill = bool("billable", billable, errors);
        Boolean active = bool("include_active", includeActive, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        Long owner = caller.isAdmin() ? user : Long.valueOf(caller.userOrSelf(user));
        return new TimeEntryQuery(owner, project, from, until, bill, active != null && active, page.offset(),
                page.perPage());
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static Long id(String name, String value, Map<String, List<String>> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            errors.put(name, List.of("Not a valid integer."));
            return null;
        }
    }

    private static Boolean bool(String name, String value, Map<String, List<String>> errors) {
        if (!present(value)) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.put(name, List.of("Must be true or false."));
                yield null;
            }
        };
    }
}
