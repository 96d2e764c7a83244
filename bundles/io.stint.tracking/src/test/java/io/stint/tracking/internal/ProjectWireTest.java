package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.Project;

/** Project request bodies and answers as TimeTracker's clients expect them. */
class ProjectWireTest {

    private final CatalogFixture f = new CatalogFixture();
    private final ProjectWire wire = new ProjectWire(2);

    @Test
    void numbersAreNumbersAndHoursAreDecimal() {
        long acme = f.clients.create(ClientDraft.named("Acme")).id();
        Project p = f.projects.create(wire.draft(json("{'name': 'Web', 'client_id': " + acme
                + ", 'hourly_rate': 95.5, 'estimated_hours': '1.5', 'billable': false}")));
        f.trackedTime(p.id(), null, 4500);
        JsonNode out = CatalogFixture.JSON.valueToTree(wire.toWire(f.projects.find(p.id()).orElseThrow(), ZoneId.of("UTC")));
        assertEquals(95.5, out.get("hourly_rate").doubleValue());
        assertTrue(out.get("hourly_rate").isNumber());
        assertEquals(1.5, out.get("estimated_hours").doubleValue());
        assertEquals(1.25, out.get("total_hours").doubleValue());
        assertEquals("Acme", out.get("client").textValue());
        assertFalse(out.get("billable").booleanValue());
        assertFalse(out.get("is_archived").booleanValue());
        assertTrue(out.get("archived_at").isNull());
        assertTrue(out.get("budget_amount").isNull());
    }

    @Test
    void wrongTypesAreFieldErrors() {
        assertFieldErrors(() -> wire.draft(json("{'name': 'Web', 'client_id': 'abc', 'billable': 'yes', "
                + "'hourly_rate': 'cheap', 'status': 'paused'}")), "client_id", "billable", "hourly_rate", "status");
    }

    @Test
    void aPatchCanArchiveAndKeepsTheRest() {
        Project p = f.projects.create(wire.draft(json("{'name': 'Web', 'code': 'W1'}")));
        Project archived = f.projects.update(p.id(), wire.changes(json("{'status': 'archived'}")));
        JsonNode out = CatalogFixture.JSON.valueToTree(wire.toWire(archived, ZoneId.of("UTC")));
        assertTrue(out.get("is_archived").booleanValue());
        assertFalse(out.get("archived_at").isNull());
        assertEquals("W1", out.get("code").textValue());
    }
}
