package io.stint.capture.activitywatch.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An ActivityWatch bucket of one Stint user.
 *
 * @param row the stored row id (buckets of different users may share {@code id})
 * @param userId the owner
 * @param id the client's bucket id, e.g. {@code aw-watcher-window_myhost}
 * @param name a display name, or null
 * @param type e.g. {@code currentwindow}, {@code afkstatus}, {@code web.tab.current}
 * @param client the watcher that created it
 * @param hostname the machine it watches
 * @param created when it was created, as sent or as Stint wrote it
 * @param data free-form bucket data
 * @param lastUpdated when an event last arrived, or null
 */
public record AwBucket(long row, long userId, String id, String name, String type, String client, String hostname,
        String created, ObjectNode data, String lastUpdated) {

    /** The types whose events feed Stint's activity. */
    public static final String CURRENT_WINDOW = "currentwindow";
    public static final String AFK_STATUS = "afkstatus";
    public static final String WEB_TAB = "web.tab.current";
}
