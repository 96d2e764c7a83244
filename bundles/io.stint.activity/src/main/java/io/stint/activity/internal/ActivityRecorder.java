package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivityState;
import io.stint.store.api.Transactions;

/**
 * The sink every capture source emits into: events in {@code ACTIVITY_EVENTS}, heartbeats merged
 * into the source's last event. Writes join the caller's transaction when there is one (the
 * ActivityWatch API acknowledges a heartbeat only after both its bucket and this table committed);
 * once committed, the user is marked for segmentation.
 */
@Component(service = ActivityRecorder.class)
public final class ActivityRecorder implements ActivitySink {

    /** A source's last event for one user, as stored. */
    private record Last(long id, ActivityEvent event) {
    }

    private record Key(long userId, String source) {
    }

    static final int MAX_TEXT = 4000;

    private final Transactions tx;
    private final TrackingService tracking;
    private final LocalUser local;
    private final Segmentation segmentation;
    private final Map<Key, Last> last = new ConcurrentHashMap<>();
    private final Map<Long, Observed> observed = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();

    @Activate
    public ActivityRecorder(@Reference Transactions tx, @Reference TrackingService tracking, @Reference LocalUser local,
            @Reference Segmentation segmentation) {
        this.tx = tx;
        this.tracking = tracking;
        this.local = local;
        this.segmentation = segmentation;
    }

    @Override
    public boolean recording(Long userId) {
        Long user = resolve(userId);
        return user != null && tracking.recording(user);
    }

    @Override
    public boolean record(Long userId, ActivityEvent event) {
        Objects.requireNonNull(event, "event");
        Long user = resolve(userId);
        if (user == null || !tracking.recording(user)) {
            return false;
        }
        ActivityEvent e = bounded(event);
        Key key = new Key(user, e.sourceId());
        synchronized (lockOf(key)) {
            tx.run(c -> {
                long id = upsert(c, user, e);
                Last known = last.get(key);
                if (known == null || !e.start().isBefore(known.event().start())) {
                    last.put(key, new Last(id, e));
                }
                committed(user, e);
            });
        }
        return true;
    }

