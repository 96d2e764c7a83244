package io.stint.rules.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The plain trie of the automaton's patterns, numbered breadth first with edges sorted by char class. */
final class Trie {

    /**
     * The trie's states {@code 0..states-1}, root 0, numbered by depth: a shallower state numbers lower.
     *
     * @param states how many
     * @param edgeStart for each state, where its edges start ({@code states + 1} entries)
     * @param edgeClass each edge's char class, ascending within a state
     * @param edgeTo each edge's target
     * @param patternState for each pattern, the state it ends in
     */
    record Layout(int states, int[] edgeStart, int[] edgeClass, int[] edgeTo, int[] patternState) {
    }

    private int size = 1;
    private int[] firstChild = {-1};
    private int[] sibling = {-1};
    private int[] label = {-1};

    private Trie() {
    }

    static Layout layout(List<String> patterns, Map<Character, Integer> classOf) {
        Trie trie = new Trie();
        int[] ends = new int[patterns.size()];
        for (int p = 0; p < ends.length; p++) {
            ends[p] = trie.insert(patterns.get(p), classOf);
        }
        int n = trie.size;
        int[] newId = new int[n];
        int[] edgeStart = new int[n + 1];
        int[] edgeClass = new int[n - 1];
        int[] edgeTo = new int[n - 1];
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(0));
        int next = 1;
        int edges = 0;
        for (int k = 0; k < n; k++) {
            int old = queue.poll();
            edgeStart[k] = edges;
            for (int child : trie.childrenByClass(old)) {
                newId[child] = next++;
                edgeClass[edges] = trie.label[child];
                edgeTo[edges++] = newId[child];
                queue.add(child);
            }
        }
        edgeStart[n] = edges;
        for (int p = 0; p < ends.length; p++) {
            ends[p] = newId[ends[p]];
        }
        return new Layout(n, edgeStart, edgeClass, edgeTo, ends);
    }

    private int insert(String pattern, Map<Character, Integer> classOf) {
        int s = 0;
        for (int i = 0; i < pattern.length(); i++) {
            int c = classOf.get(pattern.charAt(i));
            int t = firstChild[s];
            while (t >= 0 && label[t] != c) {
                t = sibling[t];
            }
            if (t < 0) {
                t = add(c, s);
            }
            s = t;
        }
        return s;
    }

    private int add(int c, int parent) {
        if (size == label.length) {
            firstChild = Arrays.copyOf(firstChild, size * 2);
            sibling = Arrays.copyOf(sibling, size * 2);
            label = Arrays.copyOf(label, size * 2);
        }
        int t = size++;
        firstChild[t] = -1;
        label[t] = c;
        sibling[t] = firstChild[parent];
        firstChild[parent] = t;
        return t;
    }

    private int[] childrenByClass(int s) {
        List<Integer> kids = new ArrayList<>();
        for (int t = firstChild[s]; t >= 0; t = sibling[t]) {
            kids.add(t);
        }
        return kids.stream().sorted((x, y) -> Integer.compare(label[x], label[y])).mapToInt(Integer::intValue)
                .toArray();
    }
}
