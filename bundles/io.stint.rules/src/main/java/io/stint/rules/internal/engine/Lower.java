package io.stint.rules.internal.engine;

/**
 * Lower case one char at a time, as {@code String.toLowerCase(Locale.ROOT)} does, without making a
 * string. Three kinds of char depend on their neighbours or grow when lowered (surrogates, capital
 * sigma, capital I with dot); for a text holding one, callers lower the whole text instead.
 */
final class Lower {

    private static final char[] ASCII = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
    }

    private Lower() {
    }

    /** Whether {@link #of} is not the char's lower case in every context. */
    static boolean special(char c) {
        return Character.isSurrogate(c) || c == '\u03A3' || c == '\u0130';
    }

    /** The lower case of a char that is not {@link #special}. */
    static char of(char c) {
        return c < 128 ? ASCII[c] : Character.toLowerCase(c);
    }
}
