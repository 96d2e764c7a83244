package io.stint.rules.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequiredLiteralTest {

    @Test
    void theLongestPlainRunIsRequired() {
        assertEquals("pull request", RequiredLiteral.of(".*GitHub.*Pull Request.*"));
        assertEquals("invoice #", RequiredLiteral.of("Invoice #\\d+"));
        assertEquals(".xlsx - excel", RequiredLiteral.of("\\.xlsx - Excel$"));
        assertEquals("jira-", RequiredLiteral.of("^JIRA-\\d{3,}"));
        assertEquals("def", RequiredLiteral.of("[abc]def"));
        assertEquals("baz", RequiredLiteral.of("(foo|bar)baz"));
        assertEquals("report", RequiredLiteral.of("(?:Q[1-4] )?Report"));
        assertEquals(" name", RequiredLiteral.of("(?P<id>\\d+) name"));
    }

    @Test
    void anAlternationAtTheTopLevelHasNoLiteral() {
        assertNull(RequiredLiteral.of("foo|bar"));
        assertNull(RequiredLiteral.of("GitHub Pull Request|GitLab"));
    }

    @Test
    void eachTopLevelAlternativeHasItsOwnLiterals() {
        assertEquals(List.of(List.of("foo"), List.of("bar")), RequiredLiteral.alternatives("foo|bar"));
        assertEquals(List.of(List.of("github pull request"), List.of("gitlab", "merge")),
                RequiredLiteral.alternatives("GitHub Pull Request|GitLab.*Merge"));
        assertEquals(List.of(List.of("c"), List.of("d")), RequiredLiteral.alternatives("(a|b)c|d+"));
        assertEquals(List.of(List.of("a|b")), RequiredLiteral.alternatives("a\\|b"));
        assertEquals(List.of(), RequiredLiteral.alternatives("foo|"));
        assertEquals(List.of(), RequiredLiteral.alternatives("foo|.*"));
        assertEquals(List.of(), RequiredLiteral.alternatives("foo|(?i)bar"));
    }

    @Test
    void anOptionalOrRepeatedCharIsNeverPartOfTheLiteral() {
        String abc = RequiredLiteral.of("ab?c");
        assertTrue(abc.equals("a") || abc.equals("c"), abc);
        assertEquals("colo", RequiredLiteral.of("colou?r"));
        assertEquals("z", RequiredLiteral.of("zz*y"));
        assertEquals("zz", RequiredLiteral.of("zzz*y"));
        assertEquals("ab", RequiredLiteral.of("abc{2}d"));
        assertEquals("x", RequiredLiteral.of("x+y"));
        assertEquals("ab", RequiredLiteral.of("ab+?c"));
    }

    @Test
    void unclearPatternsHaveNoLiteral() {
        assertNull(RequiredLiteral.of("a(?i)budget"));
        assertNull(RequiredLiteral.of("(?-i)budget"));
        assertNull(RequiredLiteral.of("\\Qa.b\\E"));
        assertNull(RequiredLiteral.of(".*"));
        assertNull(RequiredLiteral.of("\\d+\\s\\w"));
        assertNull(RequiredLiteral.of("a?b*c{0,1}"));
    }

    @Test
    void ignoringCaseTheLiteralLeavesOutTheLetterS() {
        assertEquals("budget", RequiredLiteral.of("(?i)budget"));
        assertEquals(" weekly", RequiredLiteral.of("(?is)ACME status weekly"));
        assertEquals("acme status", RequiredLiteral.of("(?m)ACME status"));
        assertEquals("kelvin", RequiredLiteral.of("(?i)Kelvin"));
    }

    @Test
    void ignoringCaseEveryCharThatMatchesAnAsciiLetterLowersToItUnlessItIsAnS() {
        for (char letter = 'a'; letter <= 'z'; letter++) {
            Pattern pattern = Pattern.compile("(?i)" + letter);
            for (int c = 0; c <= 0xFFFF; c++) {
                String text = String.valueOf((char) c);
                if (letter != 's' && pattern.matcher(text).matches()) {
                    assertEquals(String.valueOf(letter), text.toLowerCase(Locale.ROOT), "U+" + Integer.toHexString(c));
                }
            }
        }
    }

    @Test
    void escapesOfPunctuationAreLiteralAndNonAsciiEndsTheRun() {
        assertEquals("a.b(c)", RequiredLiteral.of("a\\.b\\(c\\)"));
        assertEquals("projekt", RequiredLiteral.of("Projektüber"));
        assertEquals("bersicht", RequiredLiteral.of("Übersicht"));
        assertEquals("abc", RequiredLiteral.of("\\p{Greek}abc\\x{41}d"));
    }

    private static final String[] PIECES = {"GitHub", "Pull", " Request", "ab", "Excel", " - ", "#", "a", "b", "K",
        "\\.", "\\d", "\\s", "\\w", "\\#", "\\\\", ".", "^", "$", "|", "(?i)", "(?:ab)", "(a|b)", "[a-c]", "[^x]",
        "[]a]", "(?i:k)", "\\b", "s", "S", "(?i)", "(?i)", "(?is)", "é", "x{", "{", "}", "]", "\\pL", "\\p{Lu}",
        "\\x41", "(?s)", "((a)b)", "[[:alpha:]]"};
    private static final String[] QUANTIFIERS = {"?", "*", "+", "{2}", "{1,3}", "{0,}", "+?", "*?", "??", "{2}?"};
    private static final String[] TEXT = {"GitHub", "github", "Pull Request", "PULL REQUEST", "ab", "aab", "b", "k",
        "K", "\u212A", "s", "S", "\u017F", "kelvin", "STATUS", ".", "#", "\\", "1", " ", "x", "x{", "{", "}", "]",
        "é", "É", "Excel", " - ", "c", "A", "Ω"};

    @Test
    void everyTitleAPatternIsFoundInHoldsItsLiteral() {
        Random random = new Random(7);
        int checked = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder re = new StringBuilder();
            for (int n = random.nextInt(6) + 1; n > 0; n--) {
                re.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(4) == 0) {
                    re.append(QUANTIFIERS[random.nextInt(QUANTIFIERS.length)]);
                }
            }
            Pattern pattern;
            try {
                pattern = Pattern.compile(re.toString());
            } catch (PatternSyntaxException e) {
                continue;
            }
            List<List<String>> alternatives = RequiredLiteral.alternatives(re.toString());
            for (int t = 0; t < 20; t++) {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(8); n > 0; n--) {
                    text.append(TEXT[random.nextInt(TEXT.length)]);
                }
                if (!alternatives.isEmpty() && pattern.matcher(text).find()) {
                    checked++;
                    String lower = text.toString().toLowerCase(Locale.ROOT);
                    assertTrue(alternatives.stream().anyMatch(literals -> literals.stream().allMatch(lower::contains)),
                            "/" + re + "/ found in \"" + text + "\" but none of " + alternatives + " is all there");
                }
            }
        }
        assertTrue(checked > 1_000, "only " + checked + " matches checked");
    }
}
