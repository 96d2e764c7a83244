package io.stint.billing.internal;

import java.time.ZoneId;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.billing.api.Rate;
import io.stint.billing.api.Rates;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/rates}: hourly rates, names unique among them; DELETE deactivates. */
@Component(service = RateResource.class)
@JakartarsResource
@JakartarsName("stint.billing.rates")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("rates")
@Produces(MediaType.APPLICATION_JSON)
public final class RateResource {

    private final Rates rates;

    @Activate
    public RateResource(@Reference Rates rates) {
        this.rates = rates;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("active_only") String activeOnly, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        boolean active = BillingWire.activeOnly(activeOnly);
        return request.envelope("rates", rates.list(active, request.offset(), request.perPage()).stream()
                .map(r -> RateWire.toWire(r, caller.zone())).toList(), rates.count(active));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Rate rate = rates.find(BillingWire.id(id, "Rate")).orElseThrow(() -> ApiException.notFound("Rate"));
        return Map.of("rate", RateWire.toWire(rate, Caller.of(sc).zone()));
    }

    @GET
    @Path("{id}/periods")
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> periods(@PathParam("id") String id, @Context SecurityContext sc) {
        long rateId = BillingWire.id(id, "Rate");
        rates.find(rateId).orElseThrow(() -> ApiException.notFound("Rate"));
        ZoneId zone = Caller.of(sc).zone();
        return Map.of("periods", rates.periods(rateId).stream().map(p -> RateWire.toWire(p, zone)).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Rate rate = rates.create(RateWire.draft(body), true);
        return BillingWire.created("Rate created successfully", "rate", RateWire.toWire(rate, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long rateId = BillingWire.id(id, "Rate");
        Rate rate = rates.update(rateId, RateWire.changes(body), true, RateWire.amountFrom(body));
        return BillingWire.message("Rate updated successfully", "rate", RateWire.toWire(rate, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> delete(@PathParam("id") String id) {
        rates.delete(BillingWire.id(id, "Rate"));
        return Map.of("message", "Rate deactivated successfully");
    }
}
