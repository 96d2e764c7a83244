package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.Test;

import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

class RuleTest {

    @RolesAllowed(Scopes.READ_PROJECTS)
    static class Projects {
        public void list() {
        }

        @RolesAllowed(Scopes.WRITE_PROJECTS)
        public void create() {
        }

        @PermitAll
        public void open() {
        }
    }

    static class Plain {
        public void any() {
        }
    }

    @Test
    void theMethodsAnnotationWinsOverItsClass() throws Exception {
        assertEquals(List.of(Scopes.WRITE_PROJECTS), Rule.of(Projects.class, Projects.class.getMethod("create")).scopes());
        assertTrue(Rule.of(Projects.class, Projects.class.getMethod("open")).permitAll());
    }

    @Test
    void aMethodWithoutAnnotationTakesItsClasssScope() throws Exception {
        assertEquals(List.of(Scopes.READ_PROJECTS), Rule.of(Projects.class, Projects.class.getMethod("list")).scopes());
    }

    @Test
    void noAnnotationAtAllMeansAnyValidToken() throws Exception {
        Rule rule = Rule.of(Plain.class, Plain.class.getMethod("any"));
        assertFalse(rule.permitAll());
        assertTrue(rule.grants(caller(Set.of(Scopes.READ_TASKS))));
    }

    @Test
    void scopesAreGrantedExactlyByWildcardOrByAdminAll() throws Exception {
        Rule rule = Rule.of(Projects.class, Projects.class.getMethod("create"));
        assertTrue(rule.grants(caller(Set.of(Scopes.WRITE_PROJECTS))));
        assertTrue(rule.grants(caller(Set.of("write:*"))));
        assertTrue(rule.grants(caller(Set.of(Scopes.ADMIN_ALL))));
        assertTrue(rule.grants(caller(Set.of(Scopes.ALL))));
        assertFalse(rule.grants(caller(Set.of(Scopes.READ_PROJECTS, "read:*"))));
    }

    private static Caller caller(Set<String> scopes) {
        return new Caller(1, "u", Caller.ROLE_USER, ZoneOffset.UTC, scopes, 1);
    }
}
