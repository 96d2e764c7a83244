package io.stint.tracking.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/analytics}: TimeTracker's chart data. A period of {@code days} runs from that many
 * days before today through today, in the caller's zone.
 */
@Component(service = AnalyticsResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.analytics")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("analytics")
@Produces(MediaType.APPLICATION_JSON)
public final class AnalyticsResource {

    private static final int WINDOW = 7;

    private final ReportService reports;

    @Activate
    public AnalyticsResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("hours-by-day")
    @RolesAllowed(Scopes.READ_REPORTS)
    public Map<String, Object> hoursByDay(@Context SecurityContext security, @QueryParam("days") String days) {
        Caller caller = Caller.of(security);
        ReportService.ReportDays range = history(caller, number("days", days, 30, 365));
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", "Hours Worked");
        dataset.put("data", hours(range));
        dataset.put("borderColor", "#3b82f6");
        dataset.put("backgroundColor", "rgba(59, 130, 246, 0.1)");
        dataset.put("tension", 0.4);
        dataset.put("fill", true);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("labels", labels(range.first(), range.size()));
        body.put("datasets", List.of(dataset));
        return body;
    }

    @GET
    @Path("hours-forecast")
    @RolesAllowed(Scopes.READ_REPORTS)
    public Map<String, Object> hoursForecast(@Context SecurityContext security, @QueryParam("days") String days,
            @QueryParam("forecast_days") String forecastDays) {
        Caller caller = Caller.of(security);
        int ahead = number("forecast_days", forecastDays, 7, 14);
        ReportService.ReportDays range = history(caller, number("days", days, 30, 365));
        List<Double> values = hours(range);
        List<Double> window = values.subList(Math.max(0, values.size() - WINDOW), values.size());
        double avg = window.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double spread = Math.sqrt(window.stream().mapToDouble(v -> (v - avg) * (v - avg)).average().orElse(0));
        List<Double> data = new ArrayList<>();
        List<Double> lower = new ArrayList<>();
        List<Double> upper = new ArrayList<>();
        for (int i = 0; i < ahead; i++) {
            data.add(round(avg, 2));
            lower.add(round(Math.max(0, avg - spread), 2));
            upper.add(round(avg + spread, 2));
        }
        LocalDate today = range.first().plusDays(range.size() - 1L);
        Map<String, Object> historical = new LinkedHashMap<>();
        historical.put("labels", labels(range.first(), range.size()));
        historical.put("data", values);
        Map<String, Object> forecast = new LinkedHashMap<>();
        forecast.put("labels", labels(today.plusDays(1), ahead));
        forecast.put("data", data);
        forecast.put("lower", lower);
        forecast.put("upper", upper);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("historical", historical);
        body.put("forecast", forecast);
        body.put("avg_daily_hours", round(avg, 2));
        body.put("method", "moving_average");
        return body;
    }

    @GET
    @Path("summary-with-comparison")
    @RolesAllowed(Scopes.READ_REPORTS)
    public Map<String, Object> summary(@Context SecurityContext security, @QueryParam("days") String days) {
        Caller caller = Caller.of(security);
        int n = number("days", days, 30, 365);
        ZoneId zone = caller.zone();
        LocalDate today = reports.today(zone);
        int length = n + 1;
        ReportService.ReportDays range = reports.days(TimeEntriesResource.access(caller), zone,
                today.minusDays(2L * length - 1), today);
        long[] previous = range.sum(0, length);
        long[] current = range.sum(length, 2 * length);
        double hours = round(current[0] / 3600.0, 1);
        double billable = round(current[1] / 3600.0, 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total_hours", hours);
        body.put("total_hours_change", change(current[0], previous[0]));
        body.put("billable_hours", billable);
        body.put("billable_hours_change", change(current[1], previous[1]));
        body.put("total_entries", current[2]);
        body.put("entries_change", change(current[2], previous[2]));
        body.put("active_projects", reports.activeProjects());
        body.put("avg_daily_hours", round(hours / n, 1));
        body.put("billable_percentage", current[0] == 0 ? 0.0 : round(current[1] * 100.0 / current[0], 1));
        body.put("total_payments", 0.0);
        body.put("payment_count", 0);
        return body;
    }

    private ReportService.ReportDays history(Caller caller, int days) {
        LocalDate today = reports.today(caller.zone());
        return reports.days(TimeEntriesResource.access(caller), caller.zone(), today.minusDays(days), today);
    }

    private static List<Double> hours(ReportService.ReportDays range) {
        List<Double> data = new ArrayList<>(range.size());
        for (long s : range.seconds()) {
            data.add(TimeEntryWire.hours(s));
        }
        return data;
    }

    private static List<String> labels(LocalDate first, int count) {
        List<String> labels = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            labels.add(first.plusDays(i).toString());
        }
        return labels;
    }

    /** The change from {@code previous} to {@code current} in percent, 0 without a previous value. */
    private static double change(long current, long previous) {
        return previous == 0 ? 0.0 : round((current - previous) * 100.0 / previous, 1);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }

    private static int number(String name, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField(name, "Must be a whole number from 1 to " + max + ".");
    }
}
