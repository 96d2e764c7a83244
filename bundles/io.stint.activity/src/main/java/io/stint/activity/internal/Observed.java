package io.stint.activity.internal;

import java.time.Instant;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivityState;

/** What a user's capture saw last: when they were last active, in front of what, and since when idle. */
record Observed(Instant lastActiveAt, String app, String title, Instant idleSince, Instant at) {

    static Observed of(ActivityEvent e) {
        if (e.state() == ActivityState.IDLE) {
            return new Observed(null, null, null, e.start(), e.end());
        }
        return new Observed(e.end(), e.app(), e.title(), null, e.end());
    }

    /** The later of two observations, keeping the last active time across idle ones. */
    static Observed later(Observed a, Observed b) {
        Observed newer = b.at.isBefore(a.at) ? a : b;
        Observed older = newer == a ? b : a;
        if (newer.lastActiveAt == null && older.lastActiveAt != null) {
            return new Observed(older.lastActiveAt, null, null, newer.idleSince, newer.at);
        }
        return newer;
    }
}
