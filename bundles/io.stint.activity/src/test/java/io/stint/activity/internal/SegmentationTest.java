package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.active;
import static io.stint.activity.internal.ActivityFixture.idle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.stint.capture.api.ActivityEvent;
import io.stint.activity.api.ActivityBlock;

class SegmentationTest {

    @Test
    void theEventInProgressIsInABlockAndGrowsIt() {
        ActivityFixture f = new ActivityFixture();
        for (int s = 0; s < 30; s++) {
            f.recorder.heartbeat(ALICE, active(s, 1, "code", "Main.java"), 2000);
        }
        ActivityBlock first = f.day(ALICE).blocks().get(0);
        assertEquals(30_000, first.activeMillis());
        for (int s = 30; s < 45; s++) {
            f.recorder.heartbeat(ALICE, active(s, 1, "code", "Main.java"), 2000);
        }
        List<ActivityBlock> after = f.day(ALICE).blocks();
        assertEquals(1, after.size());
        assertEquals(first.id(), after.get(0).id(), "the same block, grown");
        assertEquals(45_000, after.get(0).activeMillis());
    }

    @Test
    void idleSplitsAndAGapBeyondTheMergeGapSplits() {
        ActivityFixture f = new ActivityFixture();
        f.recorder.record(ALICE, active(0, 600, "code", "a"));
        f.recorder.record(ALICE, idle(600, 60));
        f.recorder.record(ALICE, active(660, 600, "code", "a"));
        f.recorder.record(ALICE, active(1260 + 121, 600, "code", "a"));
        assertEquals(3, f.day(ALICE).blocks().size());
    }

    @Test
    void incrementalRollupsGiveTheSameBlocksAsOneRunOverEverything() {
        Random random = new Random(42);
        List<ActivityEvent> events = new ArrayList<>();
        long at = 0;
        String[] apps = { "code", "firefox", "slack", "EXCEL.EXE" };
        for (int i = 0; i < 400; i++) {
            long length = 1 + random.nextInt(200);
            events.add(random.nextInt(25) == 0 ? idle(at, length) : active(at, length, apps[random.nextInt(apps.length)], "t" + random.nextInt(3)));
            at += length + (random.nextInt(10) == 0 ? random.nextInt(400) : 0);
        }
        ActivityFixture incremental = new ActivityFixture();
        ActivityFixture whole = new ActivityFixture();
        for (int i = 0; i < events.size(); i++) {
            incremental.recorder.record(ALICE, events.get(i));
            whole.recorder.record(ALICE, events.get(i));
            if (i % 7 == 0) {
                incremental.segmentation.rollup(ALICE);
            }
        }
        List<ActivityBlock> a = incremental.day(ALICE).blocks();
        List<ActivityBlock> b = whole.day(ALICE).blocks();
        assertEquals(spans(b), spans(a));
        long active = a.stream().mapToLong(ActivityBlock::activeMillis).sum();
        whole.segmentation.rebuild(ALICE, Long.MIN_VALUE + 1);
        assertEquals(spans(b), spans(whole.day(ALICE).blocks()), "re-running changes nothing");
        assertEquals(active, b.stream().mapToLong(ActivityBlock::activeMillis).sum());
    }

    @Test
    void aLateEventBeforeTheLastBlocksIsSegmentedInAndEditsAreKept() {
        ActivityFixture f = new ActivityFixture();
        f.recorder.record(ALICE, active(0, 600, "code", "a"));
        f.recorder.record(ALICE, active(3600, 600, "slack", "b"));
        List<ActivityBlock> before = f.day(ALICE).blocks();
        assertEquals(2, before.size());
        f.blocks.edit(ALICE, ALICE, before.get(1).id(), java.util.Map.of("notes", "call with Acme"));
        f.recorder.record(ALICE, active(650, 300, "firefox", "late"));
        List<ActivityBlock> after = f.day(ALICE).blocks();
        assertEquals(3, after.size());
        assertEquals(1500_000, after.stream().mapToLong(ActivityBlock::activeMillis).sum());
        assertEquals("call with Acme", after.get(2).notes(), "the later block kept its id and notes");
        assertEquals(before.get(1).id(), after.get(2).id());
    }

    @Test
    void afterARestartEventsCommittedButNeverSegmentedAreFound() {
        ActivityFixture f = new ActivityFixture();
        f.recorder.record(ALICE, active(0, 600, "code", "a"));
        assertEquals(1, f.day(ALICE).blocks().size());
        // committed, then the server stopped before any rollup saw it
        f.tx.run(c -> c.createStatement().executeUpdate("INSERT INTO ACTIVITY_EVENTS (USER_ID, SOURCE, START_MS, END_MS, IDLE, APP) "
                + "VALUES (1, 'test', " + ActivityFixture.T0.plusSeconds(3600).toEpochMilli() + ", "
                + ActivityFixture.T0.plusSeconds(4200).toEpochMilli() + ", FALSE, 'slack')"));
        Segmentation restarted = new Segmentation(f.tx, f.segmentation.settings(), 60);
        BlockService blocks = new BlockService(f.tx, restarted);
        long from = java.time.Instant.parse("2026-01-09T00:00:00Z").toEpochMilli();
        BlockQuery day = new BlockQuery(ALICE, from, from + 86_400_000L, null, false, false, 100);
        assertEquals(1, blocks.list(day).blocks().size(), "nothing marks it by itself");
        restarted.markUnfinished();
        List<ActivityBlock> found = blocks.list(day).blocks();
        assertEquals(2, found.size());
        assertEquals("slack", found.get(1).app());
    }

    private static List<String> spans(List<ActivityBlock> blocks) {
        List<String> spans = new ArrayList<>();
        for (ActivityBlock b : blocks) {
            spans.add(b.start().toEpochMilli() + "-" + b.end().toEpochMilli() + ":" + b.activeMillis() + ":" + b.app() + ":" + b.title());
        }
        return spans;
    }
}
