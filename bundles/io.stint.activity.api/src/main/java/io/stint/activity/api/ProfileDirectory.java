package io.stint.activity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** The profiles blocks can be assigned to, supplied by a billing module as a DS service. */
@ConsumerType
public interface ProfileDirectory {

    /** The profile {@code profileId} as {@code userId} may use it, or empty when it doesn't exist for them. */
    Optional<ProfileSummary> find(long userId, long profileId);

    /** The name of the service {@code serviceId} (a rule's override of a profile's service), or empty. */
    default Optional<String> serviceName(long serviceId) {
        return Optional.empty();
    }
}
