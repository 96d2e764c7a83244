package io.stint.bench.rules;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Rules and events that look like an installation's: applications, client domains, project keywords,
 * title patterns and condition trees; a third of the events are made to match one rule, the rest are
 * everyday noise (mail, news, chat, the file manager) that no rule names.
 */
final class Workload {

    /** An event as the engine sees it. */
    record Event(String app, String title, String url, String domain) {
    }

    private static final Instant T = Instant.parse("2026-01-09T15:30:00Z");
    private static final String[] KNOWN_APPS = {"Code.exe", "EXCEL.EXE", "WINWORD.EXE", "POWERPNT.EXE",
        "idea64.exe", "pycharm64.exe", "Figma.exe", "Notion.exe", "Slack.exe", "Teams.exe", "zoom.us",
        "Photoshop.exe", "Illustrator.exe", "AutoCAD.exe", "Blender.exe", "Postman.exe", "DBeaver.exe",
        "Obsidian.exe", "Xcode", "Android Studio", "Tableau.exe", "QuickBooks.exe", "Sublime Text", "GitKraken.exe"};
    private static final String[] KNOWN_DOMAINS = {"github.com", "gitlab.com", "atlassian.net", "docs.google.com",
        "figma.com", "notion.so", "linear.app", "vercel.com", "aws.amazon.com", "console.cloud.google.com",
        "portal.azure.com", "app.hubspot.com", "salesforce.com", "trello.com", "miro.com", "sentry.io"};
    private static final String[] NOISE_APPS = {"explorer.exe", "Finder", "chrome.exe", "firefox", "msedge.exe",
        "OUTLOOK.EXE", "Spotify.exe", "Discord.exe", "WhatsApp.exe", "Calculator", "Terminal", "Telegram.exe"};
    private static final String[] NOISE_DOMAINS = {"news.ycombinator.com", "www.youtube.com", "stackoverflow.com",
        "www.reddit.com", "en.wikipedia.org", "mail.google.com", "www.bbc.co.uk", "twitter.com", "www.amazon.de"};
    private static final String[] NOISE_TITLES = {"Inbox (3) - you@example.org", "Downloads", "Weather forecast",
        "Untitled - Notepad", "How do I parse a date string in Java? - Stack Overflow", "Music - Daily Mix 2",
        "General | Team chat", "Settings", "Home / X", "Calculator", "New Tab", "Recycle Bin", "Photos - IMG_2041.jpg"};
    private static final String[] SYLLABLES = {"ka", "lo", "ve", "ra", "mi", "to", "zen", "qu", "bri", "dor", "fa",
        "lin", "mo", "nex", "pri", "sol", "ta", "vu", "xi", "yor", "gra", "pel", "tor", "wy", "hal", "ost"};
    private static final String[] TLDS = {".com", ".io", ".de", ".co.uk", ".net", ".app"};
    private static final String[] COMMON_KEYWORDS = {"invoice", "budget", "payroll", "standup", "sprint review",
        "onboarding"};

    private final Random random;
    private final Set<String> used = new LinkedHashSet<>();
    private final Map<Long, Supplier<Event>> samples = new HashMap<>();

    Workload(long seed) {
        random = new Random(seed);
    }