    @Override
    public boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis) {
        Objects.requireNonNull(event, "event");
        if (pulseMillis < 0) {
            throw new IllegalArgumentException("pulseMillis must not be negative");
        }
        Long user = resolve(userId);
        if (user == null || !tracking.recording(user)) {
            return false;
        }
        ActivityEvent e = bounded(event);
        Key key = new Key(user, e.sourceId());
        synchronized (lockOf(key)) {
            tx.run(c -> {
                Last previous = last.containsKey(key) ? last.get(key) : loadLast(c, key);
                boolean merges = merges(previous, e, pulseMillis);
                if (merges && !extend(c, key, previous, e)) {
                    // the cached row is gone (its transaction rolled back): decide again from the table
                    last.remove(key);
                    Last stored = loadLast(c, key);
                    merges = merges(stored, e, pulseMillis) && extend(c, key, stored, e);
                }
                if (merges) {
                    return;
                }
                long id = upsert(c, user, e);
                last.put(key, new Last(id, e));
                committed(user, e);
            });
        }
        return true;
    }

    /** What the user's sources saw last, for the tracking status; null when nothing yet. */
    Observed observed(long userId) {
        return observed.get(userId);
    }

    private void committed(long user, ActivityEvent e) {
        tx.afterCommit(() -> {
            observed.merge(user, Observed.of(e), Observed::later);
            segmentation.dirty(user, e.start().toEpochMilli());
        });
    }

    private static boolean merges(Last last, ActivityEvent heartbeat, long pulseMillis) {
        return last != null && merges(last.event(), heartbeat, pulseMillis);
    }

    static boolean merges(ActivityEvent last, ActivityEvent heartbeat, long pulseMillis) {
        long start = heartbeat.start().toEpochMilli();
        return last.sameActivity(heartbeat) && start >= last.start().toEpochMilli()
                && start <= last.end().toEpochMilli() + pulseMillis;
    }

    private Long resolve(Long userId) {
        return userId != null ? userId : local.id();
    }

    private Object lockOf(Key key) {
        return locks.computeIfAbsent(key, k -> new Object());
    }

    private static ActivityEvent bounded(ActivityEvent e) {
        return new ActivityEvent(e.start(), e.durationMillis(), e.state(), cut(e.app(), 1000), cut(e.title(), MAX_TEXT),
                cut(e.url(), 8000), cut(e.domain(), 1000), cut(e.sourceId(), 255), cut(e.host(), 255));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    /** Grows {@code previous} to cover {@code heartbeat}; false when its row is no longer there. */
    private boolean extend(Connection c, Key key, Last previous, ActivityEvent heartbeat) throws SQLException {
        ActivityEvent before = previous.event();
        long end = Math.max(before.end().toEpochMilli(), heartbeat.end().toEpochMilli());
        try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_EVENTS SET END_MS = ? WHERE ID = ?")) {
            ps.setLong(1, end);
            ps.setLong(2, previous.id());
            if (ps.executeUpdate() != 1) {
                return false;
            }
        }
        ActivityEvent grown = before.withDuration(end - before.start().toEpochMilli());
        last.put(key, new Last(previous.id(), grown));
        committed(key.userId(), grown);
        return true;
    }

    /** Inserts the event, or replaces the one with the same user, source and start; returns its id. */
    private static long upsert(Connection c, long user, ActivityEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_EVENTS (USER_ID, SOURCE, HOST, START_MS, END_MS, "
                + "IDLE, APP, TITLE, URL, DOMAIN) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, user);
            ps.setString(2, e.sourceId());
            bind(ps, 3, e);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLIntegrityConstraintViolationException duplicate) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_EVENTS SET HOST = ?, START_MS = ?, END_MS = ?, "
                    + "IDLE = ?, APP = ?, TITLE = ?, URL = ?, DOMAIN = ? WHERE USER_ID = ? AND SOURCE = ? AND START_MS = ?")) {
                bind(ps, 1, e);
                ps.setLong(9, user);
                ps.setString(10, e.sourceId());
                ps.setLong(11, e.start().toEpochMilli());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ID FROM ACTIVITY_EVENTS WHERE USER_ID = ? AND SOURCE = ? AND START_MS = ?")) {
                ps.setLong(1, user);
                ps.setString(2, e.sourceId());
                ps.setLong(3, e.start().toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }
    }

    private static void bind(PreparedStatement ps, int from, ActivityEvent e) throws SQLException {
        ps.setString(from, e.host());
        ps.setLong(from + 1, e.start().toEpochMilli());
        ps.setLong(from + 2, e.end().toEpochMilli());
        ps.setBoolean(from + 3, e.state() == ActivityState.IDLE);
        text(ps, from + 4, e.app());
        text(ps, from + 5, e.title());
        text(ps, from + 6, e.url());
        text(ps, from + 7, e.domain());
    }

    private static void text(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value);
        }
    }

    private Last loadLast(Connection c, Key key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, HOST, START_MS, END_MS, IDLE, APP, TITLE, URL, DOMAIN "
                + "FROM ACTIVITY_EVENTS WHERE USER_ID = ? AND SOURCE = ? "
                + "ORDER BY USER_ID DESC, SOURCE DESC, START_MS DESC LIMIT 1")) {
            ps.setLong(1, key.userId());
            ps.setString(2, key.source());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                java.time.Instant start = java.time.Instant.ofEpochMilli(rs.getLong(3));
                ActivityEvent e = new ActivityEvent(start, rs.getLong(4) - rs.getLong(3),
                        rs.getBoolean(5) ? ActivityState.IDLE : ActivityState.ACTIVE, rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), key.source(), rs.getString(2));
                Last found = new Last(rs.getLong(1), e);
                last.put(key, found);
                return found;
            }
        }
    }
}
