package io.stint.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import jakarta.ws.rs.core.SecurityContext;

import io.stint.billing.api.RateDraft;
import io.stint.billing.api.ServiceDraft;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.internal.TrackingForBilling;

/** A fresh database with tracking's and billing's migrations, the real tracking services and billing's over it. */
final class BillingFixture {

    /** Serialises answers as Stint's JSON provider does (snake_case records, nulls kept). */
    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final ObjectMapper READ = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final TestDatabase db = TestDatabase.of(TrackingForBilling.migrations(), TestDatabase.MODULE_MIGRATIONS);
    final TrackingForBilling tracking = new TrackingForBilling(db.transactions());
    final ClientService clients = tracking.clients;
    final ProjectService projects = tracking.projects;
    final ServicesImpl services = new ServicesImpl(db.transactions());
    final RatesImpl rates = new RatesImpl(db.transactions());
    final ProfilesImpl profiles = new ProfilesImpl(db.transactions(), clients, projects);
    final BillingProfileDirectory directory = new BillingProfileDirectory(profiles, services);

    long client(String name) {
        return clients.create(ClientDraft.named(name)).id();
    }

    long project(String name, long clientId) {
        return projects.create(ProjectDraft.of(name, clientId)).id();
    }

    long service(String name) {
        return services.create(new ServiceDraft(name, true)).id();
    }

    long rate(String name, String currency, long minor) {
        return rates.create(new RateDraft(name, currency, minor, null, null, true), true).id();
    }

    /** A caller in Berlin, as the security filter would set it. */
    static SecurityContext caller() {
        return new CallerContext(new Caller(1, "user1", Caller.ROLE_USER, BERLIN, Set.of("*"), 1), false);
    }

    /** JSON text with single quotes for readability. */
    static String text(String json) {
        return json.replace('\'', '"');
    }

    /** A request body as Stint's JSON provider reads it: fractions as exact decimals. */
    static JsonNode body(String json) {
        try {
            return READ.readTree(text(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static JsonNode tree(Object answer) {
        return JSON.valueToTree(answer);
    }

    /** Asserts that {@code action} fails with a 400 naming exactly {@code fields}. */
    static ApiException assertFieldErrors(Runnable action, String... fields) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(400, e.status(), e.getMessage());
        assertEquals("validation_error", e.errorCode());
        assertEquals(Set.of(fields), e.errors().keySet(), e.errors().toString());
        return e;
    }

    static ApiException assertNotFound(Runnable action) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(404, e.status(), e.getMessage());
        assertEquals("not_found", e.errorCode());
        return e;
    }

    static ApiException assertConflict(Runnable action) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(409, e.status(), e.getMessage());
        assertEquals("duplicate_name", e.errorCode());
        return e;
    }
}
