package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.internal.segment.SegBlock;
import io.stint.activity.internal.segment.SegEvent;
import io.stint.activity.internal.segment.SegSettings;
import io.stint.activity.internal.segment.Segmenter;
import io.stint.store.api.Transactions;

/**
 * Turns each user's events into blocks, incrementally: new events mark the user dirty from their
 * start; a rollup re-segments from the last hard boundary before that point (so the result equals a
 * run over all events) and rewrites only the blocks that changed, keeping the ids and a person's
 * edits of the blocks it replaces. Runs in the background, and for a user before their blocks are
 * listed, so the event in progress is always in a block.
 */
@Component(service = Segmentation.class, configurationPid = ActivitySettings.PID)
public final class Segmentation {

    private static final Logger LOG = LoggerFactory.getLogger(Segmentation.class);

    private final Transactions tx;
    private final SegSettings settings;
    private final long intervalSeconds;
    private final Map<Long, Long> dirty = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private ScheduledExecutorService background;
    private volatile BlockClassifier classifier;

    @Activate
    public Segmentation(@Reference Transactions tx, ActivitySettings config) {
        this(tx, new SegSettings(Math.max(0, config.merge_gap_seconds()) * 1000, Math.max(0, config.min_block_seconds()) * 1000),
                Math.max(1, config.rollup_interval_seconds()));
    }

    Segmentation(Transactions tx, SegSettings settings, long intervalSeconds) {
        this.tx = tx;
        this.settings = settings;
        this.intervalSeconds = intervalSeconds;
    }

    @Activate
    void activate() {
        background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stint-segmentation");
            t.setDaemon(true);
            return t;
        });
        // the catch-up reads every user's events: on the background thread, not while the module starts
        background.execute(this::markUnfinished);
        background.scheduleWithFixedDelay(this::rollupAll, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        background.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setClassifier(BlockClassifier c) {
        classifier = c;
    }

    void unsetClassifier(BlockClassifier c) {
        if (classifier == c) {
            classifier = null;
        }
    }

    SegSettings settings() {
        return settings;
    }

    /** Events of {@code userId} starting at {@code fromMs} were committed: segment from there. */
    void dirty(long userId, long fromMs) {
        dirty.merge(userId, fromMs, Math::min);
    }

    /** Segments the user's new events now, if there are any. */
    void rollup(long userId) {
        synchronized (locks.computeIfAbsent(userId, id -> new Object())) {
            Long from = dirty.remove(userId);
            if (from == null) {
                return;
            }
            try {
                resegment(userId, from);
            } catch (RuntimeException e) {
                dirty.merge(userId, from, Math::min);
                throw e;
            }
        }
    }

    /** Re-segments everything of the user's from {@code fromMs} on (an explicit re-run). */
    void rebuild(long userId, long fromMs) {
        dirty(userId, fromMs);
        rollup(userId);
    }

    private void rollupAll() {
        for (Long user : List.copyOf(dirty.keySet())) {
            try {
                rollup(user);
            } catch (RuntimeException e) {
                LOG.warn("Segmenting the activity of user {} failed; it is retried at the next rollup", user, e);
            }
        }
    }

    /**
     * After a restart nothing is known dirty: each user's events after their last block's start (or
     * all, with no blocks yet) are segmented again, which is what a crash may have left undone.
     */
    void markUnfinished() {
        try {
            tx.run(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT e.USER_ID, COALESCE((SELECT MAX(b.START_MS) FROM "
                        + "ACTIVITY_BLOCKS b WHERE b.USER_ID = e.USER_ID), MIN(e.START_MS)) FROM ACTIVITY_EVENTS e GROUP BY e.USER_ID");
                        ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        dirty(rs.getLong(1), rs.getLong(2));
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("Finding activity left unsegmented at the last stop failed; POST /api/v1/blocks/resegment redoes it", e);
        }
    }

    private void resegment(long userId, long fromMs) {
        tx.run(c -> {
            long anchor = anchor(c, userId, fromMs - settings.mergeGapMs());
            List<SegBlock> made = Segmenter.segment(events(c, userId, anchor), settings);
            BlockWriter.replace(c, userId, anchor, made, classifier);
        });
    }

    /** The start of the last block that begins a hard segment before {@code beforeMs}; MIN_VALUE if none. */
    private static long anchor(Connection c, long userId, long beforeMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT START_MS FROM ACTIVITY_BLOCKS WHERE USER_ID = ? "
                + "AND START_MS < ? AND HARD_START AND NOT MANUAL ORDER BY USER_ID DESC, START_MS DESC LIMIT 1")) {
            ps.setLong(1, userId);
            ps.setLong(2, beforeMs);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : Long.MIN_VALUE;
            }
        }
    }

    /** The user's events ending after {@code fromMs}, by start, clipped to begin no earlier than it. */
    private static List<SegEvent> events(Connection c, long userId, long fromMs) throws SQLException {
        List<SegEvent> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT START_MS, END_MS, IDLE, APP, TITLE, DOMAIN FROM ACTIVITY_EVENTS "
                + "WHERE USER_ID = ? AND END_MS > ? ORDER BY START_MS, ID")) {
            ps.setLong(1, userId);
            ps.setLong(2, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long start = Math.max(fromMs, rs.getLong(1));
                    events.add(new SegEvent(start, rs.getLong(2), rs.getBoolean(3), rs.getString(4), rs.getString(5),
                            rs.getString(6)));
                }
            }
        }
        // clipping can put an early, long event after later ones: keep the order the segmenter needs
        events.sort(java.util.Comparator.comparingLong(SegEvent::startMs));
        return events;
    }
}
