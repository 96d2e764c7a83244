package io.stint.compat.chronicle.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivitySource;
import io.stint.capture.api.ActivityState;

/**
 * ChronicleCore's browser extension as a capture source ({@value #ID}): each page it reports
 * becomes an ACTIVE event of the browser. The extension reports when a page comes to the front, and
 * with the next report how long the previous page was in front ({@code duration_ms}); that time
 * goes to the previous page's event, which the sink replaces (same user, source and start).
 */
@Component(service = { ActivitySource.class, ExtensionFeed.class }, property = "source.id=" + ExtensionFeed.ID)
public final class ExtensionFeed implements ActivitySource {

    public static final String ID = "chronicle-extension";

    /** A page the extension reports. */
    record PageView(Instant at, Long durationMs, String browser, String title, String url, String domain) {
    }

    private volatile ActivitySink sink;
    /** Each user's last reported page, whose time the next report tells. */
    private final Map<Long, ActivityEvent> last = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void open(ActivitySink newSink) {
        this.sink = newSink;
    }

    @Override
    public void close() {
        this.sink = null;
        last.clear();
    }

    /**
     * Records {@code page} for {@code userId}. The sink gives events no id: they are unique by user,
     * source and start, so the id answered is the start in epoch milliseconds, unique for the
     * caller's pages. While the user's tracking is paused or stopped the sink drops the page; the
     * answer is the same, since the extension can do nothing about it.
     */
    long record(long userId, PageView page) {
        ActivitySink current = sink;
        if (current == null) {
            throw new ChronicleException(503, ChronicleErrors.code(503),
                    "Activity capture is not running; the event was not recorded", null);
        }
        Instant start = page.at().truncatedTo(ChronoUnit.MILLIS);
        ActivityEvent event = new ActivityEvent(start, 0, ActivityState.ACTIVE, page.browser(), page.title(),
                page.url(), domain(page.domain()), ID, null);
        synchronized (locks.computeIfAbsent(userId, user -> new Object())) {
            ActivityEvent previous = last.get(userId);
            try {
                if (previous != null && page.durationMs() != null && page.durationMs() > 0
                        && previous.start().isBefore(start)) {
                    long span = Math.min(page.durationMs(), start.toEpochMilli() - previous.start().toEpochMilli());
                    if (span > previous.durationMillis()) {
                        current.record(userId, previous.withDuration(span));
                    }
                }
                current.record(userId, event);
            } catch (IllegalArgumentException refused) {
                throw ChronicleException.invalid(refused.getMessage());
            }
            last.put(userId, event); // the next report's duration is about this page, whatever its time
        }
        return start.toEpochMilli();
    }

    /** A domain as the extension sends it ({@code www.github.com}), the way Stint keeps domains. */
    static String domain(String domain) {
        if (domain == null || domain.isBlank()) {
            return null; // the event derives it from the url
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("www.") ? d.substring(4) : d;
    }
}
