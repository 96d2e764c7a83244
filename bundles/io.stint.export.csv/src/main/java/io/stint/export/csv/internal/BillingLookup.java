package io.stint.export.csv.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.RatePeriod;
import io.stint.billing.api.Rates;
import io.stint.billing.api.Service;
import io.stint.billing.api.Services;

/**
 * Profiles, service names and rate periods for one export, each read once: an export touches a
 * handful of profiles however many blocks it writes.
 */
final class BillingLookup {

    private final Profiles profiles;
    private final Services services;
    private final Rates rates;
    private final Map<Long, Optional<Profile>> profileById = new HashMap<>();
    private final Map<Long, String> serviceNames = new HashMap<>();
    private final Map<Long, List<RatePeriod>> periodsByRate = new HashMap<>();

    BillingLookup(Profiles profiles, Services services, Rates rates) {
        this.profiles = profiles;
        this.services = services;
        this.rates = rates;
    }

    /** The profile, deleted or not; empty for an unknown id. */
    Optional<Profile> profile(long id) {
        return profileById.computeIfAbsent(id, profiles::find);
    }

    /** The name of service {@code id}, or null. */
    String serviceName(long id) {
        return serviceNames.computeIfAbsent(id, k -> services.find(k).map(Service::name).orElse(null));
    }

    /** The rate's period in force at {@code epochMs}, if any. */
    Optional<RatePeriod> rateAt(long rateId, long epochMs) {
        List<RatePeriod> periods = periodsByRate.computeIfAbsent(rateId, rates::periods);
        return RatePeriod.at(periods, java.time.Instant.ofEpochMilli(epochMs));
    }
}
