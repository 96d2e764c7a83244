package io.stint.compat.chronicle.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockFilter;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.api.ProfileDirectory;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/blocks}: the caller's blocks, a person's reassignments and locks, and time the capture missed. */
@Component(service = BlocksResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.blocks")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/blocks")
@Produces(MediaType.APPLICATION_JSON)
public final class BlocksResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final Set<String> CONFIDENCES = Set.of("HIGH", "MEDIUM", "LOW");
    static final String NOT_FOUND = "Block not found";

    private final Blocks blocks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProfileDirectory profiles;

    @Activate
    public BlocksResource(@Reference Blocks blocks) {
        this.blocks = blocks;
    }

    /**
     * The blocks of one day ({@code date}, default today) or of the days from {@code start_date} to
     * {@code end_date} (one of them alone means that day), in the caller's time zone.
     */
    @GET
    @RolesAllowed(Scopes.READ_BLOCKS)
    public ArrayNode list(@Context SecurityContext security, @QueryParam("date") String date,
            @QueryParam("start_date") String startDate, @QueryParam("end_date") String endDate,
            @QueryParam("profile_id") String profileId, @QueryParam("unassigned") String unassigned,
            @QueryParam("needs_review") String needsReview, @QueryParam("limit") String limit) {
        Caller caller = Caller.of(security);
        ZoneId zone = caller.zone();
        LocalDate day = Dates.day(date);
        LocalDate first = Dates.day(startDate);
        LocalDate last = Dates.day(endDate);
        if (first == null && last == null) {
            first = day == null ? LocalDate.now(zone) : day;
            last = first;
        } else {
            first = first == null ? last : first;
            last = last == null ? first : last;
        }
        if (last.isBefore(first)) {
            throw ChronicleException.invalid("end_date must not be before start_date");
        }
        Long profile = profileId == null || profileId.isEmpty() ? null : Params.id(profileId, "profile_id");
        BlockFilter filter = new BlockFilter(caller.userId(), first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant(), profile, Params.flag(unassigned),
                Params.flag(needsReview), limit(limit));
        ProfileNames names = new ProfileNames(profiles, caller.userId());
        ArrayNode array = ChronicleJson.MAPPER.createArrayNode();
        for (ActivityBlock b : blocks.list(filter).blocks()) {
            array.add(BlockWire.block(b, names));
        }
        return array;
    }

    /** {@code {profile_id, confidence?}}: the confidence is checked (case-sensitively) before the block is looked up. */
    @POST
    @Path("{id}/reassign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public ObjectNode reassign(@Context SecurityContext security, @PathParam("id") String id, JsonNode json) {
        long blockId = Params.id(id, "block_id");
        Body body = Body.of(json);
        String confidence = body.text("confidence");
        if (confidence != null && confidence.isEmpty()) {
            confidence = null;
        }
        if (confidence != null && !CONFIDENCES.contains(confidence)) {
            throw ChronicleException.invalid("confidence must be HIGH, MEDIUM, or LOW");
        }
        Long profile = body.integer("profile_id");
        long user = Caller.of(security).userId();
        try {
            return wire(blocks.reassign(user, user, blockId, profile, confidence), user);
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, NOT_FOUND, null);
        }
    }

    /** {@code {locked}}; absent means false, as ChronicleCore reads it. */
    @POST
    @Path("{id}/lock")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public ObjectNode lock(@Context SecurityContext security, @PathParam("id") String id, JsonNode json) {
        long blockId = Params.id(id, "block_id");
        Boolean locked = Body.of(json).bool("locked");
        long user = Caller.of(security).userId();
        try {
            return wire(blocks.lock(user, user, blockId, Boolean.TRUE.equals(locked)), user);
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, NOT_FOUND, null);
        }
    }

    /** {@code {profile_id, ts_start, ts_end, title, description?, billable?}}: time the capture missed, 201 the block. */
    @POST
    @Path("manual")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_BLOCKS)
    public Response manual(@Context SecurityContext security, JsonNode json) {
        Body body = Body.of(json);
        Long profile = body.integer("profile_id");
        if (profile == null || profile == 0) {
            throw ChronicleException.invalid("profile_id is required");
        }
        String title = body.text("title");
        if (title == null || title.isEmpty()) {
            throw ChronicleException.invalid("title is required");
        }
        String from = body.text("ts_start");
        String to = body.text("ts_end");
        if (from == null || from.isEmpty() || to == null || to.isEmpty()) {
            throw ChronicleException.invalid("ts_start and ts_end are required");
        }
        Instant start = Dates.instant(from);
        if (start == null) {
            throw ChronicleException.invalid("Invalid ts_start format. Use ISO-8601 (e.g., 2026-01-13T09:00:00Z)");
        }
        Instant end = Dates.instant(to);
        if (end == null) {
            throw ChronicleException.invalid("Invalid ts_end format. Use ISO-8601 (e.g., 2026-01-13T10:00:00Z)");
        }
        if (!end.isAfter(start)) {
            throw ChronicleException.invalid("ts_end must be after ts_start");
        }
        if (start.isAfter(Instant.now().plus(Duration.ofHours(1)))) {
            throw ChronicleException.invalid("ts_start cannot be more than 1 hour in the future");
        }
        String description = body.text("description");
        boolean billable = Boolean.TRUE.equals(body.bool("billable"));
        long user = Caller.of(security).userId();
        ActivityBlock created = blocks.addManual(user, user, new ManualBlock(start, end, profile, title,
                description == null || description.isEmpty() ? title : description, billable));
        return Response.status(Response.Status.CREATED).entity(wire(created, user)).build();
    }

    private ObjectNode wire(ActivityBlock b, long user) {
        return BlockWire.block(b, new ProfileNames(profiles, user));
    }

    private static int limit(String text) {
        if (text == null || text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ChronicleException.invalid("limit must be an integer from 1 to " + MAX_LIMIT);
    }
}
