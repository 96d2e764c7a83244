package io.stint.tracking.api;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A time entry: a finished span of work, or a running timer ({@link #end()} null).
 *
 * @param id the entry's id
 * @param userId the owner
 * @param projectId the project, or null for an entry billed to a client only
 * @param clientId the client, or null
 * @param taskId the task (of the project), or null
 * @param start when the work started
 * @param end when it ended; null while the timer runs
 * @param durationSeconds end − start − breaks; null while running
 * @param breakSeconds seconds of break (pauses) inside the span, never billed
 * @param pausedAt when a running timer was paused, or null
 * @param notes free text, or null
 * @param tags comma-separated tags, or null
 * @param source {@code manual} or {@code timer}
 * @param billable whether the time is billable
 * @param paid whether the time has been paid
 * @param invoiceNumber the invoice it was billed on, or null
 * @param createdAt when it was created
 * @param updatedAt when it was last changed (microseconds)
 * @param projectName the project's name, or null
 * @param clientName the client's name, or null
 * @param taskName the task's name, or null
 */
public record TimeEntry(long id, long userId, Long projectId, Long clientId, Long taskId, Instant start,
        Instant end, Long durationSeconds, long breakSeconds, Instant pausedAt, String notes, String tags,
        String source, boolean billable, boolean paid, String invoiceNumber, Instant createdAt, Instant updatedAt,
        String projectName, String clientName, String taskName) {

    /** {@code manual}: entered as a span. */
    public static final String SOURCE_MANUAL = "manual";
    /** {@code timer}: made by starting and stopping the timer. */
    public static final String SOURCE_TIMER = "timer";

    /** Whether this is a running timer. */
    public boolean running() {
        return end == null;
    }

    /** Whether this is a running timer that is paused. */
    public boolean paused() {
        return end == null && pausedAt != null;
    }

    /**
     * The worked seconds: {@link #durationSeconds()} once finished; while running, the time since
     * the start less breaks and the current pause, as of {@code now}.
     */
    public long workedSeconds(Instant now) {
        if (end != null) {
            return durationSeconds == null ? 0 : durationSeconds;
        }
        Instant until = pausedAt != null ? pausedAt : now;
        return Math.max(0, Duration.between(start, until).getSeconds() - breakSeconds);
    }

    /** The tags as a list, blanks left out. */
    public List<String> tagList() {
        List<String> list = new ArrayList<>();
        if (tags != null) {
            for (String t : tags.split(",")) {
                if (!t.isBlank()) {
                    list.add(t.strip());
                }
            }
        }
        return list;
    }
}
