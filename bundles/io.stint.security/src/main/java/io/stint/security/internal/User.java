package io.stint.security.internal;

import java.time.Instant;
import java.time.ZoneId;

import io.stint.security.api.Caller;
import io.stint.security.api.UserSummary;

/** A stored user, without the password hash. */
record User(long id, String username, String email, String fullName, String role, boolean active, ZoneId zone,
        boolean hasPassword, Instant createdAt) {

    boolean isAdmin() {
        return Caller.ROLE_ADMIN.equals(role);
    }

    String displayName() {
        return fullName == null || fullName.isBlank() ? username : fullName;
    }

    UserSummary summary() {
        return new UserSummary(id, username, displayName(), role, zone, active);
    }
}
