package io.stint.activity.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;

/**
 * Each user's tracking state (STOPPED, ACTIVE, PAUSED), kept in {@code ACTIVITY_TRACKING} and in
 * memory, since every captured event asks for it.
 */
@Component(service = TrackingService.class, configurationPid = ActivitySettings.PID)
@Designate(ocd = ActivitySettings.class)
@Migrations
public final class TrackingService {

    private final Transactions tx;
    private final Map<Long, TrackingState> states = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private volatile TrackingState initial;

    @Activate
    public TrackingService(@Reference Transactions tx, ActivitySettings settings) {
        this.tx = tx;
        modified(settings);
    }

    TrackingService(Transactions tx, TrackingState initial) {
        this.tx = tx;
        this.initial = initial;
    }

    @Modified
    void modified(ActivitySettings settings) {
        String wanted = settings.initial_state() == null ? "" : settings.initial_state().strip().toUpperCase(Locale.ROOT);
        initial = "STOPPED".equals(wanted) ? TrackingState.STOPPED : TrackingState.ACTIVE;
    }

    /** The user's state. */
    TrackingState state(long userId) {
        return states.computeIfAbsent(userId, this::load);
    }

    /** Whether the user's capture is recorded now. */
    boolean recording(long userId) {
        return state(userId) == TrackingState.ACTIVE;
    }

    /** {@code start}: only from STOPPED. */
    TrackingState start(long userId) {
        return move(userId, TrackingState.STOPPED, TrackingState.ACTIVE, "Tracking is already running");
    }

    /** {@code pause}: only from ACTIVE. */
    TrackingState pause(long userId) {
        return move(userId, TrackingState.ACTIVE, TrackingState.PAUSED, "Tracking is not active");
    }

    /** {@code resume}: only from PAUSED. */
    TrackingState resume(long userId) {
        return move(userId, TrackingState.PAUSED, TrackingState.ACTIVE, "Tracking is not paused");
    }

    /** {@code stop}: from any state. */
    TrackingState stop(long userId) {
        return move(userId, null, TrackingState.STOPPED, null);
    }

    private TrackingState move(long userId, TrackingState from, TrackingState to, String refusal) {
        synchronized (lock(userId)) {
            TrackingState now = state(userId);
            if (from != null && now != from) {
                throw ApiException.badRequest("invalid_state", refusal + " (state " + now + ")");
            }
            tx.run(c -> {
                Timestamp at = StoredTimes.now();
                try (PreparedStatement ps = c.prepareStatement("MERGE INTO ACTIVITY_TRACKING t USING (VALUES(?, ?, ?)) "
                        + "AS v(U, S, A) ON t.USER_ID = v.U WHEN MATCHED THEN UPDATE SET t.STATE = v.S, t.CHANGED_AT = v.A "
                        + "WHEN NOT MATCHED THEN INSERT (USER_ID, STATE, CHANGED_AT) VALUES (v.U, v.S, v.A)")) {
                    ps.setLong(1, userId);
                    ps.setString(2, to.name());
                    ps.setTimestamp(3, at);
                    ps.executeUpdate();
                }
            });
            states.put(userId, to);
            return to;
        }
    }

    private Object lock(long userId) {
        return locks.computeIfAbsent(userId, id -> new Object());
    }

    private TrackingState load(long userId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT STATE FROM ACTIVITY_TRACKING WHERE USER_ID = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? TrackingState.valueOf(rs.getString(1)) : initial;
                }
            }
        });
    }
}
