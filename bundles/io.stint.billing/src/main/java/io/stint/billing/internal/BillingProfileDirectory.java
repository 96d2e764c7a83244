package io.stint.billing.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.Service;
import io.stint.billing.api.Services;

/**
 * The billing profiles as the activity module sees them. Profiles belong to the installation, not
 * to a user, so every user may use every profile; a deleted one is still found, as inactive.
 */
@Component(service = ProfileDirectory.class)
public final class BillingProfileDirectory implements ProfileDirectory {

    private final Profiles profiles;
    private final Services services;

    @Activate
    public BillingProfileDirectory(@Reference Profiles profiles, @Reference Services services) {
        this.profiles = profiles;
        this.services = services;
    }

    @Override
    public Optional<ProfileSummary> find(long userId, long profileId) {
        return profiles.find(profileId).map(p -> new ProfileSummary(p.id(), p.name(), p.clientName(), p.projectName(),
                p.serviceName(), p.active()));
    }

    @Override
    public Optional<String> serviceName(long serviceId) {
        return services.find(serviceId).map(Service::name);
    }
}
