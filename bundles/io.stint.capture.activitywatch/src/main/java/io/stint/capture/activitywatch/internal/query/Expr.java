package io.stint.capture.activitywatch.internal.query;

import java.util.List;
import java.util.Map;

/** The parsed query: expressions and statements. {@code depth} bounds the evaluator's recursion. */
sealed interface Expr {

    int depth();

    /** A number (Double), string, boolean or null. */
    record Literal(Object value) implements Expr {
        public int depth() {
            return 1;
        }
    }

    /** A variable reference. */
    record Var(String name, Token at) implements Expr {
        public int depth() {
            return 1;
        }
    }

    /** {@code name(args…)}. */
    record Call(String name, List<Expr> args, Token at, int depth) implements Expr {
    }

    /** {@code [a, b, …]}. */
    record ListOf(List<Expr> items, int depth) implements Expr {
    }

    /** {@code {"key": value, …}}, keys in the order written. */
    record DictOf(Map<String, Expr> entries, int depth) implements Expr {
    }

    /** {@code left op right}; op is one of {@code + - * / % ==}. */
    record Binary(Token.Kind op, Expr left, Expr right, Token at, int depth) implements Expr {
    }

    /** One statement: {@code target = value} (target null for a bare expression). */
    record Statement(String target, Expr value) {
    }

    static int deepest(List<Expr> exprs) {
        int max = 0;
        for (Expr e : exprs) {
            max = Math.max(max, e.depth());
        }
        return max;
    }
}
