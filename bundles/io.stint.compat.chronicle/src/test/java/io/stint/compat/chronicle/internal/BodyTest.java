package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BodyTest {

    @Test
    void aBodyMustBeAnObject() throws Exception {
        for (String bad : new String[] { "[]", "\"x\"", "3" }) {
            ChronicleException e = assertThrows(ChronicleException.class, () -> Body.of(ChronicleJson.MAPPER.readTree(bad)));
            assertEquals("Invalid JSON", e.getMessage());
        }
        assertThrows(ChronicleException.class, () -> Body.of(null), "no body at all");
    }

    @Test
    void nullAndAbsentAreNotGivenAndUnknownFieldsAreIgnored() throws Exception {
        Body body = body("{\"name\": null, \"other\": 1}");
        assertFalse(body.has("name"));
        assertNull(body.text("name"));
        assertNull(body.integer("missing"));
        assertFalse(body.isEmpty());
        assertTrue(body("{\"name\": null}").isEmpty());
        assertTrue(body("{}").isEmpty());
    }

    @Test
    void valuesOfTheWrongTypeAreRefused() throws Exception {
        Body body = body("{\"n\": \"10\", \"f\": 1.5, \"b\": \"yes\", \"s\": 5}");
        assertEquals("n must be an integer", assertThrows(ChronicleException.class, () -> body.integer("n")).getMessage());
        assertThrows(ChronicleException.class, () -> body.integer("f"));
        assertThrows(ChronicleException.class, () -> body.bool("b"));
        assertThrows(ChronicleException.class, () -> body.text("s"));
        assertThrows(ChronicleException.class, () -> body("{\"i\": 3000000000}").int32("i"));
    }

    @Test
    void textsAreTrimmedAndDecimalsExact() throws Exception {
        Body body = body("{\"name\": \"  Acme Corp \", \"blank\": \"  \", \"amount\": 0.29}");
        assertEquals("Acme Corp", body.trimmed("name"));
        assertNull(body.trimmed("blank"));
        assertEquals(new BigDecimal("0.29"), body.decimal("amount"));
    }

    private static Body body(String json) throws Exception {
        return Body.of(ChronicleJson.MAPPER.readTree(json));
    }
}
