package io.stint.invoice.pdf.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes text printable in the standard PDF fonts, which encode Windows-1252 only: a letter outside
 * it prints as its base letter when it has one ({@code ř} → {@code r}), anything else as {@code ?}.
 */
final class PdfText {

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");

    private PdfText() {
    }

    /** The printable form of {@code text}; null prints as nothing. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        if (text.chars().allMatch(c -> c >= ' ' && c < 0x7f || c == '\n')) {
            return text;
        }
        // NFC first: "e" + combining diaeresis is the encodable "ë".
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        CharsetEncoder encoder = WIN_ANSI.newEncoder();
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(cp -> out.append(printable(cp, encoder)));
        return out.toString();
    }

    private static String printable(int codePoint, CharsetEncoder encoder) {
        if (codePoint == '\n') {
            return "\n";
        }
        if (Character.isISOControl(codePoint)) {
            return codePoint == '\t' || codePoint == '\r' ? " " : "";
        }
        String character = Character.toString(codePoint);
        if (encoder.canEncode(character)) {
            return character;
        }
        String base = Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return !base.isEmpty() && !base.equals(character) && encoder.canEncode(base) ? base : "?";
    }

    /** {@code partially_paid} → {@code Partially paid}, for the codes the API uses as values. */
    static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.trim().replace('_', ' ');
        return of(words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1));
    }
}
