package io.stint.bench.segmentation;

import io.stint.activity.internal.segment.SegEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A realistic generated capture: back-to-back 1–60 s ACTIVE events over 20 apps (browsers with
 * domains, now and then a tab event beside the window), short pauses, rare long gaps and IDLE periods.
 */
final class EventStream {

    private static final String[] APPS = {"firefox", "chromium", "code", "idea", "terminal", "slack", "thunderbird",
        "libreoffice", "gimp", "zoom", "evince", "nautilus", "spotify", "postman", "dbeaver", "teams", "obsidian",
        "inkscape", "vlc", "keepass"};
    private static final String[] DOMAINS = {"github.com", "stackoverflow.com", "docs.oracle.com", "mail.example.com",
        "jira.example.com", "news.ycombinator.com", "wikipedia.org", "youtube.com"};

    private EventStream() {
    }

    static List<SegEvent> generate(int count, long seed) {
        Random random = new Random(seed);
        String[][] titles = new String[APPS.length][];
        for (int a = 0; a < APPS.length; a++) {
            titles[a] = new String[8];
            for (int t = 0; t < titles[a].length; t++) {
                titles[a][t] = APPS[a] + " — document " + t;
            }
        }
        List<SegEvent> events = new ArrayList<>(count);
        long at = 1_704_067_200_000L;
        int app = 2;
        while (events.size() < count) {
            int roll = random.nextInt(1000);
            if (roll < 2) {
                long idle = (5 + random.nextInt(25)) * 60_000L;
                events.add(SegEvent.idle(at, at + idle));
                at += idle;
                continue;
            }
            at += roll < 5 ? (3 + random.nextInt(57)) * 60_000L : roll < 100 ? random.nextInt(30_000) : 0;
            if (random.nextInt(4) == 0) {
                // Skewed switching: low-numbered apps are used most.
                app = Math.min(random.nextInt(APPS.length), random.nextInt(APPS.length));
            }
            long length = 1_000 + random.nextInt(59_001);
            String title = titles[app][random.nextInt(8)];
            boolean browser = app < 2;
            String domain = browser ? DOMAINS[random.nextInt(DOMAINS.length)] : null;
            events.add(SegEvent.active(at, at + length, APPS[app], title, domain));
            if (browser && random.nextInt(10) == 0 && events.size() < count) {
                events.add(SegEvent.active(at, at + length / 2, APPS[app], "tab", DOMAINS[random.nextInt(8)]));
            }
            at += length;
        }
        return events;
    }
}
