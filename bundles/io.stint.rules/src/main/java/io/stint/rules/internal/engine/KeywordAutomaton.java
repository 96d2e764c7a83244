package io.stint.rules.internal.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * One Aho–Corasick automaton over every keyword and every required literal, lower case, run over an
 * event's texts in one pass each, so the cost of KEYWORD rules does not grow with their number.
 * Written here on plain arrays because the common Java library (robert-bor/aho-corasick) keeps a
 * {@code HashMap<Character, State>} per state and hands back an {@code Emit} object per match, which
 * costs more per char than this whole classification may spend. Text is lowered a
 * char at a time ({@link Lower}); chars no pattern contains go straight back to the root; the
 * shallow states (by breadth-first number, within a fixed budget) hold full transition rows, the
 * deeper ones sorted edges plus their failure link, so memory stays linear in the patterns' length.
 * Each state knows the best keyword rank on its suffix chain and the candidate ranks it triggers;
 * transitions into a state with any such output are stored complemented (negative), so the scan
 * reads nothing else for the chars that complete no pattern.
 */
final class KeywordAutomaton {

    static final int NONE = Integer.MAX_VALUE;
    /**
     * Transition cells for the full rows of the shallow states: 256 KB, which stays in a core's cache.
     * Measured with 10,000 keywords, all 35,000 states in full rows (5 MB) scanned at half the speed.
     */
    static final int DENSE_CELLS = 1 << 16;

    private final int[] asciiClass;
    private final char[] otherChars;
    private final int[] otherClass;
    private final int classes;
    private final int denseRows;
    private final int[] dense;
    private final int[] edgeStart;
    private final int[] edgeClass;
    private final int[] edgeTo;
    private final int[] edgeNext;
    private final int[] fail;
    private final int[] minOut;
    private final int[] keywordBest;
    private final int[] trigHead;
    private final int[] trigNext;
    private final int[] trigStart;
    private final int[] trigRanks;

