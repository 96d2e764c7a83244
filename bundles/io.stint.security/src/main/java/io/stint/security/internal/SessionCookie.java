package io.stint.security.internal;

/** The {@code stint_session} cookie: for the whole site, out of scripts' reach, never sent by other sites. */
final class SessionCookie {

    static final String NAME = "stint_session";

    private SessionCookie() {
    }

    /** The {@code Set-Cookie} value carrying {@code secret} for {@code maxAgeSeconds}; {@code Secure} over HTTPS. */
    static String set(String secret, long maxAgeSeconds, boolean secure) {
        return NAME + "=" + secret + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + Math.max(0, maxAgeSeconds)
                + (secure ? "; Secure" : "");
    }

    /** The {@code Set-Cookie} value that makes the browser forget the cookie. */
    static String clear(boolean secure) {
        return set("", 0, secure);
    }
}
