package io.stint.rules.internal.engine;

import static io.stint.rules.api.MatchType.APP;
import static io.stint.rules.api.MatchType.DOMAIN;
import static io.stint.rules.api.MatchType.KEYWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stint.rules.api.MatchType;
import org.junit.jupiter.api.Test;

class RuleCheckTest {

    private static String refusal(MatchType type, String value) {
        return assertThrows(InvalidRuleException.class, () -> RuleCheck.validate(type, value)).getMessage();
    }

    @Test
    void domainsAreNormalised() throws Exception {
        assertEquals("github.com", Domains.normalise("  GitHub.COM. "));
        assertEquals("github.com", Domains.normalise("*.github.com"));
        assertEquals("bücher.de", Domains.normalise("Bücher.de"));
    }

    @Test
    void domainsThatAreNotDomainsAreRefused() {
        assertEquals("a domain, not a URL: leave out the scheme (github.com)", refusal(DOMAIN, "https://github.com"));
        assertEquals("a domain cannot contain '/' (github.com)", refusal(DOMAIN, "github.com/acme"));
        assertEquals("a domain cannot contain spaces (github.com)", refusal(DOMAIN, "git hub.com"));
        assertEquals("a domain cannot contain ':' (github.com)", refusal(DOMAIN, "github.com:443"));
        assertEquals("a domain cannot contain '*' (github.com)", refusal(DOMAIN, "git*.com"));
        assertEquals("a domain cannot have an empty label (github.com)", refusal(DOMAIN, "github..com"));
        assertEquals("a domain cannot have an empty label (github.com)", refusal(DOMAIN, ".github.com"));
        assertEquals("a domain is required (github.com)", refusal(DOMAIN, " *. "));
    }

    @Test
    void blankAppsAndKeywordsAreRefused() {
        assertEquals("an application name is required (Code.exe)", refusal(APP, "   "));
        assertEquals("a keyword cannot be blank", refusal(KEYWORD, " \t "));
        assertEquals("a match value is required", refusal(KEYWORD, ""));
        assertEquals("a match value is required", refusal(APP, null));
        assertEquals("a match type is required", refusal(null, "x"));
    }

    @Test
    void aMatchValueHoldsAtMost16kBytes() throws Exception {
        RuleCheck.validate(KEYWORD, "x".repeat(16_384));
        assertEquals("a match value holds at most 16384 bytes", refusal(KEYWORD, "x".repeat(16_385)));
        assertEquals("a match value holds at most 16384 bytes", refusal(KEYWORD, "é".repeat(8_193)));
    }

    @Test
    void theEventsHostIsCleanedUp() {
        assertEquals("github.com", Domains.host("GitHub.com.:8443", null));
        assertEquals("api.github.com", Domains.host(null, "https://API.github.com:443/x?y#z"));
        assertEquals("my_host.example.com", Domains.host(null, "http://u:p@my_host.example.com:80/"));
        assertEquals("[::1]", Domains.host(null, "http://[::1]:8080/"));
        assertEquals(null, Domains.host(null, "github.com/acme"));
        assertEquals(null, Domains.host(" ", "%%%"));
        assertEquals(null, Domains.host(null, null));
    }
}
