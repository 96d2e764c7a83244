package io.stint.security.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Users and tokens as {@code /api/v1} shows them, times in the caller's zone. */
final class Views {

    private Views() {
    }

    static Map<String, Object> user(User u, ZoneId zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", u.id());
        view.put("username", u.username());
        view.put("email", u.email());
        view.put("role", u.role());
        view.put("is_active", u.active());
        view.put("full_name", u.fullName());
        view.put("display_name", u.displayName());
        view.put("timezone", u.zone().getId());
        view.put("created_at", Times.toWire(u.createdAt(), zone));
        return view;
    }

    static Map<String, Object> token(ApiToken t, ZoneId zone) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", t.id());
        view.put("name", t.name());
        view.put("prefix", t.prefix());
        view.put("scopes", t.scopes());
        view.put("user_id", t.userId());
        view.put("created_at", Times.toWire(t.createdAt(), zone));
        view.put("expires_at", Times.toWire(t.expiresAt(), zone));
        view.put("last_used_at", Times.toWire(t.lastUsedAt(), zone));
        view.put("is_active", t.activeAt(Instant.now()));
        return view;
    }

    /** A new token's view: the only one that shows the secret. */
    static Map<String, Object> issued(TokenService.Issued issued, ZoneId zone) {
        Map<String, Object> view = token(issued.token(), zone);
        view.put("token", issued.secret());
        return view;
    }

    static Map<String, Object> of(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
