package io.stint.security.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * Who may see, make and revoke which tokens: anyone their own; another user's only an admin with
 * {@code admin:all} (to others it does not exist). A new token never grants more than the caller's,
 * and {@code admin:all} or {@code *} only to an admin. Browser sessions do not count as API tokens here.
 */
@Component(service = TokenAccess.class)
public final class TokenAccess {

    static final Set<String> FIELDS = Set.of("name", "scopes", "expires_at", "user_id");

    private final TokenService tokens;
    private final UserService users;

    @Activate
    public TokenAccess(@Reference TokenService tokens, @Reference UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    Map<String, Object> list(Caller caller, String userId, PageRequest page) {
        long owner = caller.userId();
        if (userId != null && !userId.isBlank()) {
            try {
                owner = Long.parseLong(userId.strip());
            } catch (NumberFormatException e) {
                throw ApiException.invalidField("user_id", "Not a valid integer.");
            }
        }
        if (owner != caller.userId()) {
            requireAdminAll(caller);
        }
        List<Map<String, Object>> items = tokens.list(owner, page).stream().map(t -> Views.token(t, caller.zone())).toList();
        return page.envelope("api_tokens", items, tokens.count(owner));
    }

    Map<String, Object> get(Caller caller, long id) {
        return Map.of("api_token", Views.token(visible(caller, id), caller.zone()));
    }

    Map<String, Object> create(Caller caller, JsonNode body) {
        Input input = Input.of(body, FIELDS);
        input.require("name").require("scopes");
        String name = input.string("name", 200);
        List<String> scopes = input.strings("scopes", 50);
        Long userId = input.integer("user_id");
        Instant expires = input.parsed("expires_at", s -> Times.parse(s, caller.zone()),
                "Not a valid datetime (YYYY-MM-DDTHH:MM:SS).");
        if (expires != null && !expires.isAfter(Instant.now())) {
            input.error("expires_at", "Must be in the future.");
        }
        input.validate();
        long owner = userId == null ? caller.userId() : userId;
        if (owner != caller.userId()) {
            requireAdminAll(caller);
        }
        User user = users.get(owner).filter(User::active)
                .orElseThrow(() -> ApiException.invalidField("user_id", "No active user with this id."));
        List<String> clean = TokenService.checkedScopes(scopes);
        for (String scope : clean) {
            boolean privileged = Scopes.ADMIN_ALL.equals(scope) || Scopes.ALL.equals(scope);
            if (privileged && !user.isAdmin()) {
                throw forbidden("Only an admin may hold the \"" + scope + "\" scope");
            }
            if (!caller.has(scope)) {
                throw forbidden("Your token does not grant the \"" + scope + "\" scope, so it cannot give it");
            }
        }
        TokenService.Issued issued = tokens.create(owner, name, clean, expires);
        return Views.of("message", "API token created; store it now, it is not shown again",
                "api_token", Views.issued(issued, caller.zone()));
    }

    Map<String, Object> revoke(Caller caller, long id) {
        visible(caller, id);
        tokens.revoke(id);
        return Map.of("message", "API token revoked");
    }

    private ApiToken visible(Caller caller, long id) {
        // browser sessions are not API tokens: /tokens neither lists nor shows nor revokes them
        ApiToken token = tokens.get(id).filter(t -> !t.session()).orElseThrow(() -> ApiException.notFound("API token"));
        if (token.userId() != caller.userId() && !(caller.isAdmin() && caller.has(Scopes.ADMIN_ALL))) {
            throw ApiException.notFound("API token");
        }
        return token;
    }

    private static void requireAdminAll(Caller caller) {
        if (!caller.isAdmin() || !caller.has(Scopes.ADMIN_ALL)) {
            throw forbidden("Another user's tokens require an admin with the \"admin:all\" scope");
        }
    }

    private static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", "Insufficient permissions", message, null);
    }
}
