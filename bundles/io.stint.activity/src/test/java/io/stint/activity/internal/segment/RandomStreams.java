package io.stint.activity.internal.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;

/** Seeded random event streams (overlaps, idle inside activity, zero-length events, equal starts). */
final class RandomStreams {

    static final int STREAMS = 500;
    private static final String[] APPS = {null, "editor", "browser", "term"};
    private static final String[] TITLES = {null, "a", "b", "c"};
    private static final String[] DOMAINS = {null, null, "x.org", "y.com"};
    private static final long[] GAPS = {0, 3, 50, 1_000, 120_000};
    private static final long[] MINIMUMS = {0, 5, 100, 2_000, 60_000};
    private static final long[] SPANS = {40, 400, 20_000, 1_000_000};
    private static final long[] UNITS = {1, 7, 1_000, 20_000};
    private static final long BASE = 1_700_000_000_000L;

    private RandomStreams() {
    }

    /** Runs the check on each fixed seed's stream and settings, naming the seed when it fails. */
    static void forEach(BiConsumer<List<SegEvent>, SegSettings> check) {
        for (int i = 0; i < STREAMS; i++) {
            long seed = 7_919L * i + 17;
            Random random = new Random(seed);
            List<SegEvent> events = events(random);
            SegSettings settings = new SegSettings(pick(random, GAPS), pick(random, MINIMUMS));
            try {
                check.accept(events, settings);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ", " + settings + ", events " + events, e);
            }
        }
    }

    /** Half the streams scatter events at random, half follow each other like captured ones. */
    static List<SegEvent> events(Random random) {
        List<SegEvent> events = random.nextBoolean() ? scattered(random) : sequential(random);
        events.sort(Comparator.comparingLong(SegEvent::startMs)); // stable: equal starts stay shuffled
        return events;
    }

    private static List<SegEvent> scattered(Random random) {
        int n = random.nextInt(30);
        long span = pick(random, SPANS);
        List<SegEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = BASE + (long) (random.nextDouble() * span);
            if (!events.isEmpty() && random.nextInt(6) == 0) {
                start = events.get(random.nextInt(events.size())).startMs();
            }
            long length = random.nextInt(8) == 0 ? 0 : 1 + (long) (random.nextDouble() * span / 4);
            if (random.nextInt(7) == 0) {
                events.add(SegEvent.idle(start, start + length / 2));
            } else {
                events.add(SegEvent.active(start, start + length, pick(random, APPS), pick(random, TITLES),
                        pick(random, DOMAINS)));
            }
        }
        return events;
    }

    /** Back-to-back events of two apps, short gaps, the odd idle period and tab event beside a window. */
    private static List<SegEvent> sequential(Random random) {
        int n = random.nextInt(40);
        long unit = pick(random, UNITS);
        long at = BASE;
        List<SegEvent> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int roll = random.nextInt(20);
            at += roll < 14 ? 0 : roll < 18 ? random.nextInt(3) * unit : random.nextInt(200) * unit;
            long length = random.nextInt(12) == 0 ? 0 : (1 + random.nextInt(10)) * unit;
            if (roll == 19) {
                events.add(SegEvent.idle(at, at + length));
            } else {
                String app = random.nextInt(3) == 0 ? "browser" : "editor";
                String domain = app.equals("browser") && random.nextBoolean() ? "x.org" : null;
                events.add(SegEvent.active(at, at + length, app, pick(random, TITLES), domain));
                if (random.nextInt(5) == 0) {
                    events.add(SegEvent.active(at, at + length - random.nextInt((int) length + 1) / 2, "browser",
                            "tab", pick(random, DOMAINS)));
                }
            }
            at += length - (random.nextInt(6) == 0 ? length / 2 : 0);
        }
        return events;
    }

    /** The events a re-run from {@code from} sees: those ending after it, clipped to start there. */
    static List<SegEvent> from(List<SegEvent> events, long from) {
        List<SegEvent> clipped = new ArrayList<>();
        for (SegEvent e : events) {
            if (e.endMs() > from) {
                clipped.add(new SegEvent(Math.max(from, e.startMs()), e.endMs(), e.idle(), e.app(), e.title(),
                        e.domain()));
            }
        }
        return clipped;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static long pick(Random random, long[] values) {
        return values[random.nextInt(values.length)];
    }
}
