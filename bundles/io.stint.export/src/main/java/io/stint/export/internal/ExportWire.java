package io.stint.export.internal;

import java.io.BufferedOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.Exporter;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.StintApi;

/** Exporters, jobs and request bodies on Stint's wire. */
final class ExportWire {

    /** The request key that chooses between streaming and a job; not passed to exporters. */
    static final String DELIVERY = "delivery";
    static final List<String> DELIVERIES = List.of("auto", "stream", "job");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ExportWire() {
    }

    static Map<String, Object> exporter(Exporter e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("media_type", e.mediaType());
        m.put("extension", e.extension());
        m.put("scope", e.scope());
        List<Map<String, Object>> parameters = new ArrayList<>();
        for (ExportParameter p : e.parameters()) {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("name", p.name());
            pm.put("type", p.type());
            pm.put("required", p.required());
            pm.put("default", p.defaultValue());
            pm.put("choices", p.choices());
            pm.put("description", p.description());
            parameters.add(pm);
        }
        m.put("parameters", parameters);
        m.put("run_url", StintApi.BASE + "/exports/" + e.id());
        return m;
    }

    static Map<String, Object> job(ExportJob j, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id);
        m.put("exporter", j.exporterId);
        m.put("state", j.state());
        m.put("rows_written", j.written());
        m.put("rows_total", j.total() < 0 ? null : j.total());
        m.put("progress_percent", percent(j));
        m.put("file_name", j.fileName);
        m.put("media_type", j.mediaType);
        m.put("size_bytes", ExportJob.DONE.equals(j.state()) ? j.size() : null);
        m.put("error", j.error());
        m.put("created_at", local(j.createdAt, zone));
        m.put("finished_at", j.finishedAt() == null ? null : local(j.finishedAt(), zone));
        m.put("status_url", StintApi.BASE + "/exports/jobs/" + j.id);
        m.put("download_url", ExportJob.DONE.equals(j.state()) ? StintApi.BASE + "/exports/jobs/" + j.id + "/file" : null);
        return m;
    }

    /** Refuses a parameter {@code exporter} does not take, TimeTracker-style. */
    static void refuseUnknown(Exporter exporter, Map<String, Object> params) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        for (String name : params.keySet()) {
            if (!DELIVERY.equals(name) && exporter.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                errors.put(name, List.of("Unknown field."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** An exporter's refusal as Stint's 400. */
    static ApiException refusal(ExportException e) {
        return ApiException.invalidField(e.parameter() == null ? "_schema" : e.parameter(), e.getMessage());
    }

    /** The file, written as the client reads it. */
    static Response stream(Exporter exporter, Export export) {
        StreamingOutput body = out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            export.writeTo(buffered, ExportProgress.NONE);
            buffered.flush();
        };
        return Response.ok(body, exporter.mediaType() + (exporter.mediaType().startsWith("text/") ? "; charset=utf-8" : ""))
                .header("Content-Disposition", disposition(export.fileName())).build();
    }

    static String disposition(String fileName) {
        String safe = fileName == null ? "export" : fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + safe + "\"";
    }

    private static Integer percent(ExportJob j) {
        if (ExportJob.DONE.equals(j.state())) {
            return 100;
        }
        long total = j.total();
        return total <= 0 ? null : (int) Math.min(99, j.written() * 100 / total);
    }

    private static String local(Instant at, ZoneId zone) {
        return LOCAL.format(LocalDateTime.ofInstant(at, zone));
    }
}
