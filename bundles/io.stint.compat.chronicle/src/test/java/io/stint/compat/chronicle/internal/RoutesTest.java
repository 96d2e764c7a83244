package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockFilter;
import io.stint.activity.api.BlockPage;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ManualBlock;
import io.stint.rest.api.ApiException;
import io.stint.rules.api.MatchType;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.security.api.Scopes;

class RoutesTest {

    private static final List<Class<?>> RESOURCES = List.of(HealthResource.class, TrackingResource.class,
            BlocksResource.class, ClientsResource.class, ServicesResource.class, RatesResource.class,
            ProfilesResource.class, RulesResource.class, EventsResource.class);

    @Test
    void everyRouteDeclaresItsScopesAndOnlyHealthIsPublic() {
        int routes = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!(m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class)
                        || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class))) {
                    continue;
                }
                routes++;
                if (resource == HealthResource.class) {
                    assertTrue(m.isAnnotationPresent(PermitAll.class));
                } else {
                    assertFalse(m.isAnnotationPresent(PermitAll.class), m.toString());
                    assertFalse(ChronicleAuthFilter.scopes(m).isEmpty(), m + " names no scope");
                    for (String scope : m.getAnnotation(RolesAllowed.class).value()) {
                        assertTrue(Scopes.isKnown(scope), scope);
                        assertTrue(ChronicleAuthFilter.LOCAL_SCOPES.contains(scope),
                                "the local user may call " + m.getName());
                    }
                }
            }
        }
        assertEquals(24, routes, "health 1, tracking 5, blocks 4, clients 2, services 2, rates 2, profiles 3, rules 4, events 1");
    }

    @Test
    void clientsAcceptTheProfilesOrTheClientsScopes() throws Exception {
        Method list = ClientsResource.class.getMethod("list", String.class);
        assertEquals(List.of(Scopes.READ_PROFILES, Scopes.READ_CLIENTS), ChronicleAuthFilter.scopes(list));
        Caller clientsOnly = caller(Set.of(Scopes.READ_CLIENTS));
        assertTrue(ChronicleAuthFilter.grants(clientsOnly, ChronicleAuthFilter.scopes(list)));
        assertFalse(ChronicleAuthFilter.grants(caller(Set.of(Scopes.READ_BLOCKS)), ChronicleAuthFilter.scopes(list)));
    }

    @Test
    void reassignChecksTheConfidenceBeforeLookingTheBlockUp() throws Exception {
        BlocksResource resource = new BlocksResource(new NoBlocks());
        ChronicleException bad = assertThrows(ChronicleException.class, () -> resource.reassign(context(), "99999",
                ChronicleJson.MAPPER.readTree("{\"profile_id\": 1, \"confidence\": \"high\"}")));
        assertEquals(400, bad.status());
        assertEquals("confidence must be HIGH, MEDIUM, or LOW", bad.getMessage());
        ChronicleException unknown = assertThrows(ChronicleException.class, () -> resource.reassign(context(), "99999",
                ChronicleJson.MAPPER.readTree("{\"profile_id\": 1, \"confidence\": \"MEDIUM\"}")));
        assertEquals(404, unknown.status());
        assertEquals("Block not found", unknown.getMessage());
        assertEquals("Invalid block_id", assertThrows(ChronicleException.class, () -> resource.reassign(context(), "abc",
                ChronicleJson.MAPPER.readTree("{}"))).getMessage());
    }

    @Test
    void matchTypesAreChronicleCoresFiveExactly() {
        assertEquals(MatchType.TITLE_REGEX, RulesResource.matchType("TITLE_REGEX"));
        ChronicleException e = assertThrows(ChronicleException.class, () -> RulesResource.matchType("app"));
        assertEquals("match_type must be one of: APP, DOMAIN, TITLE_REGEX, KEYWORD, COMPOSITE", e.getMessage());
    }

    private static Caller caller(Set<String> scopes) {
        return new Caller(1, "u", Caller.ROLE_USER, ZoneId.of("UTC"), scopes, 5);
    }

    private static CallerContext context() {
        return new CallerContext(caller(ChronicleAuthFilter.LOCAL_SCOPES), false);
    }

    /** An activity module that has no blocks at all. */
    private static final class NoBlocks implements Blocks {
        @Override
        public BlockPage list(BlockFilter filter) {
            return new BlockPage(List.of(), 0);
        }

        @Override
        public Optional<ActivityBlock> find(long userId, long id) {
            return Optional.empty();
        }

        @Override
        public ActivityBlock reassign(long userId, long actorId, long id, Long profileId, String confidence) {
            throw ApiException.notFound("Block");
        }

        @Override
        public ActivityBlock lock(long userId, long actorId, long id, boolean locked) {
            throw ApiException.notFound("Block");
        }

        @Override
        public ActivityBlock edit(long userId, long actorId, long id, Map<String, Object> fields) {
            throw ApiException.notFound("Block");
        }

        @Override
        public ActivityBlock addManual(long userId, long actorId, ManualBlock block) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ActivityBlock> scan(Long userId, long fromMs, long toMs, long afterId, int limit) {
            return List.of();
        }

        @Override
        public List<ActivityBlock> scanByStart(long userId, long fromMs, long toMs, long afterStartMs, long afterId, int limit) {
            return List.of();
        }
    }
}
