package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChronicleCorsTest {

    @Test
    void exactlyTheTwoLocalOriginsAreAllowed() {
        assertTrue(ChronicleCors.allows("http://127.0.0.1"));
        assertTrue(ChronicleCors.allows("http://localhost"));
        assertFalse(ChronicleCors.allows("http://localhost:3000"), "not another port");
        assertFalse(ChronicleCors.allows("http://127.0.0.1:8080"));
        assertFalse(ChronicleCors.allows("https://localhost"));
        assertFalse(ChronicleCors.allows("http://localhost.evil.example"));
        assertFalse(ChronicleCors.allows(null));
    }

    @Test
    void withoutATokenOnlyNonBrowserCallersAllowedOriginsOwnPagesAndExtensionsAreTrusted() {
        assertTrue(ChronicleCors.trustedWithoutToken(null, "127.0.0.1:8080"), "curl, scripts, the desktop app");
        assertTrue(ChronicleCors.trustedWithoutToken("http://localhost", "127.0.0.1:8080"));
        assertTrue(ChronicleCors.trustedWithoutToken("http://127.0.0.1:8080", "127.0.0.1:8080"), "same origin");
        assertTrue(ChronicleCors.trustedWithoutToken("chrome-extension://abcdefgh", "127.0.0.1:8080"));
        assertTrue(ChronicleCors.trustedWithoutToken("moz-extension://1234-5678", "127.0.0.1:8080"));
        assertFalse(ChronicleCors.trustedWithoutToken("https://evil.example", "127.0.0.1:8080"));
        assertFalse(ChronicleCors.trustedWithoutToken("http://localhost:3000", "127.0.0.1:8080"));
        assertFalse(ChronicleCors.trustedWithoutToken("null", "127.0.0.1:8080"), "sandboxed pages");
    }
}
