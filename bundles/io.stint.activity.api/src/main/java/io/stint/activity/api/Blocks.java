package io.stint.activity.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A user's blocks, for the modules that show or bill them. Invalid input and unknown blocks fail
 * with Stint's API exceptions ({@code io.stint.rest.api.ApiException}: 400 with field errors, 404).
 * {@code actorId} is the person making a change, as the block's audit log records it.
 */
@ProviderType
public interface Blocks {

    /** One page of the blocks {@code filter} selects, after segmenting what was captured since the last look. */
    BlockPage list(BlockFilter filter);

    /** The user's block {@code id}, or empty. */
    Optional<ActivityBlock> find(long userId, long id);

    /**
     * Assigns the block to a profile (or none) as a person, with {@code confidence} (HIGH, MEDIUM,
     * LOW; null means HIGH when assigned, LOW when not). Rules never change it afterwards.
     */
    ActivityBlock reassign(long userId, long actorId, long id, Long profileId, String confidence);

    /** Locks or unlocks the block. */
    ActivityBlock lock(long userId, long actorId, long id, boolean locked);

    /** Changes {@code notes}, {@code billable} and {@code description}: a null value clears a text, an absent key keeps it. */
    ActivityBlock edit(long userId, long actorId, long id, Map<String, Object> fields);

    /** Adds time the capture missed, as a person's block. */
    ActivityBlock addManual(long userId, long actorId, ManualBlock block);

    /** The blocks of every user overlapping [fromMs, toMs), by id, for billing and exports; at most {@code limit} after {@code afterId}. */
    List<ActivityBlock> scan(Long userId, long fromMs, long toMs, long afterId, int limit);

    /**
     * The user's blocks that start in [fromMs, toMs), in start order (ties by id), after the block
     * ({@code afterStartMs}, {@code afterId}) (pass {@code Long.MIN_VALUE} twice to start); at most
     * {@code limit} (capped at 10,000). Exports read a period page by page with it, in the order a
     * file lists them.
     */
    List<ActivityBlock> scanByStart(long userId, long fromMs, long toMs, long afterStartMs, long afterId, int limit);
}
