package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.BOB;
import static io.stint.activity.internal.ActivityFixture.T0;
import static io.stint.activity.internal.ActivityFixture.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.Classification;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.api.ProfileSummary;
import io.stint.activity.api.Reclassification;
import io.stint.rest.api.ApiException;

class RuleAssignmentTest {

    private final ActivityFixture f = new ActivityFixture();

    /** Excel goes to profile 7 (service override 3, rule 11); anything with "github" in the title to profile 8. */
    private static final BlockClassifier RULES = (user, facts) -> {
        if ("EXCEL.EXE".equals(facts.app())) {
            return Optional.of(new Classification(7, 3L, "HIGH", 11));
        }
        if (facts.title() != null && facts.title().contains("github")) {
            return Optional.of(new Classification(8, null, "MEDIUM", 12));
        }
        return Optional.empty();
    };

    private final long all = Long.MIN_VALUE / 2;
    private final long end = Long.MAX_VALUE / 2;

    private void profiles() {
        f.blocks.setProfiles((user, id) -> id == 7 || id == 8
                ? Optional.of(new ProfileSummary(id, null, "Acme", null, "Bookkeeping", true)) : Optional.empty());
    }

    @Test
    void newBlocksAreAssignedByTheClassifierAsTheyAreMade() {
        f.segmentation.setClassifier(RULES);
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget 2026.xlsx"));
        f.recorder.record(ALICE, active(4000, 900, "Code", "notes"));
        List<ActivityBlock> day = f.day(ALICE).blocks();
        assertEquals(2, day.size());
        ActivityBlock excel = day.get(0);
        assertEquals(7L, excel.profileId());
        assertEquals(3L, excel.serviceId());
        assertEquals(11L, excel.ruleId());
        assertEquals("HIGH", excel.confidence());
        assertEquals("RULE", excel.assignedBy());
        assertNull(day.get(1).profileId(), "no rule matches Code");
        assertEquals("LOW", day.get(1).confidence());
    }

    @Test
    void withoutAClassifierBlocksArriveUnassignedAndARunAssignsThemLater() {
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget 2026.xlsx"));
        assertNull(f.day(ALICE).blocks().get(0).profileId());
        AtomicInteger reports = new AtomicInteger();
        Reclassification.Outcome first = f.reclassifier.apply(RULES, n -> reports.incrementAndGet());
        assertEquals(1, first.examined());
        assertEquals(1, first.changedActivities());
        assertEquals(1, first.changedBlocks());
        assertTrue(reports.get() >= 1);
        assertEquals(7L, f.day(ALICE).blocks().get(0).profileId());
        Reclassification.Outcome again = f.reclassifier.apply(RULES, null);
        assertEquals(0, again.changedActivities(), "a second run changes nothing");
        assertEquals(0, again.changedBlocks());
    }

    @Test
    void lockedBlocksAndAPersonsAssignmentAreNeverChangedByRules() {
        profiles();
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget"));
        f.recorder.record(ALICE, active(4000, 900, "EXCEL.EXE", "Budget"));
        f.recorder.record(ALICE, active(8000, 900, "EXCEL.EXE", "Budget"));
        List<ActivityBlock> day = f.day(ALICE).blocks();
        f.blocks.lock(ALICE, ALICE, day.get(0).id(), true);
        f.blocks.reassign(ALICE, ALICE, day.get(1).id(), 8L, "MEDIUM");
        assertEquals(1, f.reclassifier.count(), "three blocks show one activity");
        Reclassification.Outcome run = f.reclassifier.apply(RULES, null);
        assertEquals(1, run.changedActivities());
        assertEquals(1, run.changedBlocks(), "only the third block is the rules' to change");
        day = f.day(ALICE).blocks();
        assertNull(day.get(0).profileId(), "locked");
        assertEquals(8L, day.get(1).profileId(), "a person's choice stands");
        assertEquals("USER", day.get(1).assignedBy());
        assertEquals(7L, day.get(2).profileId());
    }

    @Test
    void whenNoRuleMatchesAnyMoreARulesAssignmentIsTakenBack() {
        f.segmentation.setClassifier(RULES);
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget"));
        assertEquals(7L, f.day(ALICE).blocks().get(0).profileId());
        Reclassification.Outcome run = f.reclassifier.apply((u, facts) -> Optional.empty(), null);
        assertEquals(1, run.changedBlocks());
        ActivityBlock b = f.day(ALICE).blocks().get(0);
        assertNull(b.profileId());
        assertNull(b.serviceId());
        assertNull(b.ruleId());
        assertEquals("LOW", b.confidence());
        assertNull(b.assignedBy());
    }

