package io.stint.billing.internal;

import static io.stint.billing.internal.BillingFixture.assertConflict;
import static io.stint.billing.internal.BillingFixture.assertFieldErrors;
import static io.stint.billing.internal.BillingFixture.assertNotFound;
import static io.stint.billing.internal.BillingFixture.caller;
import static io.stint.billing.internal.BillingFixture.body;
import static io.stint.billing.internal.BillingFixture.tree;
import static io.stint.billing.internal.RateWireTest.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The billing routes called as their methods, answers serialised as Stint's JSON provider does. */
class BillingResourcesTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d";

    private final BillingFixture f = new BillingFixture();
    private final ServiceResource services = new ServiceResource(f.services);
    private final RateResource rates = new RateResource(f.rates);
    private final ProfileResource profiles = new ProfileResource(f.profiles);
    private final SecurityContext user = caller();

    @Test
    void creatingAServiceAnswers201WithAMessageAndTheService() {
        Response created = services.create(body("{'name': 'Development'}"), user);
        assertEquals(201, created.getStatus());
        JsonNode body = tree(created.getEntity());
        assertEquals(List.of("message", "service"), fields(body));
        assertEquals("Service created successfully", body.get("message").textValue());
        JsonNode service = body.get("service");
        assertEquals(List.of("id", "name", "is_active", "created_at", "updated_at"), fields(service));
        assertTrue(service.get("id").isIntegralNumber());
        assertTrue(service.get("created_at").textValue().matches(TIME));
    }

    @Test
    void aServiceListIsTimeTrackersEnvelopeAndActiveOnlyFalseShowsDeactivatedOnes() {
        services.create(body("{'name': 'Design'}"), user);
        String dev = id(services.create(body("{'name': 'Development'}"), user), "service");
        assertEquals(Map.of("message", "Service deactivated successfully"), services.delete(dev));
        JsonNode page = tree(services.list(null, null, null, user));
        assertEquals(List.of("services", "pagination"), fields(page));
        assertEquals(List.of("page", "per_page", "total", "pages", "has_next", "has_prev", "next_page", "prev_page"),
                fields(page.get("pagination")));
        assertEquals(1, page.get("pagination").get("total").intValue());
        assertEquals(2, tree(services.list("1", "10", "false", user)).get("services").size());
        assertFalse(tree(services.get(dev, user)).get("service").get("is_active").booleanValue());
        assertFieldErrors(() -> services.list(null, null, "maybe", user), "active_only");
    }

    @Test
    void aDuplicateServiceOrRateNameThroughTheApiIsAConflict() {
        services.create(body("{'name': 'Dev'}"), user);
        assertConflict(() -> services.create(body("{'name': 'dev'}"), user));
        rates.create(body("{'name': 'Standard', 'currency': 'EUR', 'hourly_amount': 100}"), user);
        assertConflict(() -> rates.create(body("{'name': 'standard', 'currency': 'USD', 'hourly_amount': 90}"), user));
    }

    @Test
    void aRateIsAnsweredWithItsExactAmountAndPutIsAPartialUpdateLikePatch() {
        String id = id(rates.create(body("{'name': 'Standard', 'currency': 'eur', 'hourly_amount': 150.10}"), user), "rate");
        JsonNode rate = tree(rates.get(id, user)).get("rate");
        assertEquals("150.10", rate.get("hourly_amount").textValue());
        assertEquals(15_010, rate.get("hourly_minor_units").longValue());
        assertEquals("EUR", rate.get("currency").textValue());
        JsonNode updated = tree(rates.replace(id, body("{'hourly_amount': '0.29'}"), user));
        assertEquals("Rate updated successfully", updated.get("message").textValue());
        assertEquals("Standard", updated.get("rate").get("name").textValue());
        assertEquals(29, updated.get("rate").get("hourly_minor_units").longValue());
    }

    @Test
    void aProfileIsAnsweredWithEveryFieldAndNamesOfWhatItRefersTo() {
        long acme = f.client("Acme");
        long dev = f.service("Development");
        long rate = f.rate("Standard", "JPY", 12_000);
        Response created = profiles.create(body("{'client_id': " + acme + ", 'service_id': " + dev + ", 'rate_id': '" + rate
                + "', 'name': 'Acme dev'}"), user);
        assertEquals(201, created.getStatus());
        JsonNode profile = tree(created.getEntity()).get("profile");
        assertEquals(List.of("id", "name", "client_id", "client_name", "project_id", "project_name", "service_id",
                "service_name", "rate_id", "rate_name", "rate_amount", "hourly_minor_units", "currency", "is_active",
                "created_at", "updated_at"), fields(profile));
        assertEquals("Acme", profile.get("client_name").textValue());
        assertTrue(profile.get("project_id").isNull());
        assertTrue(profile.get("project_name").isNull());
        assertEquals("Development", profile.get("service_name").textValue());
        assertEquals("12000", profile.get("rate_amount").textValue());
        assertEquals(12_000, profile.get("hourly_minor_units").longValue());
        assertEquals("JPY", profile.get("currency").textValue());
    }

    @Test
    void aDeletedProfileLeavesTheListStaysReadableAndCannotBeChanged() {
        long acme = f.client("Acme");
        JsonNode body = body("{'client_id': " + acme + ", 'service_id': " + f.service("Dev") + ", 'rate_id': "
                + f.rate("Standard", "EUR", 100) + "}");
        String id = id(profiles.create(body, user), "profile");
        assertEquals(Map.of("message", "Profile deleted successfully"), profiles.delete(id));
        assertEquals(0, tree(profiles.list(null, null, null, user)).get("profiles").size());
        assertEquals(1, tree(profiles.list(null, null, "false", user)).get("profiles").size());
        assertFalse(tree(profiles.get(id, user)).get("profile").get("is_active").booleanValue());
        assertNotFound(() -> profiles.update(id, body("{'name': 'Back'}"), user));
        assertNotFound(() -> profiles.delete(id));
    }

    @Test
    void aNewProfileNeedsAClientAServiceAndARate() {
        assertFieldErrors(() -> profiles.create(body("{'project_id': null}"), user), "client_id", "service_id", "rate_id");
        assertFieldErrors(() -> profiles.create(body("{'client_id': 'one', 'service_id': 1, 'rate_id': 1, 'x': 1}"), user),
                "client_id", "x");
    }

    @Test
    void aPathIdThatIsNoNumberOrNoRowIsNotFound() {
        assertNotFound(() -> services.get("x", user));
        assertNotFound(() -> rates.get("-1", user));
        assertNotFound(() -> profiles.get("12", user));
        assertNotFound(() -> rates.delete("12"));
    }

    private static String id(Response created, String key) {
        return tree(created.getEntity()).get(key).get("id").asText();
    }
}
