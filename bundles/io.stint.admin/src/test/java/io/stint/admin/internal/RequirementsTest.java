package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.resource.Requirement;
import org.osgi.resource.Resource;

class RequirementsTest {

    private static Requirement requirement(String namespace, Map<String, String> directives) {
        return new Requirement() {
            @Override
            public String getNamespace() {
                return namespace;
            }

            @Override
            public Map<String, String> getDirectives() {
                return directives;
            }

            @Override
            public Map<String, Object> getAttributes() {
                return Map.of();
            }

            @Override
            public Resource getResource() {
                return null;
            }
        };
    }

    private static final Requirement MISSING = requirement("osgi.wiring.package",
            Map.of("filter", "(&(osgi.wiring.package=com.example.missing)(version>=1.0.0))"));
    private static final Requirement PRESENT = requirement("osgi.wiring.package", Map.of("filter", "(osgi.wiring.package=jakarta.ws.rs)"));
    private static final Requirement OPTIONAL = requirement("osgi.wiring.package",
            Map.of("filter", "(osgi.wiring.package=com.example.optional)", "resolution", "optional"));
    private static final Requirement DYNAMIC = requirement("osgi.wiring.package",
            Map.of("filter", "(osgi.wiring.package=com.example.*)", "resolution", "dynamic"));

    @Test
    void aMandatoryRequirementWithoutProviderIsNamedWithItsFilter() {
        List<String> missing = Requirements.missing(List.of(PRESENT, MISSING, OPTIONAL, DYNAMIC),
                r -> r == PRESENT ? List.of("a provider") : List.of());
        assertEquals(List.of("osgi.wiring.package; (&(osgi.wiring.package=com.example.missing)(version>=1.0.0))"), missing);
    }

    @Test
    void nothingIsMissingWhenEveryMandatoryRequirementHasAProvider() {
        assertEquals(List.of(), Requirements.missing(List.of(PRESENT), r -> List.of("a provider")));
    }

    @Test
    void aRequirementWithoutFilterIsNamedByItsNamespace() {
        assertEquals("osgi.ee", Requirements.text(requirement("osgi.ee", Map.of())));
    }
}
