package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShellScopeTest {

    @Test
    void anUnsetPathSearchesFelixBeforeEveryOtherScope() {
        assertEquals("felix:*", ShellScope.frameworkFirst("*"));
    }

    @Test
    void theConsolePathKeepsGogoFirstAndPutsFelixBeforeTheRest() {
        assertEquals("gogo:felix:*", ShellScope.frameworkFirst("gogo:*"));
    }

    @Test
    void aPathNamingFelixBeforeTheWildcardIsLeftAsItIs() {
        assertEquals("felix:gogo:*", ShellScope.frameworkFirst("felix:gogo:*"));
    }

    @Test
    void aPathTheUserPutStintFirstInStillSearchesStintFirst() {
        assertEquals("stint:felix:*", ShellScope.frameworkFirst("stint:*"));
    }

    @Test
    void aPathWithoutWildcardIsLeftAsItIs() {
        assertEquals("gogo:stint", ShellScope.frameworkFirst("gogo:stint"));
    }

    @Test
    void onlyTheFirstWildcardGetsFelixInFrontOfIt() {
        assertEquals("a:felix:*:b:*", ShellScope.frameworkFirst("a:*:b:*"));
    }
}
