package io.stint.rules.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lower-case keys (application names, domains) to the best rank of the rules matching exactly that
 * key and the candidate ranks the key triggers. Open addressing over plain arrays, so that an
 * application name can be looked up without lowering it into a new string, and a host's parent
 * domains without cutting it into substrings.
 */
final class ExactIndex {

    private final String[] keys;
    private final int[] hashes;
    private final int[] best;
    private final int[][] triggers;
    private final int mask;
    private final int size;

    private ExactIndex(Map<String, Integer> bestByKey, Map<String, List<Integer>> triggersByKey) {
        List<String> all = new ArrayList<>(bestByKey.keySet());
        triggersByKey.keySet().stream().filter(k -> !bestByKey.containsKey(k)).forEach(all::add);
        int capacity = Integer.highestOneBit(Math.max(4, all.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        hashes = new int[capacity];
        best = new int[capacity];
        triggers = new int[capacity][];
        mask = capacity - 1;
        size = all.size();
        for (String key : all) {
            int h = hash(key);
            int at = (h ^ (h >>> 16)) & mask;
            while (keys[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = key;
            hashes[at] = h;
            best[at] = bestByKey.getOrDefault(key, KeywordAutomaton.NONE);
            triggers[at] = triggersByKey.getOrDefault(key, List.of()).stream().distinct().sorted()
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Looks up an application name, ignoring its case: returns {@code bound} lowered to the best rank
     * under that name and adds the name's triggers below it to {@code out}.
     */
    int lookupIgnoringCase(String name, int bound, Candidates out) {
        int h = 0;
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (Lower.special(c)) {
                String lower = name.toLowerCase(Locale.ROOT);
                return probe(hash(lower), lower, 0, false, bound, out);
            }
            h = 31 * h + Lower.of(c);
        }
        return probe(h, name, 0, true, bound, out);
    }

    /** Looks up a host (lower case) and each of its parent domains, as {@link #lookupIgnoringCase} does. */
    int lookupDomains(String host, int bound, Candidates out) {
        int h = 0;
        // The hash runs from the end, so each parent domain's hash is on the way to the host's.
        for (int i = host.length() - 1; i >= 0; i--) {
            h = 31 * h + host.charAt(i);
            if (i == 0 || host.charAt(i - 1) == '.') {
                bound = probe(h, host, i, false, bound, out);
            }
        }
        return bound;
    }

    private int probe(int h, String text, int from, boolean lower, int bound, Candidates out) {
        int at = (h ^ (h >>> 16)) & mask;
        // The stored hash is compared first, so a miss rarely reads a key string.
        for (String key = keys[at]; key != null; key = keys[at = (at + 1) & mask]) {
            if (hashes[at] == h && equal(key, text, from, lower)) {
                out.addBelow(triggers[at], Math.min(bound, best[at]));
                return Math.min(bound, best[at]);
            }
        }
        return bound;
    }

    private static boolean equal(String key, String text, int from, boolean lower) {
        if (key.length() != text.length() - from) {
            return false;
        }
        if (!lower) {
            return key.regionMatches(0, text, from, key.length());
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != Lower.of(text.charAt(from + i))) {
                return false;
            }
        }
        return true;
    }

    /** The key's hash, from its last char to its first. */
    private static int hash(String key) {
        int h = 0;
        for (int i = key.length() - 1; i >= 0; i--) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    /** Gathers keys; the lowest rank per key wins. */
    static final class Builder {
        private final Map<String, Integer> best = new HashMap<>();
        private final Map<String, List<Integer>> triggers = new HashMap<>();

        void exact(String key, int rank) {
            best.merge(key, rank, Math::min);
        }

        void trigger(String key, int rank) {
            triggers.computeIfAbsent(key, k -> new ArrayList<>()).add(rank);
        }

        ExactIndex build() {
            return new ExactIndex(best, triggers);
        }
    }
}
