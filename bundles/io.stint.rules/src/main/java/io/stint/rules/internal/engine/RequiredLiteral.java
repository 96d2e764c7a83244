package io.stint.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs of plain characters that every match of a pattern contains, found conservatively so that a
 * pattern only needs to run on titles holding it. Only the top level of the pattern is read: a char
 * followed by {@code ?}, {@code *} or a repeat is dropped, a char followed by {@code +} ends the
 * run, groups, classes, {@code .}, anchors and escapes other than punctuation end it too; a flag
 * group such as {@code (?i)} anywhere but at the very start, {@code \Q}, or anything not understood
 * gives up. A {@code |} outside a group splits the pattern into alternatives, each with its own
 * runs: a match contains the runs of at least one of them. Non-ASCII chars end the run, so the
 * literal is ASCII and, lower-cased, occurs in the lower-cased title of every match. Ignoring case,
 * {@code s} also matches the long s ({@code ſ}), which does not lower-case to {@code s}, so it ends
 * the run; the Kelvin sign, which {@code k} also matches, lower-cases to {@code k}.
 */
final class RequiredLiteral {

    private static final class GiveUp extends Exception {
        private static final long serialVersionUID = 1L;

        GiveUp() {
            super(null, null, false, false);
        }
    }

    private static final GiveUp GIVE_UP = new GiveUp();
    private static final String META = "\\.+*?()|[]{}^$";

    private final String re;
    private final StringBuilder run = new StringBuilder();
    private final List<String> runs = new ArrayList<>();
    private final List<List<String>> alternatives = new ArrayList<>();
    private int i;
    private boolean ignoreCase;

    private RequiredLiteral(String re) {
        this.re = re;
    }

    /**
     * For each top-level alternative of the pattern, its required runs (lower case, distinct, in
     * pattern order, never none); empty when some alternative has none known.
     */
    static List<List<String>> alternatives(String regex) {
        try {
            return new RequiredLiteral(regex).scan();
        } catch (GiveUp e) {
            return List.of();
        }
    }

    /** Every run that all matches contain; empty when none is known (always so with a top-level {@code |}). */
    static List<String> all(String regex) {
        List<List<String>> alternatives = alternatives(regex);
        return alternatives.size() == 1 ? alternatives.get(0) : List.of();
    }

    /** The longest required run (the first of equals), or null when none is known. */
    static String of(String regex) {
        String best = null;
        for (String run : all(regex)) {
            best = best == null || run.length() > best.length() ? run : best;
        }
        return best;
    }

