package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.BOB;
import static io.stint.activity.internal.ActivityFixture.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ProfileSummary;
import io.stint.rest.api.ApiException;
import io.stint.activity.api.BlockPage;
import io.stint.activity.api.ActivityBlock;

class BlockServiceTest {

    private final ActivityFixture f = new ActivityFixture();

    private long oneBlock() {
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget 2026.xlsx"));
        return f.day(ALICE).blocks().get(0).id();
    }

    @Test
    void aNewBlockIsUnassignedLowAndNeedsReview() {
        ActivityBlock b = f.blocks.get(ALICE, oneBlock());
        assertNull(b.profileId());
        assertEquals("LOW", b.confidence());
        assertTrue(b.needsReview());
        assertEquals("EXCEL.EXE", b.app());
    }

    @Test
    void reassigningNeedsAProfileTheDirectoryKnowsAndIsAudited() {
        long id = oneBlock();
        ApiException none = assertThrows(ApiException.class, () -> f.blocks.reassign(ALICE, ALICE, id, 7L, null));
        assertEquals(400, none.status(), "without a billing module no profile exists");
        f.blocks.setProfiles((user, profile) -> profile == 7 && user == ALICE
                ? Optional.of(new ProfileSummary(7, "Acme bookkeeping", "Acme Corp", null, "Bookkeeping", true))
                : Optional.empty());
        ActivityBlock b = f.blocks.reassign(ALICE, ALICE, id, 7L, null);
        assertEquals(7L, b.profileId());
        assertEquals("HIGH", b.confidence());
        assertEquals("USER", b.assignedBy());
        assertFalse(b.needsReview());
        assertEquals(400, assertThrows(ApiException.class, () -> f.blocks.reassign(BOB, BOB, id, 7L, null)).status(),
                "Bob can't use Alice's profile (and checks come first)");
        List<Map<String, Object>> audit = f.blocks.audit(ALICE, id);
        assertEquals(1, audit.size());
        assertEquals("reassign", audit.get(0).get("action"));
        assertNull(((Map<?, ?>) audit.get(0).get("before")).get("profile_id"));
        assertEquals(7, ((Map<?, ?>) audit.get(0).get("after")).get("profile_id"));
    }

    @Test
    void aBadConfidenceIsRefusedEvenForAnUnknownBlock() {
        ApiException e = assertThrows(ApiException.class, () -> f.blocks.reassign(ALICE, ALICE, 999, null, "high"));
        assertEquals(400, e.status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.blocks.reassign(ALICE, ALICE, 999, null, "LOW")).status());
    }

    @Test
    void lockNotesBillableAndDescriptionAreEachAuditedBeforeAndAfter() {
        long id = oneBlock();
        f.blocks.lock(ALICE, ALICE, id, true);
        Map<String, Object> fields = new HashMap<>();
        fields.put("notes", "Quarterly budget");
        fields.put("billable", false);
        fields.put("description", null);
        ActivityBlock b = f.blocks.edit(ALICE, ALICE, id, fields);
        assertTrue(b.locked());
        assertFalse(b.billable());
        assertEquals("Quarterly budget", b.notes());
        List<Map<String, Object>> audit = f.blocks.audit(ALICE, id);
        assertEquals(List.of("lock", "edit"), audit.stream().map(a -> a.get("action")).toList());
        assertEquals(true, ((Map<?, ?>) audit.get(1).get("before")).get("billable"));
        assertEquals(false, ((Map<?, ?>) audit.get(1).get("after")).get("billable"));
        assertTrue(audit.get(1).get("at") instanceof Instant);
        assertEquals(400, assertThrows(ApiException.class, () -> f.blocks.edit(ALICE, ALICE, id, Map.of())).status());
    }

    @Test
    void anotherUsersBlockIsNotFoundForEveryOperation() {
        long id = oneBlock();
        assertEquals(404, assertThrows(ApiException.class, () -> f.blocks.get(BOB, id)).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.blocks.lock(BOB, BOB, id, true)).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.blocks.edit(BOB, BOB, id, Map.of("notes", "x"))).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.blocks.audit(BOB, id)).status());
        assertFalse(f.blocks.get(ALICE, id).locked(), "and nothing changed");
    }

    @Test
    void filtersSelectUnassignedReviewAndProfileBlocks() {
        f.recorder.record(ALICE, active(0, 900, "code", "a"));
        f.recorder.record(ALICE, active(3600, 900, "slack", "b"));
        List<ActivityBlock> all = f.day(ALICE).blocks();
        f.blocks.setProfiles((user, profile) -> Optional.of(new ProfileSummary(profile, null, "Acme", null, null, true)));
        f.blocks.reassign(ALICE, ALICE, all.get(0).id(), 3L, "LOW");
        long from = Instant.parse("2026-01-09T00:00:00Z").toEpochMilli();
        long to = from + 86_400_000L;
        assertEquals(1, f.blocks.list(new BlockQuery(ALICE, from, to, null, true, false, 100)).total());
        assertEquals(2, f.blocks.list(new BlockQuery(ALICE, from, to, null, false, true, 100)).total());
        assertEquals(1, f.blocks.list(new BlockQuery(ALICE, from, to, 3L, false, false, 100)).total());
        BlockPage limited = f.blocks.list(new BlockQuery(ALICE, from, to, null, false, false, 1));
        assertEquals(1, limited.blocks().size());
        assertEquals(2, limited.total());
        assertEquals(0, f.blocks.list(new BlockQuery(ALICE, to, to + 86_400_000L, null, false, false, 100)).total(),
                "the next day has none");
    }
}
