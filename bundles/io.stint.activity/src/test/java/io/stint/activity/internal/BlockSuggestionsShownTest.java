package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockSuggestions;
import io.stint.activity.api.ManualBlock;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;

/** Blocks that need review show a helper module's pending suggestion, fetched once per page. */
class BlockSuggestionsShownTest {

    /** A stand-in for a helper module's suggestions: a fixed map, and a record of each call. */
    static final class StandInSuggestions implements BlockSuggestions {
        final Map<Long, Suggestion> pending = new HashMap<>();
        final List<Collection<Long>> calls = new ArrayList<>();

        @Override
        public Map<Long, Suggestion> pending(long userId, Collection<Long> blockIds) {
            calls.add(List.copyOf(blockIds));
            Map<Long, Suggestion> found = new HashMap<>();
            blockIds.forEach(id -> {
                if (userId == ALICE && pending.containsKey(id)) {
                    found.put(id, pending.get(id));
                }
            });
            return found;
        }
    }

    private final ActivityFixture f = new ActivityFixture();
    private final BlocksResource resource = new BlocksResource(f.blocks);
    private final CallerContext alice = new CallerContext(
            new Caller(ALICE, "alice", Caller.ROLE_USER, ZoneOffset.UTC, Set.of("*"), 1), false);

    private ActivityBlock manual(long offsetMinutes) {
        return f.blocks.addManual(ALICE, ALICE, new ManualBlock(T0.plusSeconds(offsetMinutes * 60),
                T0.plusSeconds(offsetMinutes * 60 + 600), null, "work", null, true));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> listed() {
        return (List<Map<String, Object>>) resource.list(alice, "2026-01-09", null, null, null, null, null, null, null)
                .get("blocks");
    }

    @Test
    void aListedBlockShowsItsPendingSuggestionAndOthersShowNull() {
        ActivityBlock first = manual(0);
        manual(30);
        StandInSuggestions hook = new StandInSuggestions();
        hook.pending.put(first.id(), new BlockSuggestions.Suggestion(7, "MEDIUM", "same app as yesterday"));
        resource.suggestions = hook;

        List<Map<String, Object>> blocks = listed();

        assertEquals(Map.of("profile_id", 7L, "confidence", "MEDIUM", "reason", "same app as yesterday"),
                blocks.get(0).get("suggestion"));
        assertNull(blocks.get(1).get("suggestion"));
        assertEquals(1, hook.calls.size(), "one batched call for the page");
        assertEquals(2, hook.calls.get(0).size());
    }

    @Test
    void oneBlockShownAloneCarriesItsSuggestion() {
        ActivityBlock b = manual(0);
        StandInSuggestions hook = new StandInSuggestions();
        hook.pending.put(b.id(), new BlockSuggestions.Suggestion(3, "HIGH", null));
        resource.suggestions = hook;

        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) resource.get(alice, String.valueOf(b.id())).get("block");

        assertEquals(3L, ((Map<?, ?>) shown.get("suggestion")).get("profile_id"));
    }

    @Test
    void withoutAHelperModuleEveryBlockShowsANullSuggestion() {
        manual(0);

        Map<String, Object> block = listed().get(0);

        assertEquals(true, block.containsKey("suggestion"));
        assertNull(block.get("suggestion"));
    }

    @Test
    void aFailingHelperModuleLeavesTheListWorkingWithoutSuggestions() {
        manual(0);
        resource.suggestions = (user, ids) -> {
            throw new IllegalStateException("broken helper");
        };

        assertNull(listed().get(0).get("suggestion"));
    }
}
