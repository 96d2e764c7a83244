package io.stint.invoice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice number pattern such as {@code {PREFIX}-{YYYY}{MM}{DD}-{SEQ}}: the placeholders
 * {@code {PREFIX}}, {@code {YYYY}}, {@code {MM}}, {@code {DD}} and exactly one {@code {SEQ}} (the
 * sequence number, zero-padded to {@code digits}); anything else is literal text.
 */
record NumberPattern(String pattern, String prefix, int digits) {

    static final String DEFAULT_PATTERN = "{PREFIX}-{YYYY}{MM}{DD}-{SEQ}";
    static final String DEFAULT_PREFIX = "INV";
    static final int DEFAULT_DIGITS = 4;
    static final NumberPattern DEFAULT = new NumberPattern(DEFAULT_PATTERN, DEFAULT_PREFIX, DEFAULT_DIGITS);

    /** Longest number: what a time entry's or a block's invoice mark holds. */
    static final int MAX_LENGTH = 50;

    private static final Set<String> PLACEHOLDERS = Set.of("PREFIX", "YYYY", "MM", "DD", "SEQ");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9._/#-]{0,20}");

    /**
     * A checked pattern.
     *
     * @throws IllegalArgumentException saying what is wrong: an unknown placeholder, no or several
     *         {@code {SEQ}}, a stray brace, a prefix of other characters, or numbers that would be too long
     */
    static NumberPattern of(String pattern, String prefix, int digits) {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("number.pattern is empty");
        }
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("number.prefix '" + prefix
                    + "' must be at most 20 letters, digits or . _ / # -");
        }
        if (digits < 1 || digits > 9) {
            throw new IllegalArgumentException("number.digits must be between 1 and 9, not " + digits);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        int seqs = 0;
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("number.pattern '" + pattern + "' has the unknown placeholder {"
                        + m.group(1) + "}; known are {PREFIX}, {YYYY}, {MM}, {DD} and {SEQ}");
            }
            seqs += m.group(1).equals("SEQ") ? 1 : 0;
        }
        if (m.replaceAll("").matches(".*[{}].*")) {
            throw new IllegalArgumentException("number.pattern '" + pattern + "' has an unmatched brace");
        }
        if (seqs != 1) {
            throw new IllegalArgumentException("number.pattern '" + pattern + "' must hold {SEQ} exactly once");
        }
        NumberPattern checked = new NumberPattern(pattern, prefix, digits);
        // room for a sequence two digits longer than the padding before the numbers outgrow the marks
        String longest = checked.format(LocalDate.of(2026, 12, 31), (long) Math.pow(10, digits + 1));
        if (longest.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("number.pattern '" + pattern + "' makes numbers longer than "
                    + MAX_LENGTH + " characters");
        }
        return checked;
    }

    /** The number of {@code seq} on {@code date}. */
    String format(LocalDate date, long seq) {
        String padded = String.format("%0" + digits + "d", seq);
        return expand(date).replace("{SEQ}", padded);
    }

    /** Where {@code {SEQ}} counts: the pattern expanded on {@code date} with {@code {SEQ}} left in. */
    String scope(LocalDate date) {
        return expand(date);
    }

    private String expand(LocalDate date) {
        String text = pattern;
        for (List<String> pair : List.of(List.of("{PREFIX}", prefix),
                List.of("{YYYY}", String.format("%04d", date.getYear())),
                List.of("{MM}", String.format("%02d", date.getMonthValue())),
                List.of("{DD}", String.format("%02d", date.getDayOfMonth())))) {
            text = text.replace(pair.get(0), pair.get(1));
        }
        return text;
    }
}
