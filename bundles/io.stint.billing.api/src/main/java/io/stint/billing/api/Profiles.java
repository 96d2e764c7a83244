package io.stint.billing.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Billing profiles. Failures are Stint's API exceptions: 400 with field errors (an unknown or
 * inactive client, service or rate, a project of another client), 404 for an unknown or deleted
 * id, 409 for a display name another active profile has.
 */
@ProviderType
public interface Profiles {

    Profile create(ProfileDraft draft);

    /** The profile, deleted or not. */
    Optional<Profile> find(long id);

    /** A page by id; {@code activeOnly} leaves out deleted ones. */
    List<Profile> list(boolean activeOnly, long offset, int limit);

    long count(boolean activeOnly);

    Profile update(long id, UnaryOperator<ProfileDraft> change);

    /** Soft-deletes the profile: it leaves lists and takes no new blocks or rules. */
    Profile delete(long id);
}
