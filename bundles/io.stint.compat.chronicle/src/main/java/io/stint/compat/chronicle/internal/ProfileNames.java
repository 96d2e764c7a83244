package io.stint.compat.chronicle.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;

/**
 * The names a block or rule shows for its profile and service, looked up once per answer through
 * the billing module's {@link ProfileDirectory}; without one (billing not installed) every name is null.
 */
final class ProfileNames {

    private final ProfileDirectory directory;
    private final long userId;
    private final Map<Long, Optional<ProfileSummary>> profiles = new HashMap<>();
    private final Map<Long, Optional<String>> services = new HashMap<>();

    ProfileNames(ProfileDirectory directory, long userId) {
        this.directory = directory;
        this.userId = userId;
    }

    /** The profile {@code id}, or null. */
    ProfileSummary profile(Long id) {
        if (id == null || directory == null) {
            return null;
        }
        return profiles.computeIfAbsent(id, key -> directory.find(userId, key)).orElse(null);
    }

    /** The service's name: {@code serviceId}'s when set (an override of the profile's), else the profile's. */
    String serviceName(Long serviceId, ProfileSummary profile) {
        if (serviceId != null && directory != null) {
            Optional<String> name = services.computeIfAbsent(serviceId, directory::serviceName);
            if (name.isPresent()) {
                return name.get();
            }
        }
        return profile == null ? null : profile.serviceName();
    }
}
