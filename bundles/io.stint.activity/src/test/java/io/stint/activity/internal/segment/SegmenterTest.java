package io.stint.activity.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The segmentation rules, one example each (times in seconds from an arbitrary origin). */
class SegmenterTest {

    private static final long T0 = 1_700_000_000_000L;
    private static final SegSettings DEFAULTS = SegSettings.DEFAULTS;

    private static long at(long seconds) {
        return T0 + seconds * 1000;
    }

    private static SegEvent work(long from, long to, String app) {
        return SegEvent.active(at(from), at(to), app, app + " window", null);
    }

    private static SegEvent idle(long from, long to) {
        return SegEvent.idle(at(from), at(to));
    }

    private static List<SegBlock> segment(SegEvent... events) {
        return Segmenter.segment(List.of(events), DEFAULTS);
    }

    @Test
    void anEventStillInProgressIsCountedUpToNow() {
        long now = 400;
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(300, now, "editor"));
        assertEquals(1, blocks.size());
        assertEquals(at(now), blocks.get(0).endMs());
        assertEquals(400_000, blocks.get(0).activeMs());
    }

    @Test
    void aFiveSecondPieceBetweenTwoLongRunsIsMergedIntoThePreviousBlockNotDropped() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(300, 305, "chat"), work(305, 600, "terminal"));
        assertEquals(2, blocks.size());
        assertEquals(new SegBlock(at(0), at(305), 305_000, "editor", "editor window", null, true), blocks.get(0));
        assertEquals(new SegBlock(at(305), at(600), 295_000, "terminal", "terminal window", null, false),
                blocks.get(1));
    }

    @Test
    void aShortPieceBetweenTwoRunsOfTheSameAppLeavesOneBlock() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(300, 305, "chat"), work(305, 600, "editor"));
        assertEquals(List.of(new SegBlock(at(0), at(600), 600_000, "editor", "editor window", null, true)), blocks);
    }

    @Test
    void theShortFirstRunOfASegmentJoinsTheNextBlock() {
        List<SegBlock> blocks = segment(work(0, 10, "chat"), work(10, 300, "editor"));
        assertEquals(List.of(new SegBlock(at(0), at(300), 300_000, "editor", "editor window", null, true)), blocks);
    }

    @Test
    void aHardSegmentShorterThanTheMinimumIsStillOneBlock() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(1000, 1003, "chat"), work(1003, 1005, "mail"));
        assertEquals(2, blocks.size());
        assertEquals(new SegBlock(at(1000), at(1005), 5_000, "chat", "chat window", null, true), blocks.get(1));
    }

    @Test
    void idleTimeSplitsBlocksEvenWithAShortGap() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), idle(301, 302), work(303, 600, "editor"));
        assertEquals(2, blocks.size());
        assertTrue(blocks.get(1).hardStart());
        assertEquals(at(303), blocks.get(1).startMs());
    }

    @Test
    void idleTimeInsideAnActiveEventIsNotCountedAndSplitsIt() {
        List<SegBlock> blocks = segment(work(0, 600, "editor"), idle(200, 260));
        assertEquals(2, blocks.size());
        assertEquals(200_000, blocks.get(0).activeMs());
        assertEquals(new SegBlock(at(260), at(600), 340_000, "editor", "editor window", null, true), blocks.get(1));
    }

    @Test
    void aGapLongerThanTheMergeGapSplitsAndOneOfExactlyTheMergeGapDoesNot() {
        List<SegBlock> split = segment(work(0, 300, "editor"), work(421, 700, "editor"));
        assertEquals(2, split.size());
        assertTrue(split.get(1).hardStart());
        List<SegBlock> joined = segment(work(0, 300, "editor"), work(420, 700, "editor"));
        assertEquals(List.of(new SegBlock(at(0), at(700), 580_000, "editor", "editor window", null, true)), joined);
    }

    @Test
    void aSoftBoundaryBetweenAppsDoesNotStartAHardSegment() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(360, 700, "terminal"));
        assertEquals(2, blocks.size());
        assertFalse(blocks.get(1).hardStart());
    }

    @Test
    void thePrimaryAppIsTheOneWithTheMostTime() {
        // Short runs of mail and chat join the editor's block; mail has more time than chat.
        List<SegBlock> blocks = segment(work(0, 100, "editor"), work(100, 130, "chat"), work(130, 170, "mail"),
                work(170, 190, "chat"));
        assertEquals(1, blocks.size());
        assertEquals("editor", blocks.get(0).primaryApp());
        assertEquals(190_000, blocks.get(0).activeMs());
        List<SegBlock> mostlyMail = Segmenter.segment(List.of(work(0, 30, "chat"), work(30, 80, "mail"),
                work(80, 120, "chat")), new SegSettings(120_000, 600_000));
        assertEquals("chat", mostlyMail.get(0).primaryApp());
    }

    @Test
    void overlappingEventsAreAttributedToTheOneThatStartedFirst() {
        List<SegBlock> blocks = segment(work(0, 300, "editor"), work(100, 400, "terminal"));
        assertEquals(2, blocks.size());
        assertEquals(300_000, blocks.get(0).activeMs());
        assertEquals(new SegBlock(at(300), at(400), 100_000, "terminal", "terminal window", null, false),
                blocks.get(1));
    }

    @Test
    void theDomainComesFromAnOverlappingTabEvent() {
        SegEvent window = SegEvent.active(at(0), at(300), "browser", "Mozilla Firefox", null);
        SegEvent tab = SegEvent.active(at(0), at(200), "browser", "Issue 42", "github.com");
        List<SegBlock> blocks = segment(window, tab);
        assertEquals(List.of(new SegBlock(at(0), at(300), 300_000, "browser", "Mozilla Firefox", "github.com", true)),
                blocks);
    }

    @Test
    void tiesGoToTheSmallestValueAndNullOnlyWhenThereIsNoValue() {
        SegSettings oneBlock = new SegSettings(120_000, 600_000);
        List<SegBlock> tie = Segmenter.segment(List.of(work(0, 60, "zeta"), work(60, 120, "alpha")), oneBlock);
        assertEquals("alpha", tie.get(0).primaryApp());
        List<SegBlock> mostlyNull = Segmenter.segment(List.of(SegEvent.active(at(0), at(100), null, null, null),
                SegEvent.active(at(100), at(101), "editor", null, "x.org")), oneBlock);
        assertEquals(new SegBlock(at(0), at(101), 101_000, "editor", null, "x.org", true), mostlyNull.get(0));
        List<SegBlock> nothing = segment(SegEvent.active(at(0), at(10), null, null, null));
        assertEquals(new SegBlock(at(0), at(10), 10_000, null, null, null, true), nothing.get(0));
    }

    @Test
    void reRunningFromTheLastHardStartGivesTheSameBlocksOnceTheEventInProgressGrows() {
        List<SegEvent> before = List.of(work(0, 300, "editor"), idle(300, 400), work(400, 500, "editor"));
        List<SegEvent> later = List.of(work(0, 300, "editor"), idle(300, 400), work(400, 900, "editor"));
        long resume = Segmenter.segment(before, DEFAULTS).get(1).startMs();
        assertEquals(Segmenter.segment(later, DEFAULTS).subList(1, 2),
                Segmenter.segment(RandomStreams.from(later, resume), DEFAULTS));
    }

    @Test
    void zeroLengthAndEmptyInputsGiveNoBlocks() {
        assertEquals(List.of(), segment());
        assertEquals(List.of(), segment(idle(0, 100), work(5, 5, "editor"), work(50, 90, "editor")));
    }

    @Test
    void eventsOutOfOrderOrBackwardsAndNegativeSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> segment(work(10, 20, "a"), work(5, 30, "b")));
        assertThrows(IllegalArgumentException.class, () -> work(20, 10, "a"));
        assertThrows(IllegalArgumentException.class, () -> new SegSettings(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SegSettings(0, -1));
        Segmenter finished = new Segmenter(DEFAULTS, b -> { });
        finished.finish();
        assertThrows(IllegalStateException.class, () -> finished.accept(work(0, 1, "a")));
    }
}
