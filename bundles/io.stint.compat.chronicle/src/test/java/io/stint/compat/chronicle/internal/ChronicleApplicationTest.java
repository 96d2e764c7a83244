package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChronicleApplicationTest {

    @Test
    void theBasePathHasALeadingAndNoTrailingSlash() {
        assertEquals("/chronicle", ChronicleApplication.base("/chronicle"));
        assertEquals("/chronicle", ChronicleApplication.base("chronicle/"));
        assertEquals("/compat/chronicle", ChronicleApplication.base(" /compat/chronicle// "));
        assertEquals("/", ChronicleApplication.base("/"));
    }

    @Test
    void anEmptyOrUnsafeBasePathFallsBackToTheDefault() {
        for (String bad : new String[] { null, "", "  ", "/a b", "/a/../b", "/x?y", "/a//b" }) {
            assertEquals("/chronicle", ChronicleApplication.base(bad), String.valueOf(bad));
        }
    }
}
