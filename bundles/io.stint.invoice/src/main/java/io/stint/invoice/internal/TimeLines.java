package io.stint.invoice.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntry;

/**
 * Time lines: one per entry, or per project, task or day (and per hourly price, when entries of one
 * group are priced differently). An hour costs the project's rate, else the client's default rate
 * (both in the installation's currency), else the request's {@code hourly_rate}.
 */
final class TimeLines {

    private record Key(Object group, long unitMinor) {
    }

    private record Group(String description, long unitMinor, List<TimeEntry> entries) {
    }

    private final Target target;
    private final String groupBy;
    private final Long requestRate;
    private final ZoneId zone;
    private final Map<Long, Project> known;
    private final ProjectService projects;

    TimeLines(Target target, String groupBy, Long requestRate, ZoneId zone, Map<Long, Project> known,
            ProjectService projects) {
        this.target = target;
        this.groupBy = groupBy;
        this.requestRate = requestRate;
        this.zone = zone;
        this.known = known;
        this.projects = projects;
    }

    List<Line> lines(List<TimeEntry> entries) {
        Map<Key, Group> groups = new LinkedHashMap<>();
        for (TimeEntry e : entries) {
            long unit = unitPrice(e);
            groups.computeIfAbsent(new Key(group(e), unit), k -> new Group(description(e), unit, new ArrayList<>()))
                    .entries().add(e);
        }
        List<Line> lines = new ArrayList<>();
        for (Group g : groups.values()) {
            long seconds = g.entries().stream().mapToLong(e -> e.workedSeconds(e.end())).sum();
            lines.add(new Line(g.description(), Hours.ofSeconds(seconds), g.unitMinor(), Line.TIME,
                    g.entries().stream().map(e -> Source.entry(e.id())).toList()));
        }
        return lines;
    }

    private Object group(TimeEntry e) {
        return switch (groupBy) {
            case "project" -> e.projectId() == null ? "client" : e.projectId();
            case "task" -> List.of(e.projectId() == null ? -1L : e.projectId(), e.taskId() == null ? -1L : e.taskId());
            case "day" -> day(e);
            default -> e.id();
        };
    }

    private String description(TimeEntry e) {
        String work = e.projectName() != null ? e.projectName() : target.client().name();
        return switch (groupBy) {
            case "project" -> work;
            case "task" -> e.taskName() == null ? work : work + " — " + e.taskName();
            case "day" -> "Work on " + day(e);
            default -> day(e) + " " + work + (e.taskName() == null ? "" : " — " + e.taskName())
                    + (e.notes() == null ? "" : ": " + e.notes());
        };
    }

    private LocalDate day(TimeEntry e) {
        return e.start().atZone(zone).toLocalDate();
    }

    private long unitPrice(TimeEntry e) {
        if (e.projectId() != null) {
            Project p = known.computeIfAbsent(e.projectId(), id -> projects.find(id).orElseThrow());
            if (p.rateMinor() != null) {
                return inCurrency(p.rateMinor(), p.currency(), "project " + p.name());
            }
        }
        if (target.client().defaultRateMinor() != null) {
            return inCurrency(target.client().defaultRateMinor(), target.client().currency(),
                    "client " + target.client().name());
        }
        if (requestRate != null) {
            return requestRate;
        }
        throw ApiException.invalidField("hourly_rate", "Time entry " + e.id() + " has no hourly rate: neither "
                + (e.projectName() != null ? "project " + e.projectName() + " nor " : "") + "client "
                + target.client().name() + " has one. Send hourly_rate.");
    }

    private long inCurrency(long minor, String currency, String whose) {
        if (!currency.equals(target.currency())) {
            throw ApiException.invalidField("currency_code", "The hourly rate of " + whose + " is in " + currency
                    + "; an invoice in " + target.currency() + " cannot use it.");
        }
        return minor;
    }
}
