package io.stint.activity.api;

/** What a block (or an event) shows, as rules see it; any part may be null. */
public record BlockFacts(String app, String title, String url, String domain) {
}
