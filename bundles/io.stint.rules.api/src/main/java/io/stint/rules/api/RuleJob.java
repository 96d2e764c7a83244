package io.stint.rules.api;

import java.time.Instant;

/**
 * A background run applying the rules to stored blocks.
 *
 * @param id the job's id
 * @param state {@code RUNNING}, {@code DONE} or {@code FAILED}
 * @param reason why it runs: {@code rule_created}, {@code rule_updated}, {@code rule_deleted}, {@code requested}
 * @param total the distinct activities (application, title, domain) it classifies
 * @param examined the activities classified so far
 * @param changedActivities the activities whose classification changed so far
 * @param changed the blocks whose assignment changed so far
 * @param startedAt when it started
 * @param finishedAt when it finished, or null
 * @param error why it failed, or null
 */
public record RuleJob(long id, String state, String reason, long total, long examined, long changedActivities,
        long changed, Instant startedAt, Instant finishedAt, String error) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
}
