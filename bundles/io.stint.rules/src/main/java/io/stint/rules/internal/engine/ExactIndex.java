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
    private final int[] best;
    private final int[][] triggers;
    private final int mask;
    private final int size;

    private ExactIndex(Map<String, Integer> bestByKey, Map<String, List<Integer>> triggersByKey) {
        List<String> all = new ArrayList<>(bestByKey.keySet());
        triggersByKey.keySet().stream().filter(k -> !bestByKey.containsKey(k)).forEach(all::add);
        int capacity = Integer.highestOneBit(Math.max(4, all.size() * 2 - 1)) << 1;
        keys = new String[capacity];
        best = new int[capacity];
        triggers = new int[capacity][];
        mask = capacity - 1;
        size = all.size();
        for (String key : all) {
            int at = hash(key, 0, false) & mask;
            while (keys[at] != null) {
                at = (at + 1) & mask;
            }
            keys[at] = key;
            best[at] = bestByKey.getOrDefault(key, KeywordAutomaton.NONE);
            triggers[at] = triggersByKey.getOrDefault(key, List.of()).stream().distinct().sorted()
                    .mapToInt(Integer::intValue).toArray();
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    /**
     * Looks up {@code text} from {@code from} to its end, lowered when {@code lower}; returns the bound
     * lowered to the key's best rank and adds the key's triggers below it to {@code out}.
     */
    int lookup(String text, int from, boolean lower, int bound, Candidates out) {
        if (lower) {
            for (int i = from; i < text.length(); i++) {
                if (Lower.special(text.charAt(i))) {
                    return lookup(text.substring(from).toLowerCase(Locale.ROOT), 0, false, bound, out);
                }
            }
        }
        int at = hash(text, from, lower) & mask;
        for (String key = keys[at]; key != null; key = keys[at = (at + 1) & mask]) {
            if (equal(key, text, from, lower)) {
                bound = Math.min(bound, best[at]);
                out.addBelow(triggers[at], bound);
                return bound;
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

    private static int hash(String text, int from, boolean lower) {
        int h = 0;
        for (int i = from; i < text.length(); i++) {
            h = 31 * h + (lower ? Lower.of(text.charAt(i)) : text.charAt(i));
        }
        return h ^ (h >>> 16);
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
