package io.stint.rules.api;

/** How a rule matches what a block shows. */
public enum MatchType {
    /** The application name, exactly, ignoring case. */
    APP,
    /** The web domain: the host itself or any subdomain of it. */
    DOMAIN,
    /** A regular expression (RE2 syntax, linear time) found in the window title. */
    TITLE_REGEX,
    /** A substring of the title, the application or the URL, ignoring case. */
    KEYWORD,
    /** A JSON condition tree over the other four: {@code all}, {@code any}, {@code not}. */
    COMPOSITE
}
