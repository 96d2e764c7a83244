package io.stint.activity.internal.segment;

/**
 * A reusable string → milliseconds tally (open addressing, cleared in place so that segmenting
 * allocates nothing per event); {@link #best()} picks the value with the most time.
 */
final class Tally {

    private String[] keys = new String[16];
    private long[] millis = new long[16];
    /** Occupied slots in insertion order: clearing and merging touch only these. */
    private int[] used = new int[8];
    private int size;

    /** Adds time to a value; null values and empty amounts are not tallied. */
    void add(String key, long ms) {
        if (key == null || ms == 0) {
            return;
        }
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        for (String k; (k = keys[i]) != null; i = (i + 1) & mask) {
            if (k == key || k.equals(key)) {
                millis[i] += ms;
                return;
            }
        }
        keys[i] = key;
        millis[i] = ms;
        used[size++] = i;
        if (size == used.length) {
            grow();
        }
    }

    /** Adds every value of another tally. */
    void addAll(Tally other) {
        for (int j = 0; j < other.size; j++) {
            int slot = other.used[j];
            add(other.keys[slot], other.millis[slot]);
        }
    }

    /** The value with the most time, ties to the lexicographically smallest; null when empty. */
    String best() {
        String best = null;
        long bestMs = 0;
        for (int j = 0; j < size; j++) {
            int slot = used[j];
            long ms = millis[slot];
            if (best == null || ms > bestMs || (ms == bestMs && keys[slot].compareTo(best) < 0)) {
                best = keys[slot];
                bestMs = ms;
            }
        }
        return best;
    }

    void clear() {
        for (int j = 0; j < size; j++) {
            keys[used[j]] = null;
        }
        size = 0;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldMillis = millis;
        int[] oldUsed = used;
        int n = size;
        keys = new String[oldKeys.length * 2];
        millis = new long[oldKeys.length * 2];
        used = new int[oldUsed.length * 2];
        size = 0;
        for (int j = 0; j < n; j++) {
            add(oldKeys[oldUsed[j]], oldMillis[oldUsed[j]]);
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
