package io.stint.activity.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.security.api.Authenticator;
import io.stint.security.api.Caller;

/** The user native capture records for ({@code local_user}, default {@code admin}): looked up once, by name. */
@Component(service = LocalUser.class, configurationPid = ActivitySettings.PID)
public final class LocalUser {

    private final Authenticator authenticator;
    private volatile String name;
    private volatile Long id;

    @Activate
    public LocalUser(@Reference Authenticator authenticator, ActivitySettings settings) {
        this.authenticator = authenticator;
        modified(settings);
    }

    /** A fixed local user, for tests. */
    LocalUser(Long fixedId) {
        this.authenticator = null;
        this.name = "";
        this.id = fixedId;
    }

    @Modified
    void modified(ActivitySettings settings) {
        name = settings.local_user() == null ? "" : settings.local_user().strip();
        id = null;
    }

    /** The local user's id, or null when there is none (not configured, unknown or inactive). */
    Long id() {
        Long known = id;
        if (known == null && !name.isEmpty()) {
            known = authenticator.local(name, Set.of()).map(Caller::userId).orElse(null);
            id = known;
        }
        return known;
    }
}
