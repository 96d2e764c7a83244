package io.stint.rules.internal.engine;

import java.util.Arrays;

/** The ranks of rules that must be evaluated for one event, gathered while the indexes are read. */
final class Candidates {

    private int[] ranks;
    private int size;

    void add(int rank) {
        if (ranks == null) {
            ranks = new int[8];
        } else if (size == ranks.length) {
            ranks = Arrays.copyOf(ranks, size * 2);
        }
        ranks[size++] = rank;
    }

    /** Adds the ranks below {@code bound} from an ascending array. */
    void addBelow(int[] sorted, int bound) {
        for (int rank : sorted) {
            if (rank >= bound) {
                return;
            }
            add(rank);
        }
    }

    int size() {
        return size;
    }

    /** The ranks, ascending, possibly repeated; valid up to {@link #size}. */
    int[] sorted() {
        if (size > 1) {
            Arrays.sort(ranks, 0, size);
        }
        return ranks;
    }
}