    private List<List<String>> scan() throws GiveUp {
        leadingFlags();
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\') {
                escape();
            } else if (c == '|') {
                i++;
                endAlternative();
            } else if (c == '?' || c == '*' || c == '+' || c == ')') {
                throw GIVE_UP; // a quantifier we failed to attach to its atom
            } else if (c == '(') {
                skipGroup();
                other(0);
            } else if (c == '[') {
                skipClass();
                other(0);
            } else if (c >= 0x20 && c < 0x7f && META.indexOf(c) < 0) {
                literal(c, 1);
            } else {
                other(Character.isHighSurrogate(c) ? 2 : 1); // ., ^, $, a stray {, } or ], a non-ASCII char
            }
        }
        endAlternative();
        return alternatives;
    }

    private void endAlternative() throws GiveUp {
        end();
        if (runs.isEmpty()) {
            throw GIVE_UP; // this alternative can match with no known text
        }
        alternatives.add(runs.stream().map(r -> r.toLowerCase(Locale.ROOT)).distinct().toList());
        runs.clear();
    }

    /** Flags set for the whole pattern, such as {@code (?i)} or {@code (?is)}; none of them clears one. */
    private void leadingFlags() {
        if (re.startsWith("(?")) {
            int end = 2;
            while (end < re.length() && "imsU".indexOf(re.charAt(end)) >= 0) {
                end++;
            }
            if (end > 2 && end < re.length() && re.charAt(end) == ')') {
                ignoreCase = re.substring(2, end).indexOf('i') >= 0;
                i = end + 1;
            }
        }
    }

    /** A plain char of {@code width} pattern chars at {@code i}: kept unless its quantifier makes it optional. */
    private void literal(char c, int width) throws GiveUp {
        if (ignoreCase && (c == 's' || c == 'S')) {
            other(width);
            return;
        }
        i += width;
        if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '*' || repeatAt(i))) {
            end();
            skipQuantifiers();
        } else if (i < re.length() && re.charAt(i) == '+') {
            run.append(c);
            end();
            i++;
            if (i < re.length() && re.charAt(i) == '?') {
                i++; // lazy, still at least once
            }
            if (i < re.length() && (re.charAt(i) == '?' || re.charAt(i) == '*' || re.charAt(i) == '+'
                    || repeatAt(i))) {
                throw GIVE_UP;
            }
        } else {
            run.append(c);
        }
    }

    /** Something of {@code width} chars past {@code i} (0: already skipped) that is not a plain char. */
    private void other(int width) {
        i += width;
        end();
        skipQuantifiers();
    }

    private void escape() throws GiveUp {
        if (i + 1 >= re.length()) {
            throw GIVE_UP;
        }
        char e = re.charAt(i + 1);
        if (e < 0x80 && !Character.isLetterOrDigit(e)) {
            if (e < 0x20 || e == 0x7f) {
                other(2);
            } else {
                literal(e, 2);
            }
        } else if ("dDwWsSbBAzntrfva".indexOf(e) >= 0) {
            other(2);
        } else if (e == 'p' || e == 'P' || e == 'x') {
            int end;
            if (i + 2 < re.length() && re.charAt(i + 2) == '{') {
                end = re.indexOf('}', i + 3) + 1;
                if (end == 0) {
                    throw GIVE_UP;
                }
            } else {
                end = i + (e == 'x' ? 4 : 3);
            }
            i = end;
            other(0);
        } else {
            throw GIVE_UP; // \Q…\E, octal, \C and whatever else we do not model
        }
    }

    private void skipGroup() throws GiveUp {
        if (re.startsWith("(?", i) && i + 2 < re.length() && re.charAt(i + 2) != 'P' && re.charAt(i + 2) != '<') {
            int j = i + 2;
            while (j < re.length() && (Character.isLetter(re.charAt(j)) || re.charAt(j) == '-')) {
                j++;
            }
            if (j >= re.length() || re.charAt(j) != ':') {
                throw GIVE_UP; // (?i) and friends change how the rest of the pattern matches
            }
        }
        int depth = 0;
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '\\') {
                skipEscapeInside();
            } else if (c == '[') {
                skipClass();
            } else {
                i++;
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return;
                }
            }
        }
        throw GIVE_UP;
    }

    private void skipClass() throws GiveUp {
        i++;
        if (i < re.length() && re.charAt(i) == '^') {
            i++;
        }
        if (i < re.length() && re.charAt(i) == ']') {
            i++;
        }
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == ']') {
                i++;
                return;
            } else if (c == '\\') {
                skipEscapeInside();
            } else if (c == '[' && re.startsWith("[:", i)) {
                int end = re.indexOf(":]", i + 2);
                if (end < 0) {
                    throw GIVE_UP;
                }
                i = end + 2;
            } else {
                i++;
            }
        }
        throw GIVE_UP;
    }

    private void skipEscapeInside() throws GiveUp {
        if (i + 1 >= re.length() || re.charAt(i + 1) == 'Q') {
            throw GIVE_UP;
        }
        i += 2;
    }

    private void skipQuantifiers() {
        while (i < re.length()) {
            char c = re.charAt(i);
            if (c == '?' || c == '*' || c == '+') {
                i++;
            } else if (repeatAt(i)) {
                i = re.indexOf('}', i) + 1;
            } else {
                return;
            }
        }
    }

    /** Whether a repeat {@code {n}}, {@code {n,}} or {@code {n,m}} starts at {@code j}. */
    private boolean repeatAt(int j) {
        if (j >= re.length() || re.charAt(j) != '{') {
            return false;
        }
        int k = j + 1;
        int digits = 0;
        while (k < re.length() && re.charAt(k) >= '0' && re.charAt(k) <= '9') {
            k++;
            digits++;
        }
        if (digits == 0) {
            return false;
        }
        if (k < re.length() && re.charAt(k) == ',') {
            k++;
            while (k < re.length() && re.charAt(k) >= '0' && re.charAt(k) <= '9') {
                k++;
            }
        }
        return k < re.length() && re.charAt(k) == '}';
    }

    private void end() {
        if (run.length() > 0) {
            runs.add(run.toString());
        }
        run.setLength(0);
    }
}
