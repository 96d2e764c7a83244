package io.stint.activity.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Each user's tracking control. A move not allowed from the current state (start unless STOPPED,
 * pause unless ACTIVE, resume unless PAUSED) fails with a 400 {@code invalid_state} API exception;
 * stop always succeeds.
 */
@ProviderType
public interface Tracking {

    TrackingStatus status(long userId);

    TrackingStatus start(long userId);

    TrackingStatus pause(long userId);

    TrackingStatus resume(long userId);

    TrackingStatus stop(long userId);
}
