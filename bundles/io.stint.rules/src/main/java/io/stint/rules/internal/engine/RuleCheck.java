package io.stint.rules.internal.engine;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import io.stint.rules.api.MatchType;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Checks a rule's match value and compiles it into a {@link Condition}. */
public final class RuleCheck {

    /** The most a match value may hold, in UTF-8 bytes. */
    static final int MAX_VALUE_BYTES = 16 * 1024;

    private RuleCheck() {
    }

    /** Refuses a match value the engine cannot use, saying why. */
    public static void validate(MatchType type, String value) throws InvalidRuleException {
        compile(type, value);
    }

    /**
     * Whether the engine must evaluate this valid rule on every event it ranks above the best APP,
     * DOMAIN or KEYWORD match of: a TITLE_REGEX with no text it is known to need (an alternative
     * with none, {@code (?i)} in the middle, {@code \Q…\E}), or a COMPOSITE such as a top-level
     * {@code not}. Such a rule costs about a microsecond per event; a client may warn about it.
     */
    public static boolean alwaysEvaluated(MatchType type, String value) throws InvalidRuleException {
        Condition c = compile(type, value);
        return (type == MatchType.TITLE_REGEX || type == MatchType.COMPOSITE) && Trigger.of(c, Map.of()) == null;
    }

    static Condition compile(MatchType type, String value) throws InvalidRuleException {
        if (type == null) {
            throw new InvalidRuleException("a match type is required");
        }
        if (value == null || value.isEmpty()) {
            throw new InvalidRuleException("a match value is required");
        }
        if (value.length() > MAX_VALUE_BYTES / 3 && value.getBytes(StandardCharsets.UTF_8).length > MAX_VALUE_BYTES) {
            throw new InvalidRuleException("a match value holds at most " + MAX_VALUE_BYTES + " bytes");
        }
        return switch (type) {
            case APP -> app(value);
            case DOMAIN -> new Condition.Domain(Domains.normalise(value));
            case TITLE_REGEX -> titleRegex(value);
            case KEYWORD -> keyword(value);
            case COMPOSITE -> CompositeParser.parse(value);
        };
    }

    static Condition.App app(String value) throws InvalidRuleException {
        String app = value.trim().toLowerCase(Locale.ROOT);
        if (app.isEmpty()) {
            throw new InvalidRuleException("an application name is required (Code.exe)");
        }
        return new Condition.App(app);
    }

    static Condition.Keyword keyword(String value) throws InvalidRuleException {
        if (value.isBlank()) {
            throw new InvalidRuleException("a keyword cannot be blank");
        }
        return new Condition.Keyword(value.toLowerCase(Locale.ROOT));
    }

    static Condition.TitleRegex titleRegex(String value) throws InvalidRuleException {
        if (value.isEmpty()) {
            throw new InvalidRuleException("a pattern is required");
        }
        PatternSize.check(value);
        try {
            return new Condition.TitleRegex(Pattern.compile(value), RequiredLiteral.alternatives(value));
        } catch (PatternSyntaxException e) {
            throw new InvalidRuleException(e.getDescription() + ": `" + e.getPattern() + "`");
        } catch (StackOverflowError e) {
            throw new InvalidRuleException("the pattern nests too deeply"); // PatternSize should have said so
        }
    }
}
