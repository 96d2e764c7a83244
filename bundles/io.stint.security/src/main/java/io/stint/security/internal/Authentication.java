package io.stint.security.internal;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.security.api.Authenticator;
import io.stint.security.api.Caller;

/** {@link Authenticator} over the token cache and the users. */
@Component(service = Authenticator.class)
public final class Authentication implements Authenticator {

    private final TokenService tokens;
    private final UserService users;

    @Activate
    public Authentication(@Reference TokenService tokens, @Reference UserService users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Optional<Caller> authenticate(String secret) {
        return secret == null ? Optional.empty() : Optional.ofNullable(tokens.authenticate(secret));
    }

    @Override
    public String secretFrom(String authorizationHeader, String apiKeyHeader) {
        return Credentials.from(authorizationHeader, apiKeyHeader);
    }

    @Override
    public Optional<Caller> local(String username, Set<String> scopes) {
        if (username == null) {
            return Optional.empty();
        }
        return users.byUsername(username).filter(User::active).map(u -> new Caller(u.id(), u.username(), u.role(),
                u.zone() == null ? ZoneOffset.UTC : u.zone(), scopes, 0L));
    }
}
