package io.stint.rules.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    @Test
    void lowerCaseOneCharAtATimeAgreesWithStringToLowerCase() {
        for (int c = 0; c <= 0xFFFF; c++) {
            char ch = (char) c;
            if (!Lower.special(ch)) {
                assertEquals(String.valueOf(ch).toLowerCase(Locale.ROOT), String.valueOf(Lower.of(ch)), "U+" + c);
            }
        }
    }

    @Test
    void theBestKeywordAndEveryTriggerBelowItAreFound() {
        KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
        b.keyword("he", 9);
        b.keyword("she", 4);
        b.keyword("hers", 2);
        b.trigger("his", 1);
        b.trigger("e", 3);
        b.trigger("e", 0);
        b.trigger("hers", 5);
        KeywordAutomaton a = b.build(KeywordAutomaton.DENSE_CELLS);
        assertEquals(4, scan(a, "uSHE", KeywordAutomaton.NONE, List.of(0, 3)));
        assertEquals(2, scan(a, "ushers", 3, List.of(0)));
        assertEquals(KeywordAutomaton.NONE, scan(a, "this", KeywordAutomaton.NONE, List.of(1)));
        assertEquals(KeywordAutomaton.NONE, scan(a, "xyz", KeywordAutomaton.NONE, List.of()));
    }

    private static int scan(KeywordAutomaton a, String text, int bound, List<Integer> triggers) {
        Candidates found = new Candidates();
        int best = a.scan(text, bound, found);
        TreeSet<Integer> got = new TreeSet<>();
        int[] ranks = found.sorted();
        for (int i = 0; i < found.size(); i++) {
            got.add(ranks[i]);
        }
        assertEquals(new TreeSet<>(triggers), got, text);
        return best;
    }

    @Test
    void randomKeywordsAreFoundExactlyWhereContainsFindsThem() {
        Random random = new Random(11);
        String alphabet = "abcAB .-é\u0130ΣσςK\u212A";
        for (int round = 0; round < 300; round++) {
            List<String> keywords = new ArrayList<>();
            KeywordAutomaton.Builder b = new KeywordAutomaton.Builder();
            for (int k = random.nextInt(30) + 1; k > 0; k--) {
                String kw = random(random, alphabet, 1 + random.nextInt(4)).toLowerCase(Locale.ROOT);
                b.keyword(kw, keywords.size());
                keywords.add(kw);
            }
            // Full rows for every state, or for the root alone: the sparse edges and failure links.
            KeywordAutomaton a = b.build(round % 2 == 0 ? KeywordAutomaton.DENSE_CELLS : 1);
            for (int t = 0; t < 50; t++) {
                String text = random(random, alphabet, random.nextInt(20));
                String lower = text.toLowerCase(Locale.ROOT);
                int expected = KeywordAutomaton.NONE;
                for (int k = 0; k < keywords.size() && expected == KeywordAutomaton.NONE; k++) {
                    if (lower.contains(keywords.get(k))) {
                        expected = k;
                    }
                }
                assertEquals(expected, a.scan(text, KeywordAutomaton.NONE, new Candidates()),
                        keywords + " in \"" + text + "\"");
            }
        }
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
