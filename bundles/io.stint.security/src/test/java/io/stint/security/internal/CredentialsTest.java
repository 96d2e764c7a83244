package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void bearerAndTokenSchemesAreAcceptedInAnyCase() {
        assertEquals("tt_a", Credentials.from("Bearer tt_a", null));
        assertEquals("tt_a", Credentials.from("bearer tt_a", null));
        assertEquals("tt_a", Credentials.from("TOKEN tt_a", null));
    }

    @Test
    void theAuthorizationHeaderWinsOverTheApiKey() {
        assertEquals("tt_auth", Credentials.from("Bearer tt_auth", "tt_key"));
    }

    @Test
    void anotherSchemeIsIgnoredAndTheApiKeyUsed() {
        assertEquals("tt_key", Credentials.from("Basic dXNlcjpwdw==", "tt_key"));
        assertNull(Credentials.from("Basic dXNlcjpwdw==", null));
    }
}
