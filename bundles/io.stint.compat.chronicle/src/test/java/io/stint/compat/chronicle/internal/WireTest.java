package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;
import io.stint.activity.api.TrackingStatus;
import io.stint.billing.api.Profile;
import io.stint.billing.api.Rate;
import io.stint.billing.api.Service;
import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.tracking.api.Client;

class WireTest {

    private static final Instant T0 = Instant.parse("2026-01-09T14:30:00.400Z");
    private static final Instant T1 = Instant.parse("2026-01-09T15:15:00Z");

    /** Billing's directory with one profile (7: Acme Corp / Bookkeeping) and one service (3: Development). */
    private static final ProfileDirectory DIRECTORY = new ProfileDirectory() {
        @Override
        public Optional<ProfileSummary> find(long userId, long profileId) {
            return profileId == 7 ? Optional.of(new ProfileSummary(7, "Acme books", "Acme Corp", null, "Bookkeeping", true))
                    : Optional.empty();
        }

        @Override
        public Optional<String> serviceName(long serviceId) {
            return serviceId == 3 ? Optional.of("Development") : Optional.empty();
        }
    };

    @Test
    void aBlockHasChronicleCoresFieldsInItsOrderWithTheirTypes() throws Exception {
        ActivityBlock b = new ActivityBlock(1, 1, T0, T1, 45 * 60_000, "EXCEL.EXE", "Budget 2026.xlsx", null, 7L, null,
                null, "HIGH", "USER", true, false, false, null, "Excel - Budget 2026.xlsx", T1, T1);
        JsonNode n = json(BlockWire.block(b, new ProfileNames(DIRECTORY, 1)));
        assertEquals(List.of("block_id", "ts_start", "ts_end", "duration_minutes", "duration_hours", "primary_app_name",
                "primary_domain", "title_summary", "profile_id", "client_name", "project_name", "service_name",
                "confidence", "billable", "locked", "notes", "description", "created_at", "updated_at"), names(n));
        assertEquals("2026-01-09T14:30:00Z", n.get("ts_start").asText());
        assertEquals("2026-01-09T15:15:00Z", n.get("ts_end").asText());
        assertTrue(n.get("duration_minutes").isNumber());
        assertEquals(45.0, n.get("duration_minutes").asDouble());
        assertEquals(0.75, n.get("duration_hours").asDouble());
        assertTrue(n.get("primary_domain").isNull());
        assertEquals(7, n.get("profile_id").asLong());
        assertEquals("Acme Corp", n.get("client_name").asText());
        assertTrue(n.get("project_name").isNull());
        assertEquals("Bookkeeping", n.get("service_name").asText());
        assertTrue(n.get("billable").isBoolean());
        assertTrue(n.get("notes").isNull());
    }

    @Test
    void aBlocksServiceOverrideNamesItsServiceAndAnUnassignedBlockNamesNothing() throws Exception {
        ActivityBlock overridden = new ActivityBlock(2, 1, T0, T1, 60_000, "Code", null, "github.com", 7L, 3L, 9L, "MEDIUM",
                "RULE", true, false, false, null, null, T1, T1);
        assertEquals("Development", json(BlockWire.block(overridden, new ProfileNames(DIRECTORY, 1))).get("service_name").asText());
        ActivityBlock unassigned = new ActivityBlock(3, 1, T0, T1, 0, null, null, null, null, null, null, "LOW", null, true,
                false, false, null, null, T1, T1);
        JsonNode n = json(BlockWire.block(unassigned, new ProfileNames(DIRECTORY, 1)));
        assertTrue(n.get("profile_id").isNull() && n.get("client_name").isNull() && n.get("service_name").isNull());
        assertTrue(json(BlockWire.block(overridden, new ProfileNames(null, 1))).get("client_name").isNull(),
                "without billing there are no names");
    }

    @Test
    void catalogObjectsHaveChronicleCoresShapes() throws Exception {
        JsonNode client = json(CatalogWire.client(new Client(1, "Acme Corp", null, null, null, null, null, "USD", "active",
                T0, T1, 0, 0)));
        assertEquals(List.of("client_id", "name", "is_active", "created_at", "updated_at"), names(client));
        assertTrue(client.get("is_active").asBoolean());
        assertEquals("2026-01-09T14:30:00Z", client.get("created_at").asText());

        JsonNode service = json(CatalogWire.service(new Service(4, "Bookkeeping", true, T0, T1)));
        assertEquals(List.of("service_id", "name", "is_active"), names(service));

        String rate = ChronicleJson.MAPPER.writeValueAsString(CatalogWire.rate(new Rate(5, "Standard", "ZAR", 15000,
                LocalDate.of(2026, 1, 1), null, true, T0, T1)));
        assertEquals("{\"rate_id\":5,\"name\":\"Standard\",\"currency_code\":\"ZAR\",\"hourly_amount\":150.00,"
                + "\"hourly_minor_units\":15000,\"effective_from\":\"2026-01-01\",\"effective_to\":null,\"is_active\":true}", rate);

        JsonNode profile = json(CatalogWire.profile(new Profile(7, 1, "Acme Corp", null, null, 4, "Bookkeeping", 5,
                "Standard", 15000, "ZAR", null, true, T0, T1)));
        assertEquals(List.of("profile_id", "client_name", "project_name", "service_name", "rate_name", "rate_amount",
                "currency_code", "is_active", "name"), names(profile));
        assertTrue(profile.get("rate_amount").isNumber());
        assertEquals("150.00", profile.get("rate_amount").decimalValue().toPlainString());
        assertTrue(profile.get("name").isNull());
    }

    @Test
    void aRuleHasTheDocumentsFieldsPlusItsTargetService() throws Exception {
        Rule rule = new Rule(1, "VS Code Development", 10, MatchType.APP, "Code.exe", 7, null, 10, true, T0, T1);
        JsonNode n = json(RuleWire.rule(rule, new ProfileNames(DIRECTORY, 1)));
        assertEquals(List.of("rule_id", "name", "priority", "match_type", "match_value", "target_profile_id",
                "target_service_id", "confidence_boost", "enabled", "client_name", "service_name", "created_at",
                "updated_at"), names(n));
        assertEquals("APP", n.get("match_type").asText());
        assertTrue(n.get("target_service_id").isNull());
        assertEquals("Acme Corp", n.get("client_name").asText());
        assertEquals("Bookkeeping", n.get("service_name").asText());
        assertTrue(n.get("priority").isInt() && n.get("enabled").isBoolean());
    }

    @Test
    void theTrackingStatusNamesTheWindowInFrontOrNone() throws Exception {
        JsonNode active = json(TrackingWire.status(new TrackingStatus("ACTIVE", T1, 0, "EXCEL.EXE", "Budget 2026.xlsx")));
        assertEquals(List.of("state", "last_active_at", "idle_seconds", "current_window"), names(active));
        assertEquals("2026-01-09T15:15:00Z", active.get("last_active_at").asText());
        assertEquals("EXCEL.EXE", active.get("current_window").get("app_name").asText());
        assertEquals("Budget 2026.xlsx", active.get("current_window").get("title").asText());
        JsonNode stopped = json(TrackingWire.status(new TrackingStatus("STOPPED", null, 0, null, null)));
        assertTrue(stopped.get("last_active_at").isNull());
        assertTrue(stopped.get("current_window").isNull());
        assertTrue(stopped.get("idle_seconds").isIntegralNumber());
    }

    /** The node as a client reads it: written and parsed again. */
    private static JsonNode json(JsonNode node) throws Exception {
        return ChronicleJson.MAPPER.readTree(ChronicleJson.MAPPER.writeValueAsString(node));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
