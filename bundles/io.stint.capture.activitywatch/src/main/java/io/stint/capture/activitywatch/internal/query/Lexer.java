package io.stint.capture.activitywatch.internal.query;

import java.util.ArrayList;
import java.util.List;

import io.stint.capture.activitywatch.internal.query.Token.Kind;

/**
 * Splits query text into tokens like ActivityWatch's query2 lexer: identifiers, numbers
 * ({@code 12}, {@code 1.5}), strings in double or single quotes (a backslash escapes only the
 * quote), {@code #} comments to the end of the line, operators and punctuation.
 */
final class Lexer {

    private final String src;
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String src) {
        this.src = src;
    }

    static List<Token> tokens(String src) {
        return new Lexer(src).run();
    }

    private List<Token> run() {
        List<Token> out = new ArrayList<>();
        boolean newline = false;
        while (true) {
            newline |= skipBlank();
            if (pos >= src.length()) {
                out.add(new Token(Kind.EOF, "", null, line, column(pos), newline));
                return out;
            }
            out.add(next(newline));
            newline = false;
        }
    }

    /** Skips whitespace and comments; true when a line break was among them. */
    private boolean skipBlank() {
        boolean newline = false;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                newline = true;
                pos++;
                line++;
                lineStart = pos;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        return newline;
    }

    private Token next(boolean newline) {
        int start = pos;
        int col = column(start);
        char c = src.charAt(pos);
        if (c == '"' || c == '\'') {
            return string(c, col, newline);
        }
        if (isDigit(c)) {
            while (pos < src.length() && isDigit(src.charAt(pos))) {
                pos++;
            }
            if (pos < src.length() && src.charAt(pos) == '.') {
                pos++;
                while (pos < src.length() && isDigit(src.charAt(pos))) {
                    pos++;
                }
            }
            String text = src.substring(start, pos);
            double value = Double.parseDouble(text);
            if (Double.isInfinite(value)) {
                throw new QueryException("Number too large at line " + line + ", column " + col);
            }
            return new Token(Kind.NUMBER, text, value, line, col, newline);
        }
        if (isIdentStart(c)) {
            while (pos < src.length() && (isIdentStart(src.charAt(pos)) || isDigit(src.charAt(pos)))) {
                pos++;
            }
            String text = src.substring(start, pos);
            return new Token(Kind.IDENT, text, text, line, col, newline);
        }
        pos++;
        Kind kind = switch (c) {
            case '(' -> Kind.LPAREN;
            case ')' -> Kind.RPAREN;
            case '[' -> Kind.LBRACKET;
            case ']' -> Kind.RBRACKET;
            case '{' -> Kind.LBRACE;
            case '}' -> Kind.RBRACE;
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case ';' -> Kind.SEMI;
            case '+' -> Kind.PLUS;
            case '-' -> Kind.MINUS;
            case '*' -> Kind.STAR;
            case '/' -> Kind.SLASH;
            case '%' -> Kind.PERCENT;
            case '=' -> Kind.ASSIGN;
            default -> throw new QueryException("Syntax error at line " + line + ", column " + col
                    + ": unexpected character '" + printable(String.valueOf(c)) + "'");
        };
        if (kind == Kind.ASSIGN && pos < src.length() && src.charAt(pos) == '=') {
            pos++;
            kind = Kind.EQUALS;
        }
        return new Token(kind, src.substring(start, pos), null, line, col, newline);
    }

    private Token string(char quote, int col, boolean newline) {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == quote) {
                pos++;
                return new Token(Kind.STRING, value.toString(), value.toString(), startLine, col, newline);
            }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == quote) {
                value.append(quote);
                pos += 2;
                continue;
            }
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            }
            value.append(c);
            pos++;
        }
        throw new QueryException("Syntax error at line " + startLine + ", column " + col + ": unterminated string");
    }

    private int column(int at) {
        return at - lineStart + 1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Control characters shown as escapes, so an error message stays one readable line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == 0x7f) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