    /**
     * A rule set of {@code count} rules: 40% APP, 20% DOMAIN, 25% KEYWORD, 10% TITLE_REGEX, 5% COMPOSITE;
     * {@code withoutLiteral} of the patterns have no text the engine can look for, so they run on every
     * event they rank above the best exact hit of.
     */
    List<Rule> mixed(int count, int withoutLiteral) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int slot = i % 20;
            MatchType type = slot < 8 ? MatchType.APP : slot < 12 ? MatchType.DOMAIN : slot < 17 ? MatchType.KEYWORD
                    : slot < 19 ? MatchType.TITLE_REGEX : MatchType.COMPOSITE;
            if (type == MatchType.TITLE_REGEX && withoutLiteral > 0) {
                withoutLiteral--;
                rules.add(literalFree(rules.size() + 1));
            } else {
                rules.add(rule(rules.size() + 1, type));
            }
        }
        return rules;
    }

    /** A pattern with no literal: an order number of at least 5 to 9 digits. */
    private Rule literalFree(long id) {
        int digits = 5 + (int) (id % 5);
        samples.put(id, () -> new Event("chrome.exe", "Order " + "7".repeat(digits) + " - Shop", null, null));
        return new Rule(id, "order numbers " + id, random.nextInt(1000), MatchType.TITLE_REGEX,
                "\\b\\d{" + digits + ",}\\b", 1 + random.nextInt(50), null, 0, true, T, T);
    }

    /** A rule set of {@code count} rules of one type. */
    List<Rule> only(MatchType type, int count) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rules.add(rule(rules.size() + 1, type));
        }
        return rules;
    }

    private Rule rule(long id, MatchType type) {
        String value;
        Supplier<Event> sample;
        switch (type) {
            case APP -> {
                String app = id <= KNOWN_APPS.length ? KNOWN_APPS[(int) id - 1] : fresh(() -> cap(name()) + ".exe");
                value = app;
                sample = () -> new Event(random.nextBoolean() ? app : app.toLowerCase(Locale.ROOT),
                        "Budget " + (2020 + random.nextInt(7)) + ".xlsx - " + app.replace(".exe", ""), null, null);
            }
            case DOMAIN -> {
                String domain = id <= KNOWN_DOMAINS.length * 5 && id % 5 == 0 ? KNOWN_DOMAINS[(int) id / 5 - 1]
                        : fresh(() -> name() + TLDS[random.nextInt(TLDS.length)]);
                value = domain;
                sample = () -> browser("Dashboard · " + cap(name()), random.nextBoolean() ? domain : "app." + domain);
            }
            case KEYWORD -> {
                String keyword = id % 400 == 0 ? COMMON_KEYWORDS[(int) (id / 400) % COMMON_KEYWORDS.length]
                        : fresh(() -> random.nextBoolean() ? cap(name()) : name() + "-" + random.nextInt(1000));
                value = keyword;
                sample = () -> new Event(NOISE_APPS[random.nextInt(NOISE_APPS.length)], "Re: " + keyword + " notes",
                        null, null);
            }
            case TITLE_REGEX -> {
                String[] pair = regex();
                value = pair[0];
                sample = () -> new Event("chrome.exe", pair[1] + " - Google Chrome", null, null);
            }
            default -> {
                Object[] pair = composite();
                value = (String) pair[0];
                sample = (Supplier<Event>) pair[1];
            }
        }
        samples.put(id, sample);
        return new Rule(id, type + " " + id, random.nextInt(1000), type, value, 1 + random.nextInt(50), null,
                random.nextInt(21) - 10, true, T, T);
    }

    /** A pattern and a title it is found in. */
    private String[] regex() {
        String client = cap(name());
        String n = Integer.toString(random.nextInt(10_000));
        switch (random.nextInt(50)) {
            case 0:
                return new String[] {"(?i)" + client.toLowerCase(Locale.ROOT) + " weekly", client + " WEEKLY"};
            case 1:
                return new String[] {client + " Weekly|" + client + " Monthly", client + " Monthly review"};
            default:
                break;
        }
        return switch (random.nextInt(6)) {
            case 0 -> {
                String repo = name() + "/" + name();
                yield new String[] {"Pull Request #\\d+ · " + repo,
                    "Pull Request #" + n + " · " + repo + " - GitHub"};
            }
            case 1 -> new String[] {client.toUpperCase(Locale.ROOT) + "-\\d+",
                client.toUpperCase(Locale.ROOT) + "-" + n + ": Fix login"};
            case 2 -> new String[] {"Invoice #?\\d+ .*" + client, "Invoice " + n + " for " + client};
            case 3 -> new String[] {client + ".*\\.xlsx", client + " Budget 2026.xlsx - Excel"};
            case 4 -> {
                String tag = name();
                yield new String[] {"^\\[" + tag + "\\]", "[" + tag + "] Weekly sync"};
            }
            default -> new String[] {client + " (Q[1-4]|FY\\d\\d) Report", client + " Q3 Report.docx - Word"};
        };
    }

    /** A condition tree and events it matches. */
    private Object[] composite() {
        String a = name();
        String b = name();
        return switch (random.nextInt(4)) {
            case 0 -> new Object[] {"{\"all\":[{\"app\":\"" + cap(a) + ".exe\"},{\"keyword\":\"" + b + "\"}]}",
                (Supplier<Event>) () -> new Event(cap(a) + ".exe", "Notes on " + b, null, null)};
            case 1 -> new Object[] {"{\"all\":[{\"domain\":\"" + a + ".com\"},{\"title_regex\":\"" + cap(b)
                    + "-\\\\d+\"}]}",
                (Supplier<Event>) () -> browser(cap(b) + "-" + random.nextInt(999) + " Board", a + ".com")};
            case 2 -> new Object[] {"{\"any\":[{\"keyword\":\"" + a + "\"},{\"keyword\":\"" + b + "-7\"}]}",
                (Supplier<Event>) () -> new Event("Word.exe", random.nextBoolean() ? a : b + "-7", null, null)};
            default -> new Object[] {"{\"all\":[{\"domain\":\"" + a + ".io\"},{\"not\":{\"keyword\":"
                    + "\"personal\"}}]}",
                (Supplier<Event>) () -> browser("Admin", "portal." + a + ".io")};
        };
    }

    /** {@code count} events; one in {@code oneIn} is made to match a random rule of {@code rules}. */
    List<Event> events(List<Rule> rules, int count, int oneIn) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Event e = random.nextInt(oneIn) == 0 ? matching(rules.get(random.nextInt(rules.size()))) : noise();
            // Fresh strings for every event, as events read from storage have, whatever the rule set's size.
            events.add(new Event(copy(e.app()), copy(e.title()), copy(e.url()), copy(e.domain())));
        }
        return events;
    }

    private static String copy(String s) {
        return s == null ? null : new String(s.toCharArray());
    }

    private Event noise() {
        if (random.nextBoolean()) {
            String host = NOISE_DOMAINS[random.nextInt(NOISE_DOMAINS.length)];
            return browser(NOISE_TITLES[random.nextInt(NOISE_TITLES.length)], host);
        }
        return new Event(NOISE_APPS[random.nextInt(NOISE_APPS.length)], NOISE_TITLES[random.nextInt(
                NOISE_TITLES.length)], null, null);
    }

    private Event browser(String page, String host) {
        String url = "https://" + host + "/p/" + random.nextInt(100_000) + "?tab=overview";
        // Most capture sources send the domain; some only the URL, whose host the engine then parses.
        return new Event(random.nextBoolean() ? "chrome.exe" : "firefox", page + " - Google Chrome", url,
                random.nextInt(5) == 0 ? null : host);
    }

    private Event matching(Rule rule) {
        return samples.get(rule.id()).get();
    }

    private String name() {
        StringBuilder b = new StringBuilder();
        for (int n = 2 + random.nextInt(2); n > 0; n--) {
            b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return b.toString();
    }

    private String fresh(Supplier<String> make) {
        for (int tries = 0; ; tries++) {
            String s = make.get();
            if (tries > 20) {
                s = s + used.size();
            }
            if (used.add(s.toLowerCase(Locale.ROOT))) {
                return s;
            }
        }
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