    @Test
    void aLockedBlockKeepsWhatTheRulesGaveItAndFollowsThemAgainOnceUnlocked() {
        f.segmentation.setClassifier(RULES);
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget"));
        f.recorder.record(ALICE, active(4000, 900, "EXCEL.EXE", "Budget"));
        List<ActivityBlock> day = f.day(ALICE).blocks();
        ActivityBlock locked = f.blocks.lock(ALICE, ALICE, day.get(0).id(), true);
        assertEquals(7L, locked.profileId(), "locking keeps the rule's assignment");
        assertEquals("RULE", locked.assignedBy());
        f.reclassifier.apply((u, facts) -> Optional.of(new Classification(8, null, "LOW", 13)), null);
        assertEquals(7L, f.blocks.get(ALICE, day.get(0).id()).profileId(), "the locked block stays");
        assertEquals(8L, f.blocks.get(ALICE, day.get(1).id()).profileId(), "the other follows the new rule");
        f.blocks.lock(ALICE, ALICE, day.get(0).id(), false);
        assertEquals(8L, f.blocks.get(ALICE, day.get(0).id()).profileId(), "unlocked, it follows the rules again");
        assertEquals(2, f.blocks.list(new io.stint.activity.api.BlockFilter(ALICE, T0.minusSeconds(60),
                T0.plusSeconds(86_400), 8L, false, false, 10)).blocks().size(), "the profile filter sees the rules' answer");
        assertEquals(2, f.blocks.list(new io.stint.activity.api.BlockFilter(ALICE, T0.minusSeconds(60),
                T0.plusSeconds(86_400), null, false, true, 10)).blocks().size(), "LOW needs review");
    }

    @Test
    void aPreviewListsTheChangesWithoutMakingThem() {
        f.recorder.record(ALICE, active(0, 900, "EXCEL.EXE", "Budget"));
        f.recorder.record(BOB, active(0, 900, "Chrome", "acme/api - github"));
        f.recorder.record(BOB, active(4000, 900, "Chrome", "news"));
        f.day(ALICE);
        f.day(BOB);
        List<Reclassification.Change> all = f.reclassifier.preview(null, this.all, end, RULES, 10);
        assertEquals(2, all.size());
        assertEquals(7L, all.get(0).after().profileId());
        assertEquals(8L, all.get(1).after().profileId());
        assertEquals(BOB, all.get(1).block().userId());
        assertEquals(1, f.reclassifier.preview(BOB, this.all, end, RULES, 10).size(), "one user's blocks only");
        assertEquals(1, f.reclassifier.preview(null, this.all, end, RULES, 1).size(), "at most the limit");
        assertNull(f.day(ALICE).blocks().get(0).profileId(), "nothing was written");
    }

    @Test
    void aManualBlockSurvivesResegmentationAndIsNotTheRulesToChange() {
        profiles();
        f.recorder.record(ALICE, active(0, 900, "Code", "notes"));
        ActivityBlock manual = f.blocks.addManual(ALICE, ALICE, new ManualBlock(T0.plusSeconds(3600),
                T0.plusSeconds(5400), 7L, "Phone call", "Call with Acme", true));
        assertEquals(1_800_000, manual.activeMillis());
        assertTrue(manual.manual());
        assertEquals("USER", manual.assignedBy());
        f.blocks.resegment(ALICE, Long.MIN_VALUE / 2);
        f.recorder.record(ALICE, active(3000, 900, "EXCEL.EXE", "Budget"));
        List<ActivityBlock> day = f.day(ALICE).blocks();
        assertTrue(day.stream().anyMatch(b -> b.id() == manual.id() && b.manual() && b.profileId() == 7L),
                "the manual block is still there");
        f.reclassifier.apply(RULES, null);
        assertEquals(7L, f.blocks.get(ALICE, manual.id()).profileId());
        assertNull(f.blocks.get(ALICE, manual.id()).serviceId(), "rules did not touch it");
        assertEquals("manual", f.blocks.audit(ALICE, manual.id()).get(0).get("action"));
    }

    @Test
    void aManualBlockMustEndAfterItStartsAndNameAKnownProfile() {
        profiles();
        assertEquals(400, assertThrows(ApiException.class, () -> f.blocks.addManual(ALICE, ALICE,
                new ManualBlock(T0, T0, null, "x", null, true))).status());
        assertEquals(400, assertThrows(ApiException.class, () -> f.blocks.addManual(ALICE, ALICE,
                new ManualBlock(T0, T0.plusSeconds(60), 99L, "x", null, true))).status());
        assertEquals(400, assertThrows(ApiException.class, () -> f.blocks.addManual(ALICE, ALICE,
                new ManualBlock(T0, T0.plusSeconds(25 * 3600), null, "x", null, true))).status());
        assertEquals(0, f.day(ALICE).blocks().size(), "nothing stored");
    }
}
