package io.stint.ai.assistant.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;
import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.Profiles;

/**
 * A stand-in for the billing module's profiles, in memory: the helper only reads them (and the block
 * service asks its directory whether one may be used). Writing methods are not needed here.
 */
final class StandInProfiles implements Profiles, ProfileDirectory {

    private final Map<Long, Profile> profiles = new ConcurrentHashMap<>();

    Profile add(long id, String client, String project, String service, boolean active) {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        Profile p = new Profile(id, 100 + id, client, null, project, 200 + id, service, 300, "Standard", 9000, "EUR",
                null, active, t, t);
        profiles.put(id, p);
        return p;
    }

    @Override
    public Optional<Profile> find(long id) {
        return Optional.ofNullable(profiles.get(id));
    }

    @Override
    public List<Profile> list(boolean activeOnly, long offset, int limit) {
        return profiles.values().stream().filter(p -> !activeOnly || p.active())
                .sorted((a, b) -> Long.compare(a.id(), b.id())).skip(offset).limit(limit).toList();
    }

    @Override
    public long count(boolean activeOnly) {
        return list(activeOnly, 0, Integer.MAX_VALUE).size();
    }

    @Override
    public Optional<ProfileSummary> find(long userId, long profileId) {
        return find(profileId).map(p -> new ProfileSummary(p.id(), p.name(), p.clientName(), p.projectName(),
                p.serviceName(), p.active()));
    }

    @Override
    public Profile create(ProfileDraft draft) {
        throw new UnsupportedOperationException("not used by the helper");
    }

    @Override
    public Profile update(long id, UnaryOperator<ProfileDraft> change) {
        throw new UnsupportedOperationException("not used by the helper");
    }

    @Override
    public Profile delete(long id) {
        throw new UnsupportedOperationException("not used by the helper");
    }
}
