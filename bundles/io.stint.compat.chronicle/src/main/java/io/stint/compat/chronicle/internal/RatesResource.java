package io.stint.compat.chronicle.internal;

import java.math.BigDecimal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.stint.billing.api.RateDraft;
import io.stint.billing.api.Rates;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/rates}: the active rates, and {@code POST /rates/create}. Names need not be unique;
 * the currency comes as {@code currency_code} (or the document's {@code currency}), default USD.
 */
@Component(service = RatesResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.rates")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/rates")
@Produces(MediaType.APPLICATION_JSON)
public final class RatesResource {

    private final Rates rates;

    @Activate
    public RatesResource(@Reference Rates rates) {
        this.rates = rates;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public ArrayNode list() {
        return Params.array(Params.all((offset, limit) -> rates.list(true, offset, limit)).stream()
                .map(CatalogWire::rate).toList());
    }

    /** {@code {name, currency_code|currency?, hourly_amount, effective_from?, effective_to?}}. */
    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode json) {
        Body body = Body.of(json);
        String name = body.trimmed("name");
        if (name == null) {
            throw ChronicleException.invalid("Rate name is required");
        }
        String currency = Amounts.currency(body.has("currency_code") ? body.text("currency_code") : body.text("currency"));
        BigDecimal amount = body.decimal("hourly_amount");
        if (amount == null || amount.signum() <= 0) {
            throw ChronicleException.invalid("Hourly amount must be positive");
        }
        RateDraft draft = new RateDraft(name, currency, Amounts.minor(amount, currency),
                Dates.day(body.text("effective_from")), Dates.day(body.text("effective_to")), true);
        return Response.status(Response.Status.CREATED).entity(CatalogWire.rate(rates.create(draft, false))).build();
    }
}
