package io.stint.activity.internal.segment;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns the attributed ACTIVE pieces of hard segments into blocks: same-key pieces form runs, a
 * run shorter than the minimum joins its neighbour within the segment, nothing is ever dropped.
 */
final class BlockBuilder {

    private final long minBlockMs;
    private final Consumer<SegBlock> out;

    // The run being extended: consecutive pieces with one (app, domain) key.
    private boolean runOpen;
    private String runApp;
    private String runDomain;
    private long runStart;
    private long runEnd;
    private long runActive;
    private final Tally runTitles = new Tally();
    private final Tally runDomains = new Tally();

    // The block the finished runs go into; "founded" once a run of at least the minimum joins it.
    private boolean blockOpen;
    private boolean blockFounded;
    private String blockApp;
    private String blockDomain;
    private boolean blockHard;
    private long blockStart;
    private long blockEnd;
    private long blockActive;
    private final Tally blockApps = new Tally();
    private final Tally blockTitles = new Tally();
    private final Tally blockDomains = new Tally();
    private boolean segmentHasBlock;

    BlockBuilder(long minBlockMs, Consumer<SegBlock> out) {
        this.minBlockMs = minBlockMs;
        this.out = out;
    }

    /** ACTIVE time [from, to) attributed to an event with this app, title and domain. */
    void piece(long from, long to, String app, String title, String domain) {
        if (runOpen && !(Objects.equals(app, runApp) && Objects.equals(domain, runDomain))) {
            closeRun();
        }
        if (!runOpen) {
            runOpen = true;
            runApp = app;
            runDomain = domain;
            runStart = from;
            runActive = 0;
        }
        runEnd = to;
        runActive += to - from;
        runTitles.add(title, to - from);
    }

    /** Time of the last piece that an event with this domain covered. */
    void domain(String domain, long ms) {
        runDomains.add(domain, ms);
    }

    /** A hard boundary: the segment's last run and block are complete. */
    void endSegment() {
        if (runOpen) {
            closeRun();
        }
        if (blockOpen) {
            emitBlock();
        }
        segmentHasBlock = false;
    }

    private void closeRun() {
        boolean longRun = runActive >= minBlockMs;
        if (!blockOpen) {
            openBlock(longRun);
        } else if (longRun) {
            if (!blockFounded) {
                // Short runs that opened the segment join the first long run.
                blockFounded = true;
                blockApp = runApp;
                blockDomain = runDomain;
            } else if (!(Objects.equals(runApp, blockApp) && Objects.equals(runDomain, blockDomain))) {
                emitBlock();
                openBlock(true);
            }
            // else: the work that founded the block goes on after a short interruption.
        }
        blockEnd = runEnd;
        blockActive += runActive;
        blockApps.add(runApp, runActive);
        blockTitles.addAll(runTitles);
        blockDomains.addAll(runDomains);
        runTitles.clear();
        runDomains.clear();
        runOpen = false;
    }

    private void openBlock(boolean founded) {
        blockOpen = true;
        blockFounded = founded;
        blockApp = runApp;
        blockDomain = runDomain;
        blockHard = !segmentHasBlock;
        segmentHasBlock = true;
        blockStart = runStart;
        blockActive = 0;
    }

    private void emitBlock() {
        SegBlock block = new SegBlock(blockStart, blockEnd, blockActive, blockApps.best(), blockTitles.best(),
                blockDomains.best(), blockHard);
        blockApps.clear();
        blockTitles.clear();
        blockDomains.clear();
        blockOpen = false;
        out.accept(block);
    }
}
