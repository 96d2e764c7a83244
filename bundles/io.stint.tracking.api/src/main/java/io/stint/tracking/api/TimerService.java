package io.stint.tracking.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The timer: at most one running entry per user. Paused time is break time and is not billed.
 * Failures are unchecked exceptions: {@link TimerAlreadyRunningException} for a second start, and
 * (in Stint's runtime) {@code io.stint.rest.api.ApiException} with {@code no_active_timer} or
 * {@code invalid_state}.
 */
@ProviderType
public interface TimerService {

    /** The user's running entry, if any. */
    Optional<TimeEntry> running(long userId);

    /**
     * Starts a timer on a project (not archived) and optionally one of its tasks.
     *
     * @throws TimerAlreadyRunningException if the user already has one running
     */
    TimeEntry start(long userId, long projectId, Long taskId, String notes);

    /** Pauses the running timer. */
    TimeEntry pause(long userId);

    /** Resumes the paused timer; the pause becomes break time. */
    TimeEntry resume(long userId);

    /** Stops the running timer; a pause in progress becomes break time. */
    TimeEntry stop(long userId);
}
