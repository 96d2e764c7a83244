package io.stint.rules.internal.engine;

import java.util.Locale;

/** The event being classified, with its host and lower-cased texts worked out once, when first asked. */
final class Subject {

    final String app;
    final String title;
    final String url;
    final String domain;
    private boolean hostKnown;
    private String host;
    private String appLower;
    private String titleLower;
    private String locatorLower;

    Subject(String app, String title, String url, String domain) {
        this.app = app;
        this.title = title;
        this.url = url;
        this.domain = domain;
    }

    /** The text a keyword also looks in besides title and app: the URL, or the domain when there is none. */
    String locator() {
        return url != null ? url : domain;
    }

    String host() {
        if (!hostKnown) {
            host = Domains.host(domain, url);
            hostKnown = true;
        }
        return host;
    }

    String appLower() {
        if (appLower == null && app != null) {
            appLower = app.toLowerCase(Locale.ROOT);
        }
        return appLower;
    }

    String titleLower() {
        if (titleLower == null && title != null) {
            titleLower = title.toLowerCase(Locale.ROOT);
        }
        return titleLower;
    }

    String locatorLower() {
        String locator = locator();
        if (locatorLower == null && locator != null) {
            locatorLower = locator.toLowerCase(Locale.ROOT);
        }
        return locatorLower;
    }
}
