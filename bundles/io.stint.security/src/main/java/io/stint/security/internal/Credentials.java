package io.stint.security.internal;

/**
 * Where a request carries its token: {@code Authorization: Bearer|Token <t>} (scheme in any case),
 * else {@code X-API-Key}. An Authorization header of another scheme is ignored.
 */
final class Credentials {

    private Credentials() {
    }

    /** The token the headers carry, or null. */
    static String from(String authorization, String apiKey) {
        if (authorization != null) {
            String value = authorization.strip();
            int space = value.indexOf(' ');
            if (space > 0) {
                String scheme = value.substring(0, space);
                String token = value.substring(space + 1).strip();
                if ((scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("Token"))
                        && !token.isEmpty() && token.indexOf(' ') < 0) {
                    return token;
                }
            }
        }
        if (apiKey != null && !apiKey.isBlank()) {
            return apiKey.strip();
        }
        return null;
    }
}
