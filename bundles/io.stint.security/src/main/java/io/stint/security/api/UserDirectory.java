package io.stint.security.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Stint's users as other modules see them: names and time zones, never credentials. */
@ProviderType
public interface UserDirectory {

    /** The user with {@code id}, active or not. */
    Optional<UserSummary> find(long id);
}
