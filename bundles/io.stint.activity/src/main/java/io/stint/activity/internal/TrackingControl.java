package io.stint.activity.internal;

import java.time.Duration;
import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.Tracking;
import io.stint.activity.api.TrackingStatus;

/** Tracking control for other modules and the REST resource: the state, and what capture saw last. */
@Component(service = {TrackingControl.class, Tracking.class})
public final class TrackingControl implements Tracking {

    /** A window seen longer ago than this is no longer "current". */
    static final Duration CURRENT = Duration.ofMinutes(2);

    private final TrackingService tracking;
    private final ActivityRecorder recorder;

    @Activate
    public TrackingControl(@Reference TrackingService tracking, @Reference ActivityRecorder recorder) {
        this.tracking = tracking;
        this.recorder = recorder;
    }

    @Override
    public TrackingStatus status(long userId) {
        return status(userId, tracking.state(userId));
    }

    @Override
    public TrackingStatus start(long userId) {
        return status(userId, tracking.start(userId));
    }

    @Override
    public TrackingStatus pause(long userId) {
        return status(userId, tracking.pause(userId));
    }

    @Override
    public TrackingStatus resume(long userId) {
        return status(userId, tracking.resume(userId));
    }

    @Override
    public TrackingStatus stop(long userId) {
        return status(userId, tracking.stop(userId));
    }

    private TrackingStatus status(long userId, TrackingState state) {
        Instant now = Instant.now();
        Observed seen = recorder.observed(userId);
        long idle = 0;
        String app = null;
        String title = null;
        if (seen != null && seen.idleSince() != null) {
            idle = Math.max(0, Duration.between(seen.idleSince(), now).toSeconds());
        } else if (seen != null && seen.lastActiveAt() != null) {
            idle = Math.max(0, Duration.between(seen.lastActiveAt(), now).toSeconds());
            if (state == TrackingState.ACTIVE && Duration.between(seen.lastActiveAt(), now).compareTo(CURRENT) <= 0) {
                app = seen.app();
                title = seen.title();
            }
        }
        return new TrackingStatus(state.name(), seen == null ? null : seen.lastActiveAt(), idle, app, title);
    }
}
