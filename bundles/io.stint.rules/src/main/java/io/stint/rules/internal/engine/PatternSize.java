package io.stint.rules.internal.engine;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Refuses patterns that would be huge once compiled, before RE2/J compiles them: RE2/J expands a
 * counted repeat into copies, so {@code ((a{1000}){1000}){1000}} exhausts the heap, and it recurses
 * on nesting, so thousands of nested groups overflow the stack. Matching time grows with the
 * compiled size too: {@code [a-z]{1,1000}[0-9]} takes about 0.1 s on a 4,000-char title (RE2/J,
 * measured), so the limit is kept at that size.
 */
final class PatternSize {

    /** The most atoms a pattern may expand to, counting each repeat {@code {n,m}} as its larger bound. */
    static final int MAX_ATOMS = 1_000;
    /** The deepest nesting of groups. */
    static final int MAX_DEPTH = 100;

    private PatternSize() {
    }

    static void check(String re) throws InvalidRuleException {
        Deque<Long> groups = new ArrayDeque<>(); // per open group: the atoms before it
        long atoms = 0;
        for (int i = 0; i < re.length(); ) {
            char c = re.charAt(i);
            long unit;
            if (c == '(') {
                if (groups.size() >= MAX_DEPTH) {
                    throw new InvalidRuleException("the pattern nests groups more than " + MAX_DEPTH + " deep");
                }
                groups.push(atoms);
                atoms = 0;
                i++;
                continue;
            } else if (c == ')' && !groups.isEmpty()) {
                unit = Math.max(1, atoms);
                atoms = groups.pop();
                i++;
            } else if (c == '\\') {
                i = escapeEnd(re, i);
                unit = 1;
            } else if (c == '[') {
                i = classEnd(re, i);
                unit = 1;
            } else {
                i++;
                unit = "|*+?".indexOf(c) >= 0 ? 0 : 1; // operators, not characters to match
            }
            int[] repeat = repeat(re, i);
            if (repeat != null) {
                i = repeat[1];
            }
            atoms += unit * (repeat == null ? 1 : Math.max(1, repeat[0]));
            if (atoms > MAX_ATOMS) {
                throw new InvalidRuleException("the pattern is too large once its repeats are expanded (at most "
                        + MAX_ATOMS + " characters or classes)");
            }
        }
    }

    /** The larger bound of a repeat {@code {n}}, {@code {n,}}, {@code {n,m}} at {@code i}, and its end; or null. */
    private static int[] repeat(String re, int i) {
        if (i >= re.length() || re.charAt(i) != '{') {
            return null;
        }
        int close = re.indexOf('}', i);
        if (close < 0) {
            return null;
        }
        String[] bounds = re.substring(i + 1, close).split(",", -1);
        boolean valid = bounds.length <= 2 && bounds[0].matches("[0-9]{1,9}")
                && (bounds.length == 1 || bounds[1].matches("[0-9]{0,9}"));
        if (!valid) {
            return null;
        }
        String larger = bounds.length == 2 && !bounds[1].isEmpty() ? bounds[1] : bounds[0];
        return new int[] {Integer.parseInt(larger), close + 1};
    }

    /** Past the escape at {@code i}: {@code \Q…\E} (quoted text cannot grow), {@code \p{…}}, {@code \x{…}}. */
    private static int escapeEnd(String re, int i) {
        int end = -1;
        if (re.startsWith("\\Q", i)) {
            end = re.indexOf("\\E", i + 2);
            end = end < 0 ? re.length() : end + 2;
        } else if (i + 2 < re.length() && "pPx".indexOf(re.charAt(i + 1)) >= 0 && re.charAt(i + 2) == '{') {
            end = re.indexOf('}', i + 2) + 1;
        }
        return end > 0 ? end : i + 2;
    }

    private static int classEnd(String re, int i) {
        int j = i + 1;
        if (j < re.length() && re.charAt(j) == '^') {
            j++;
        }
        if (j < re.length() && re.charAt(j) == ']') {
            j++;
        }
        while (j < re.length() && re.charAt(j) != ']') {
            int posix = re.startsWith("[:", j) ? re.indexOf(":]", j) : -1;
            j = re.charAt(j) == '\\' ? escapeEnd(re, j) : posix > 0 ? posix + 2 : j + 1;
        }
        return j + 1;
    }
}
