package io.stint.export.internal;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportRequest;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.ScopeRefusal;

/**
 * Runs an exporter for a caller: checks the exporter's data scope and the parameters, then streams
 * the file or starts a job ({@code delivery}: {@code stream}, {@code job}, or {@code auto}: a job
 * when the export expects more rows than {@code stream.max.rows}).
 */
@Component(service = Runs.class)
public final class Runs {

    private final ExporterRegistry registry;
    private final ExportJobs jobs;

    @Activate
    public Runs(@Reference ExporterRegistry registry, @Reference ExportJobs jobs) {
        this.registry = registry;
        this.jobs = jobs;
    }

    /** Runs exporter {@code id}; {@code forceStream} answers the file whatever the request says. */
    Response run(String id, JsonNode body, Caller caller, boolean forceStream) {
        ExporterRegistry.Entry entry = registry.entry(id).orElseThrow(() -> ApiException.notFound("Exporter"));
        Response refused = ScopeRefusal.unless(caller, entry.exporter().scope());
        if (refused != null) {
            return refused;
        }
        Map<String, Object> params = Input.scalars(body);
        ExportWire.refuseUnknown(entry.exporter(), params);
        String delivery = delivery(params.remove(ExportWire.DELIVERY));
        Export export;
        try {
            export = entry.exporter().prepare(new ExportRequest(caller.userId(), caller.isAdmin(), caller.zone(), params));
        } catch (ExportException e) {
            throw ExportWire.refusal(e);
        }
        boolean job = !forceStream && ("job".equals(delivery)
                || ("auto".equals(delivery) && export.estimatedRows() > jobs.streamMaxRows()));
        if (!job) {
            return ExportWire.stream(entry.exporter(), export);
        }
        ExportJob started = jobs.submit(entry, export, caller.userId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "Export started");
        answer.put("job", ExportWire.job(started, caller.zone()));
        return Response.accepted(answer).location(URI.create(StintApi.BASE + "/exports/jobs/" + started.id)).build();
    }

    private static String delivery(Object value) {
        if (value == null) {
            return "auto";
        }
        String text = value.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (!ExportWire.DELIVERIES.contains(text)) {
            throw ApiException.invalidField(ExportWire.DELIVERY, "Must be one of " + String.join(", ", ExportWire.DELIVERIES) + ".");
        }
        return text;
    }

}
