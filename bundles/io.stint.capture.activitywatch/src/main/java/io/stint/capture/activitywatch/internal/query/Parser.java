package io.stint.capture.activitywatch.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stint.capture.activitywatch.internal.query.Token.Kind;

/**
 * Parses query2 statements: {@code name = expr}, {@code return expr}, or a bare expression, each
 * ended by {@code ;}, a line break or the end. Binary operators have one precedence and group to
 * the left, as in ActivityWatch ({@code 1 + 2 * 3} is 9).
 */
final class Parser {

    /** Bracket nesting allowed; keeps the recursive descent far from the stack's end. */
    static final int MAX_NESTING = 64;
    /** Expression tree depth allowed (long operator chains nest without brackets). */
    static final int MAX_DEPTH = 256;

    private static final Set<Kind> OPERATORS =
            Set.of(Kind.PLUS, Kind.MINUS, Kind.STAR, Kind.SLASH, Kind.PERCENT, Kind.EQUALS);
    private static final Set<String> CONSTANTS = Set.of("true", "false", "True", "False", "null");

    private final List<Token> tokens;
    private int pos;
    private int nesting;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static List<Expr.Statement> parse(String query) {
        return new Parser(Lexer.tokens(query)).program();
    }

    private List<Expr.Statement> program() {
        List<Expr.Statement> out = new ArrayList<>();
        while (peek().kind() != Kind.EOF) {
            if (peek().kind() == Kind.SEMI) {
                pos++;
                continue;
            }
            out.add(statement());
            Token after = peek();
            if (after.kind() == Kind.SEMI) {
                pos++;
            } else if (after.kind() != Kind.EOF && !after.newlineBefore()) {
                throw error(after, "expected ';' after the statement");
            }
        }
        return out;
    }

    private Expr.Statement statement() {
        Token first = peek();
        if (first.kind() == Kind.IDENT && peekAt(1).kind() == Kind.ASSIGN) {
            if (CONSTANTS.contains(first.text())) {
                throw error(first, "cannot assign to " + first.describe());
            }
            pos += 2;
            return new Expr.Statement(first.text(), expression());
        }
        if (first.kind() == Kind.IDENT && first.text().equals("return")) {
            pos++;
            return new Expr.Statement("RETURN", expression());
        }
        return new Expr.Statement(null, expression());
    }

    private Expr expression() {
        Expr left = operand();
        while (OPERATORS.contains(peek().kind())) {
            Token op = tokens.get(pos++);
            Expr right = operand();
            left = new Expr.Binary(op.kind(), left, right, op, checked(op, Math.max(left.depth(), right.depth()) + 1));
        }
        return left;
    }

    private Expr operand() {
        Token t = tokens.get(pos++);
        switch (t.kind()) {
            case NUMBER, STRING:
                return new Expr.Literal(t.value());
            case IDENT:
                if (peek().kind() == Kind.LPAREN) {
                    pos++;
                    List<Expr> args = nested(t, Kind.RPAREN, "')'");
                    return new Expr.Call(t.text(), args, t, checked(t, Expr.deepest(args) + 1));
                }
                return constantOrVariable(t);
            case LBRACKET:
                List<Expr> items = nested(t, Kind.RBRACKET, "']'");
                return new Expr.ListOf(items, checked(t, Expr.deepest(items) + 1));
            case LBRACE:
                return dict(t);
            case LPAREN:
                enter(t);
                Expr inner = expression();
                expect(Kind.RPAREN, "')'");
                nesting--;
                return inner;
            default:
                throw error(t, "expected a value");
        }
    }

    private Expr constantOrVariable(Token t) {
        return switch (t.text()) {
            case "true", "True" -> new Expr.Literal(Boolean.TRUE);
            case "false", "False" -> new Expr.Literal(Boolean.FALSE);
            case "null" -> new Expr.Literal(null);
            default -> new Expr.Var(t.text(), t);
        };
    }

    /** Comma-separated expressions up to {@code close}; the opening token is consumed. */
    private List<Expr> nested(Token open, Kind close, String closeText) {
        enter(open);
        List<Expr> items = new ArrayList<>();
        if (peek().kind() != close) {
            do {
                items.add(expression());
            } while (accept(Kind.COMMA));
        }
        expect(close, closeText);
        nesting--;
        return items;
    }

    private Expr dict(Token open) {
        enter(open);
        Map<String, Expr> entries = new LinkedHashMap<>();
        int deepest = 0;
        if (peek().kind() != Kind.RBRACE) {
            do {
                Token key = tokens.get(pos++);
                if (key.kind() != Kind.STRING) {
                    throw error(key, "expected a string as dict key");
                }
                expect(Kind.COLON, "':'");
                Expr value = expression();
                deepest = Math.max(deepest, value.depth());
                entries.put((String) key.value(), value);
            } while (accept(Kind.COMMA));
        }
        expect(Kind.RBRACE, "'}'");
        nesting--;
        return new Expr.DictOf(entries, checked(open, deepest + 1));
    }

    private void enter(Token at) {
        if (++nesting > MAX_NESTING) {
            throw new QueryException("Query nests brackets deeper than " + MAX_NESTING + " levels (" + at.where() + ")");
        }
    }

    private int checked(Token at, int depth) {
        if (depth > MAX_DEPTH) {
            throw new QueryException("Expression too deeply nested (more than " + MAX_DEPTH + " levels, " + at.where() + ")");
        }
        return depth;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String text) {
        Token t = peek();
        if (t.kind() != kind) {
            throw error(t, "expected " + text);
        }
        pos++;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token peekAt(int ahead) {
        return tokens.get(Math.min(pos + ahead, tokens.size() - 1));
    }

    private static QueryException error(Token at, String expected) {
        return new QueryException("Syntax error at " + at.where() + ": " + expected + " but found " + at.describe());
    }
}
