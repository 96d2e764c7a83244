package io.stint.activity.internal.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over 500 seeded random streams, each checked against the brute-force {@link Oracle}. */
class SegmenterPropertiesTest {

    @Test
    void blockDurationsSumToTheActiveTimeOfTheInput() {
        RandomStreams.forEach((events, settings) -> {
            long sum = Segmenter.segment(events, settings).stream().mapToLong(SegBlock::activeMs).sum();
            assertEquals(Oracle.totalActive(events), sum);
        });
    }

    @Test
    void blocksAreExactlyThoseOfTheBruteForceReading() {
        RandomStreams.forEach((events, settings) ->
                assertEquals(Oracle.segment(events, settings), Segmenter.segment(events, settings)));
    }

    @Test
    void blocksAreSortedDisjointAndHoldExactlyTheirActiveTime() {
        RandomStreams.forEach((events, settings) -> {
            List<SegBlock> blocks = Segmenter.segment(events, settings);
            for (int i = 0; i < blocks.size(); i++) {
                SegBlock b = blocks.get(i);
                assertTrue(b.startMs() < b.endMs() && b.activeMs() > 0, "non-empty " + b);
                assertTrue(b.activeMs() <= b.endMs() - b.startMs(), "active fits the span " + b);
                assertEquals(b.activeMs(), Oracle.activeWithin(events, b.startMs(), b.endMs()), "span " + b);
                assertEquals(1, Oracle.activeWithin(events, b.startMs(), b.startMs() + 1), "starts active " + b);
                assertEquals(1, Oracle.activeWithin(events, b.endMs() - 1, b.endMs()), "ends active " + b);
                if (i > 0) {
                    assertTrue(blocks.get(i - 1).endMs() <= b.startMs(), "disjoint and sorted " + b);
                } else {
                    assertTrue(b.hardStart(), "the first block starts a hard segment");
                }
            }
        });
    }

    @Test
    void reRunningFromAnyHardStartReproducesTheBlocksFromThereOn() {
        RandomStreams.forEach((events, settings) -> {
            List<SegBlock> full = Segmenter.segment(events, settings);
            for (int i = 0; i < full.size(); i++) {
                if (full.get(i).hardStart()) {
                    List<SegEvent> tail = RandomStreams.from(events, full.get(i).startMs());
                    assertEquals(full.subList(i, full.size()), Segmenter.segment(tail, settings), "from block " + i);
                }
            }
        });
    }

    @Test
    void segmentingTwiceOrStreamingGivesTheSameBlocks() {
        RandomStreams.forEach((events, settings) -> {
            List<SegBlock> once = Segmenter.segment(events, settings);
            assertEquals(once, Segmenter.segment(List.copyOf(events), settings));
            List<SegBlock> streamed = new ArrayList<>();
            Segmenter segmenter = new Segmenter(settings, streamed::add);
            events.forEach(segmenter::accept);
            segmenter.finish();
            segmenter.finish();
            assertEquals(once, streamed);
        });
    }
}
