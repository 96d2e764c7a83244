package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RoutesTest {

    @Test
    void aRouteIsTheApplicationBaseAndTheMethodPathOneSlashApart() {
        assertEquals("/api/v1/exports/jobs/{job}", Routes.path("api/v1", "exports/jobs/{job}"));
        assertEquals("/api/v1/exports", Routes.path("/api/v1/", "/exports/"));
        assertEquals("/health", Routes.path("/", "health"));
    }

    @Test
    void aTemplatesPatternIsLeftOut() {
        assertEquals("/api/v1/admin/modules/{id}", Routes.path("api/v1", "admin/modules/{ id : \\d+ }"));
    }
}