    /**
     * Reads {@code text} (raw case), lowering {@code bound} to the best keyword rank found below it
     * and adding to {@code out} the triggered candidate ranks below the bound of the moment.
     */
    int scan(String text, int bound, Candidates out) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char ch = text.charAt(i);
            int c;
            if (ch < 128) {
                c = asciiClass[ch];
            } else if (Lower.special(ch)) {
                return scanLowered(text.toLowerCase(Locale.ROOT), bound, out);
            } else {
                char lower = Character.toLowerCase(ch); // may be ASCII: the Kelvin sign lowers to k
                c = lower < 128 ? asciiClass[lower] : otherClass(lower);
            }
            int t = c < 0 ? 0 : step(s, c);
            if (t < 0) {
                s = ~t;
                if (minOut[s] < bound) {
                    bound = report(s, bound, out);
                }
            } else {
                s = t;
            }
        }
        return bound;
    }

    private int scanLowered(String lower, int bound, Candidates out) {
        int s = 0;
        for (int i = 0, n = lower.length(); i < n; i++) {
            char ch = lower.charAt(i);
            int c = ch < 128 ? asciiClass[ch] : otherClass(ch);
            int t = c < 0 ? 0 : step(s, c);
            if (t < 0) {
                s = ~t;
                if (minOut[s] < bound) {
                    bound = report(s, bound, out);
                }
            } else {
                s = t;
            }
        }
        return bound;
    }

    /** The next state from {@code s} on class {@code c}, complemented when it has output. */
    private int step(int s, int c) {
        while (s >= denseRows) {
            for (int e = edgeStart[s], end = edgeStart[s + 1]; e < end; e++) {
                if (edgeClass[e] == c) {
                    return edgeNext[e];
                }
            }
            s = fail[s];
        }
        return dense[s * classes + c];
    }

    /** The child of {@code s} on class {@code c} in the trie, or -1. */
    private int child(int s, int c) {
        for (int e = edgeStart[s], end = edgeStart[s + 1]; e < end; e++) {
            if (edgeClass[e] == c) {
                return edgeTo[e];
            }
        }
        return -1;
    }

    private int report(int s, int bound, Candidates out) {
        bound = Math.min(bound, keywordBest[s]);
        for (int t = trigHead[s]; t >= 0; t = trigNext[t]) {
            for (int j = trigStart[t], end = trigStart[t + 1]; j < end && trigRanks[j] < bound; j++) {
                out.add(trigRanks[j]);
            }
        }
        return bound;
    }

    private int otherClass(char c) {
        int at = otherChars.length == 0 ? -1 : Arrays.binarySearch(otherChars, c);
        return at < 0 ? -1 : otherClass[at];
    }

    @Override
    public String toString() {
        return fail.length + " states, " + classes + " char classes, " + denseRows + " full rows";
    }

    /** Collects patterns: keywords (exact hits) and required literals (candidate triggers). */
    static final class Builder {

        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> patterns = new ArrayList<>();
        private final List<Integer> keywordRank = new ArrayList<>();
        private final List<List<Integer>> triggers = new ArrayList<>();

        /** A KEYWORD rule of this rank; its text is already lower case and not empty. */
        void keyword(String lower, int rank) {
            int id = id(lower);
            keywordRank.set(id, Math.min(keywordRank.get(id), rank));
        }

        /** A candidate rule of this rank that can only match where {@code lower} occurs. */
        void trigger(String lower, int rank) {
            triggers.get(id(lower)).add(rank);
        }

        boolean isEmpty() {
            return patterns.isEmpty();
        }

        private int id(String pattern) {
            return ids.computeIfAbsent(pattern, p -> {
                patterns.add(p);
                keywordRank.add(NONE);
                triggers.add(new ArrayList<>());
                return patterns.size() - 1;
            });
        }

        /** The automaton, with full rows for as many shallow states as {@code denseCells} cells hold. */
        KeywordAutomaton build(int denseCells) {
            return new KeywordAutomaton(this, denseCells);
        }
    }

    private KeywordAutomaton(Builder b, int denseCells) {
        // Classes: one per distinct pattern char, so rows are as narrow as the patterns' alphabet.
        TreeSet<Character> chars = new TreeSet<>();
        for (String p : b.patterns) {
            for (int i = 0; i < p.length(); i++) {
                chars.add(p.charAt(i));
            }
        }
        classes = chars.size();
        Map<Character, Integer> classOf = new HashMap<>();
        List<Character> other = new ArrayList<>();
        for (char c : chars) {
            classOf.put(c, classOf.size());
            if (c >= 128) {
                other.add(c);
            }
        }
        asciiClass = new int[128];
        for (char c = 0; c < 128; c++) {
            asciiClass[c] = classOf.getOrDefault(Lower.of(c), -1);
        }
        otherChars = new char[other.size()];
        otherClass = new int[other.size()];
        for (int i = 0; i < other.size(); i++) {
            otherChars[i] = other.get(i);
            otherClass[i] = classOf.get(other.get(i));
        }

        Trie.Layout trie = Trie.layout(b.patterns, classOf);
        int n = trie.states();
        edgeStart = trie.edgeStart();
        edgeClass = trie.edgeClass();
        edgeTo = trie.edgeTo();
        int edges = edgeTo.length;

        // Breadth-first numbering puts every failure link below its state: one pass in order computes them,
        // and later passes can fold each state's outputs and full row from its failure link's.
        fail = new int[n];
        for (int u = 0; u < n; u++) {
            for (int e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
                fail[edgeTo[e]] = u == 0 ? 0 : transition(fail[u], edgeClass[e]);
            }
        }

        int[] patternAt = new int[n];
        Arrays.fill(patternAt, -1);
        for (int p = 0; p < b.patterns.size(); p++) {
            patternAt[trie.patternState()[p]] = p;
        }
        keywordBest = new int[n];
        minOut = new int[n];
        trigHead = new int[n];
        trigNext = new int[n];
        trigStart = new int[n + 1];
        int[] minTrig = new int[n];
        List<Integer> ranks = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            int p = patternAt[s];
            List<Integer> own = p < 0 ? List.of() : b.triggers.get(p).stream().distinct().sorted().toList();
            trigStart[s] = ranks.size();
            ranks.addAll(own);
            int ownKeyword = p < 0 ? NONE : b.keywordRank.get(p);
            int ownTrig = own.isEmpty() ? NONE : own.get(0);
            int f = fail[s];
            keywordBest[s] = s == 0 ? ownKeyword : Math.min(ownKeyword, keywordBest[f]);
            minTrig[s] = s == 0 ? ownTrig : Math.min(ownTrig, minTrig[f]);
            trigNext[s] = s == 0 ? -1 : trigHead[f];
            trigHead[s] = own.isEmpty() ? trigNext[s] : s;
            minOut[s] = Math.min(keywordBest[s], minTrig[s]);
        }
        trigStart[n] = ranks.size();
        trigRanks = ranks.stream().mapToInt(Integer::intValue).toArray();

        edgeNext = new int[edges];
        for (int e = 0; e < edges; e++) {
            edgeNext[e] = minOut[edgeTo[e]] == NONE ? edgeTo[e] : ~edgeTo[e];
        }
        denseRows = Math.min(n, Math.max(1, denseCells / Math.max(1, classes)));
        dense = new int[denseRows * classes];
        for (int s = 0; s < denseRows; s++) {
            for (int c = 0; c < classes; c++) {
                int t = child(s, c);
                int full = t >= 0 ? (minOut[t] == NONE ? t : ~t) : s == 0 ? 0 : dense[fail[s] * classes + c];
                dense[s * classes + c] = full;
            }
        }
    }

    /** The full transition from {@code s} on class {@code c}, for states numbered below the one asking. */
    private int transition(int s, int c) {
        while (true) {
            int t = child(s, c);
            if (t >= 0) {
                return t;
            }
            if (s == 0) {
                return 0;
            }
            s = fail[s];
        }
    }
}
