package io.stint.activity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockPage;
import io.stint.activity.api.BlockSuggestions;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.api.ProfileSummary;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.Pagination;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/blocks}: the caller's activity blocks, and a person's changes to them. */
@Component(service = BlocksResource.class)
@JakartarsResource
@JakartarsName("stint.activity.blocks")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("blocks")
@Produces(MediaType.APPLICATION_JSON)
public final class BlocksResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;

    private final BlockService blocks;

    /** A helper module's pending suggestions, shown beside blocks that need review; optional. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile BlockSuggestions suggestions;

    @Activate
    public BlocksResource(@Reference BlockService blocks) {
        this.blocks = blocks;
    }

    @GET
    @RolesAllowed(Scopes.READ_BLOCKS)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("date") String date,
            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
            @QueryParam("profile_id") String profileId, @QueryParam("unassigned") String unassigned,
            @QueryParam("needs_review") String needsReview, @QueryParam("limit") String limit,
            @QueryParam("user_id") String userId) {
        Caller caller = Caller.of(security);
        Map<String, List<String>> errors = new LinkedHashMap<>();
        ZoneId zone = caller.zone();
        LocalDate first;
        LocalDate last;
        if (startDate != null || endDate != null) {
            first = day("start_date", startDate, null, errors);
            last = day("end_date", endDate, first, errors);
        } else {
            first = day("date", date, LocalDate.now(zone), errors);
            last = first;
        }
        Long profile = number("profile_id", profileId, errors);
        Long user = number("user_id", userId, errors);
        boolean onlyUnassigned = flag("unassigned", unassigned, errors);
        boolean onlyReview = flag("needs_review", needsReview, errors);
        int max = DEFAULT_LIMIT;
        if (limit != null) {
            Long n = number("limit", limit, errors);
            if (n != null && (n < 1 || n > MAX_LIMIT)) {
                errors.put("limit", List.of("Must be between 1 and " + MAX_LIMIT + "."));
            } else if (n != null) {
                max = n.intValue();
            }
        }
        if (first != null && last != null && last.isBefore(first)) {
            errors.put("end_date", List.of("Must not be before start_date."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        long owner = caller.userOrSelf(user);
        long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        BlockPage page = blocks.list(new BlockQuery(owner, from, to, profile, onlyUnassigned, onlyReview, max));
        Map<Long, BlockSuggestions.Suggestion> pending = pending(owner, page.blocks());
        List<Map<String, Object>> items = new ArrayList<>(page.blocks().size());
        for (ActivityBlock b : page.blocks()) {
            items.add(wire(b, caller, pending));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("blocks", items);
        long pages = page.total() == 0 ? 0 : (page.total() + max - 1) / max;
        Pagination pagination = new Pagination(1, max, page.total(), pages, pages > 1, false, pages > 1 ? 2 : null, null);
        body.put("pagination", pagination);
        return body;
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_BLOCKS)
    public Map<String, Object> get(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Caller.of(security);
        return Map.of("block", wire(blocks.get(caller.userId(), id(id)), caller));
    }

    /** Re-runs segmentation from {@code start_date} (default: all of the caller's history). */
    @POST
    @Path("resegment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Map<String, Object> resegment(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        JsonNode object = body == null || body.isMissingNode() ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
        Input in = Input.of(object, Set.of("start_date"));
        LocalDate from = in.parsed("start_date", LocalDate::parse, "Invalid date format (use YYYY-MM-DD)");
        in.validate();
        long fromMs = from == null ? Long.MIN_VALUE / 2 : from.atStartOfDay(caller.zone()).toInstant().toEpochMilli();
        long count = blocks.resegment(caller.userId(), fromMs);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", "Blocks segmented again");
        answer.put("start_date", from == null ? null : from.toString());
        answer.put("blocks", count);
        return answer;
    }

    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Map<String, Object> reassign(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        Caller caller = Caller.of(security);
        Input in = Input.of(body, Set.of("profile_id", "confidence"));
        if (!in.has("profile_id")) {
            // null is allowed (unassign), absent is not
            in.error("profile_id", "Missing data for required field.");
        }
        Long profile = in.integer("profile_id");
        String confidence = in.string("confidence", 6);
        in.validate();
        ActivityBlock b = blocks.reassign(caller.userId(), caller.userId(), id(id), profile, confidence);
        return Map.of("message", "Block reassigned", "block", wire(b, caller));
    }

    @POST
    @Path("{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Map<String, Object> lock(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        Caller caller = Caller.of(security);
        Input in = Input.of(body, Set.of("locked"));
        in.require("locked");
        Boolean locked = in.bool("locked");
        if (locked == null && !in.failed("locked")) {
            in.error("locked", "Field may not be null.");
        }
        in.validate();
        ActivityBlock b = blocks.lock(caller.userId(), caller.userId(), id(id), locked);
        return Map.of("message", locked ? "Block locked" : "Block unlocked", "block", wire(b, caller));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Map<String, Object> edit(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        Caller caller = Caller.of(security);
        Input in = Input.of(body, Set.of("notes", "billable", "description"));
        Map<String, Object> fields = new LinkedHashMap<>();
        if (in.has("notes")) {
            fields.put("notes", in.string("notes", ActivityRecorder.MAX_TEXT));
        }
        if (in.has("description")) {
            fields.put("description", in.string("description", ActivityRecorder.MAX_TEXT));
        }
        if (in.has("billable")) {
            Boolean billable = in.bool("billable");
            if (billable == null) {
                in.error("billable", "Field may not be null.");
            }
            fields.put("billable", billable);
        }
        in.validate();
        ActivityBlock b = blocks.edit(caller.userId(), caller.userId(), id(id), fields);
        return Map.of("message", "Block updated", "block", wire(b, caller));
    }

    @GET
    @Path("{id}/audit")
    @RolesAllowed(Scopes.READ_BLOCKS)
    public Map<String, Object> audit(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Caller.of(security);
        List<Map<String, Object>> entries = blocks.audit(caller.userId(), id(id));
        for (Map<String, Object> entry : entries) {
            entry.put("at", ActivityWire.local((java.time.Instant) entry.get("at"), caller.zone()));
        }
        return Map.of("audit", entries);
    }

    /**
     * Adds time the capture missed: {@code ts_start}, {@code ts_end} (naive local times in the
     * caller's zone, or with an offset), {@code profile_id?}, {@code title?}, {@code description?},
     * {@code billable?} (default true).
     */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Response manual(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        Input in = Input.of(body, Set.of("ts_start", "ts_end", "profile_id", "title", "description", "billable"));
        in.require("ts_start");
        in.require("ts_end");
        Instant start = in.parsed("ts_start", t -> ActivityWire.instant(t, caller.zone()), "Not a valid datetime.");
        Instant end = in.parsed("ts_end", t -> ActivityWire.instant(t, caller.zone()), "Not a valid datetime.");
        Long profile = in.integer("profile_id");
        String title = in.string("title", ActivityRecorder.MAX_TEXT);
        String description = in.string("description", ActivityRecorder.MAX_TEXT);
        Boolean billable = in.bool("billable");
        in.validate();
        ActivityBlock b = blocks.addManual(caller.userId(), caller.userId(),
                new ManualBlock(start, end, profile, title, description, billable == null || billable));
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("message", "Block added", "block", wire(b, caller))).build();
    }

    private Map<String, Object> wire(ActivityBlock b, Caller caller) {
        return wire(b, caller, pending(b.userId(), List.of(b)));
    }

    private Map<String, Object> wire(ActivityBlock b, Caller caller, Map<Long, BlockSuggestions.Suggestion> pending) {
        ProfileSummary profile = b.profileId() == null ? null : blocks.profile(b.userId(), b.profileId()).orElse(null);
        String service = b.serviceId() == null ? null : blocks.serviceName(b.serviceId()).orElse(null);
        Map<String, Object> m = ActivityWire.block(b, profile, service, caller.zone());
        BlockSuggestions.Suggestion s = b.needsReview() ? pending.get(b.id()) : null;
        Map<String, Object> suggestion = null;
        if (s != null) {
            suggestion = new LinkedHashMap<>();
            suggestion.put("profile_id", s.profileId());
            suggestion.put("confidence", s.confidence());
            suggestion.put("reason", s.reason());
        }
        m.put("suggestion", suggestion);
        return m;
    }

    /** One batched call for a page; a failing helper module shows no suggestions rather than failing the list. */
    private Map<Long, BlockSuggestions.Suggestion> pending(long userId, List<ActivityBlock> page) {
        BlockSuggestions hook = suggestions;
        List<Long> ids = page.stream().filter(ActivityBlock::needsReview).map(ActivityBlock::id).toList();
        if (hook == null || ids.isEmpty()) {
            return Map.of();
        }
        try {
            Map<Long, BlockSuggestions.Suggestion> found = hook.pending(userId, ids);
            return found == null ? Map.of() : found;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // a path that is not an id names no block
        }
        throw ApiException.notFound("Block");
    }

    private static LocalDate day(String name, String text, LocalDate fallback, Map<String, List<String>> errors) {
        if (text == null || text.isBlank()) {
            if (fallback == null) {
                errors.put(name, List.of("Missing data for required field."));
            }
            return fallback;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(name, List.of("Invalid date format (use YYYY-MM-DD)"));
            return fallback;
        }
    }

    private static Long number(String name, String text, Map<String, List<String>> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            errors.put(name, List.of("Not a valid integer."));
            return null;
        }
    }

    private static boolean flag(String name, String text, Map<String, List<String>> errors) {
        if (text == null || text.isBlank()) {
            return false;
        }
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "yes":
                return true;
            case "false", "0", "no":
                return false;
            default:
                errors.put(name, List.of("Not a valid boolean."));
                return false;
        }
    }
}
