package io.stint.capture.activitywatch.internal.query;

/** One lexical token of a query, with where it starts (for error messages). */
record Token(Kind kind, String text, Object value, int line, int column, boolean newlineBefore) {

    /** Token kinds; identifiers include the keywords (true, false, null, return). */
    enum Kind {
        IDENT, NUMBER, STRING, LPAREN, RPAREN, LBRACKET, RBRACKET, LBRACE, RBRACE, COMMA, COLON,
        SEMI, ASSIGN, EQUALS, PLUS, MINUS, STAR, SLASH, PERCENT, EOF
    }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of query";
            case STRING -> "string \"" + Lexer.printable(text.length() > 30 ? text.substring(0, 30) + "…" : text) + "\"";
            default -> "'" + Lexer.printable(text.length() > 30 ? text.substring(0, 30) + "…" : text) + "'";
        };
    }

    /** "line L, column C". */
    String where() {
        return "line " + line + ", column " + column;
    }
}
