package io.stint.activity.internal.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Segments activity events into blocks, losslessly and deterministically.
 *
 * <p>Events arrive sorted by start (ties in any order) and may overlap; intervals are half-open.
 * <ol>
 * <li>ACTIVE time is the union of the ACTIVE events minus the union of the IDLE events. Every ms of
 * it lands in exactly one block: events still in progress (end = now) count, and nothing is dropped
 * for being short.</li>
 * <li>Each ACTIVE instant is attributed (app, title) to the covering ACTIVE event that started
 * first, ties to the one earlier in the input. Domains are tallied per event instead: every ACTIVE
 * event with a domain counts its own ACTIVE time toward it, even where another event covers the
 * same time (a browser tab beside its window).</li>
 * <li>A piece is a maximal stretch of ACTIVE time with one key (app, domain of the attributing
 * event). A hard boundary lies between two ACTIVE stretches whose gap is longer than
 * {@link SegSettings#mergeGapMs()} or holds any IDLE time; a hard segment is the ACTIVE time
 * between hard boundaries.</li>
 * <li>Within a hard segment, consecutive pieces with the same key form a run, and runs with
 * different keys are separate blocks — except that a run shorter than
 * {@link SegSettings#minBlockMs()} joins the previous block of its segment (the segment's leading
 * short runs join the next one). When such a short run lies between two runs of the same key, the
 * three are one block: a short interruption does not split the work around it. A segment with no
 * run of the minimum length is one block.</li>
 * <li>A block's primary app, title and domain are those with the most ms in it (app and title by
 * attributed time, domain as above); ties go to the lexicographically smallest, and null only when
 * the block has no value at all.</li>
 * <li>The first block of each hard segment has {@code hardStart}: segmenting only the events that
 * end after its start (clipped to start there) reproduces exactly the blocks from it onwards, so a
 * caller re-runs from the last hard start when new events arrive.</li>
 * </ol>
 *
 * <p>The streaming form ({@link #accept}, then {@link #finish}) emits each block as soon as it is
 * final and allocates nothing per event beyond the blocks it emits. Not thread-safe.
 */
public final class Segmenter {

    private final long mergeGapMs;
    private final BlockBuilder blocks;

    // Candidate attributors in input order with strictly increasing ends: the head is the earliest
    // started covering event; an event ending no later than the tail never attributes anything.
    private SegEvent[] queue = new SegEvent[16];
    private int head;
    private int tail;

    // Open ACTIVE events with a domain, a min-heap on their ends.
    private long[] domainEnds = new long[16];
    private String[] domains = new String[16];
    private int domainCount;

    private long idleEnd = Long.MIN_VALUE;
    private long now = Long.MIN_VALUE;
    private long lastStart = Long.MIN_VALUE;
    private boolean anyActive;
    private long lastActiveEnd;
    private boolean idleSinceActive;
    private boolean finished;

    public Segmenter(SegSettings settings, Consumer<SegBlock> out) {
        this.mergeGapMs = settings.mergeGapMs();
        this.blocks = new BlockBuilder(settings.minBlockMs(), Objects.requireNonNull(out, "out"));
    }

    /** Segments a whole list of events sorted by start. */
    public static List<SegBlock> segment(List<SegEvent> eventsSortedByStart, SegSettings settings) {
        List<SegBlock> out = new ArrayList<>();
        Segmenter segmenter = new Segmenter(settings, out::add);
        for (SegEvent event : eventsSortedByStart) {
            segmenter.accept(event);
        }
        segmenter.finish();
        return Collections.unmodifiableList(out);
    }

    /** The next event; its start must not be before the previous event's. */
    public void accept(SegEvent event) {
        if (finished) {
            throw new IllegalStateException("segmenter already finished");
        }
        long start = event.startMs();
        if (start < lastStart) {
            throw new IllegalArgumentException("events must be sorted by start: " + start + " after " + lastStart);
        }
        lastStart = start;
        advance(start);
        long end = event.endMs();
        if (end == start) {
            return;
        }
        if (event.idle()) {
            idleEnd = Math.max(idleEnd, end);
            return;
        }
        if (head == tail || end > queue[tail - 1].endMs()) {
            enqueue(event);
        }
        if (event.domain() != null) {
            pushDomain(end, event.domain());
        }
    }

    /** No more events: emits the remaining blocks. */
    public void finish() {
        if (!finished) {
            advance(Long.MAX_VALUE);
            blocks.endSegment();
            finished = true;
        }
    }

    /** Sweeps [now, to): nothing starts inside it, so only ends of open events change the state. */
    private void advance(long to) {
        while (now < to) {
            while (head < tail && queue[head].endMs() <= now) {
                queue[head++] = null;
            }
            while (domainCount > 0 && domainEnds[0] <= now) {
                popDomain();
            }
            if (head == tail) {
                head = 0;
                tail = 0;
                if (idleEnd > now) {
                    idleSinceActive = true;
                }
                now = to;
                return;
            }
            SegEvent attributor = queue[head];
            long next = Math.min(to, attributor.endMs());
            if (domainCount > 0 && domainEnds[0] < next) {
                next = domainEnds[0];
            }
            if (idleEnd > now) {
                idleSinceActive = true;
                next = Math.min(next, idleEnd);
            } else {
                active(now, next, attributor);
            }
            now = next;
        }
    }

    private void active(long from, long to, SegEvent attributor) {
        if (anyActive && (idleSinceActive || from - lastActiveEnd > mergeGapMs)) {
            blocks.endSegment();
        }
        anyActive = true;
        idleSinceActive = false;
        lastActiveEnd = to;
        blocks.piece(from, to, attributor.app(), attributor.title(), attributor.domain());
        for (int i = 0; i < domainCount; i++) {
            blocks.domain(domains[i], to - from);
        }
    }

    private void enqueue(SegEvent event) {
        if (tail == queue.length) {
            if (head > queue.length / 2) {
                System.arraycopy(queue, head, queue, 0, tail - head);
                Arrays.fill(queue, tail - head, tail, null);
            } else {
                SegEvent[] bigger = new SegEvent[queue.length * 2];
                System.arraycopy(queue, head, bigger, 0, tail - head);
                queue = bigger;
            }
            tail -= head;
            head = 0;
        }
        queue[tail++] = event;
    }

    private void pushDomain(long end, String domain) {
        if (domainCount == domainEnds.length) {
            domainEnds = Arrays.copyOf(domainEnds, domainCount * 2);
            domains = Arrays.copyOf(domains, domainCount * 2);
        }
        int i = domainCount++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (domainEnds[parent] <= end) {
                break;
            }
            domainEnds[i] = domainEnds[parent];
            domains[i] = domains[parent];
            i = parent;
        }
        domainEnds[i] = end;
        domains[i] = domain;
    }

    private void popDomain() {
        int n = --domainCount;
        long end = domainEnds[n];
        String domain = domains[n];
        domains[n] = null;
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && domainEnds[child + 1] < domainEnds[child]) {
                child++;
            }
            if (domainEnds[child] >= end) {
                break;
            }
            domainEnds[i] = domainEnds[child];
            domains[i] = domains[child];
            i = child;
        }
        if (n > 0) {
            domainEnds[i] = end;
            domains[i] = domain;
        }
    }
}
