package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.tracking.api.Client;

/** Client request bodies and answers as TimeTracker's clients expect them. */
class ClientWireTest {

    private final CatalogFixture f = new CatalogFixture();
    private final ClientWire wire = new ClientWire(2);

    @Test
    void anAnswerHasEveryFieldWithTimeTrackersTypesAndNullsPresent() throws Exception {
        Client c = f.clients.create(wire.draft(json("{'name': 'Acme', 'default_hourly_rate': 85}")));
        JsonNode out = CatalogFixture.JSON.valueToTree(wire.toWire(c, ZoneId.of("Europe/Berlin")));
        assertEquals(List.of("id", "name", "email", "company", "phone", "address", "default_hourly_rate", "status",
                "is_active", "created_at", "updated_at", "total_projects", "active_projects", "custom_fields"),
                iterable(out.fieldNames()));
        assertEquals("85.00", out.get("default_hourly_rate").textValue());
        assertTrue(out.get("email").isNull());
        assertTrue(out.get("is_active").booleanValue());
        assertTrue(out.get("custom_fields").isObject());
        assertTrue(out.get("created_at").textValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    void wrongTypesAndUnknownFieldsAreFieldErrors() {
        assertFieldErrors(() -> wire.draft(json("{'name': 5, 'email': [], 'colour': 'red'}")), "name", "email", "colour");
    }

    @Test
    void aRateWithMoreDecimalsThanTheCurrencyIsAFieldError() {
        assertFieldErrors(() -> wire.draft(json("{'name': 'Acme', 'default_hourly_rate': '85.001'}")), "default_hourly_rate");
    }

    @Test
    void aBodyThatIsNotAnObjectIsASchemaError() {
        assertFieldErrors(() -> wire.draft(json("[1]")), "_schema");
    }

    @Test
    void aPatchChangesOnlyTheFieldsItNamesAndNullClearsOne() {
        Client c = f.clients.create(wire.draft(json("{'name': 'Acme', 'email': 'a@acme.test', 'phone': '1'}")));
        Client patched = f.clients.update(c.id(), wire.changes(json("{'phone': null, 'company': 'Acme Ltd'}")));
        assertEquals("a@acme.test", patched.email());
        assertEquals("Acme Ltd", patched.company());
        assertNull(patched.phone());
        assertEquals(Map.of(), wire.toWire(patched, ZoneId.of("UTC")).get("custom_fields"));
    }

    static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
