package io.stint.tracking.internal;

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

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseQuery;
import io.stint.tracking.api.ExpenseService;

/**
 * {@code /api/v1/expenses}: TimeTracker's expenses; DELETE rejects. A regular user sees and changes
 * only their own expenses: another user's answers 404.
 */
@Component(service = ExpenseResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.expenses")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("expenses")
@Produces(MediaType.APPLICATION_JSON)
public final class ExpenseResource {

    private final ExpenseService expenses;

    @Activate
    public ExpenseResource(@Reference ExpenseService expenses) {
        this.expenses = expenses;
    }

    @GET
    @RolesAllowed(Scopes.READ_EXPENSES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("user_id") String userId, @QueryParam("project_id") String projectId,
            @QueryParam("client_id") String clientId, @QueryParam("status") String status,
            @QueryParam("category") String category, @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        Long requested = CatalogWire.queryId(userId, "user_id");
        // An admin without user_id sees everyone's; anyone else only their own.
        Long owner = caller.isAdmin() ? requested : Long.valueOf(caller.userOrSelf(requested));
        ExpenseQuery query = new ExpenseQuery(owner, CatalogWire.queryId(projectId, "project_id"),
                CatalogWire.queryId(clientId, "client_id"), CatalogWire.queryChoice(status, "status", Expense.STATUSES),
                category == null || category.isBlank() ? null : category.strip(),
                CatalogWire.queryDate(startDate, "start_date"), CatalogWire.queryDate(endDate, "end_date"));
        return request.envelope("expenses", expenses.list(query, request.offset(), request.perPage()).stream()
                .map(e -> ExpenseWire.toWire(e, caller.zone())).toList(), expenses.count(query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_EXPENSES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Expense expense = expenses.find(CatalogWire.id(id, "Expense"), acting(caller))
                .orElseThrow(() -> ApiException.notFound("Expense"));
        return Map.of("expense", ExpenseWire.toWire(expense, caller.zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_EXPENSES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Expense expense = expenses.create(caller.userId(), ExpenseWire.draft(body, expenses.defaultCurrency()));
        return CatalogWire.created("Expense created successfully", "expense", ExpenseWire.toWire(expense, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_EXPENSES)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_EXPENSES)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long expenseId = CatalogWire.id(id, "Expense");
        Expense expense = expenses.update(expenseId, acting(caller), ExpenseWire.changes(body, expenses.defaultCurrency()));
        return CatalogWire.message("Expense updated successfully", "expense", ExpenseWire.toWire(expense, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_EXPENSES)
    public Map<String, Object> reject(@PathParam("id") String id, @Context SecurityContext sc) {
        expenses.reject(CatalogWire.id(id, "Expense"), acting(Caller.of(sc)));
        return Map.of("message", "Expense rejected successfully");
    }

    /** The regular user acting, or null for an administrator. */
    private static Long acting(Caller caller) {
        return caller.isAdmin() ? null : caller.userId();
    }
}
