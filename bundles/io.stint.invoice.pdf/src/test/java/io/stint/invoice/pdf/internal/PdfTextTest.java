package io.stint.invoice.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PdfTextTest {

    @Test
    void westernEuropeanTextIsKeptAsGiven() {
        assertEquals("Zoë Ærø, Café Straße, 12 €", PdfText.of("Zoë Ærø, Café Straße, 12 €"));
    }

    @Test
    void charactersTheStandardFontsCannotPrintBecomeQuestionMarks() {
        assertEquals("Zoë Ærø ??", PdfText.of("Zoë Ærø 東京"));
        assertEquals("???? ??????", PdfText.of("Иван Петров"));
    }

    @Test
    void aLetterOutsideTheFontsPrintsAsItsBaseLetter() {
        assertEquals("Dvorák", PdfText.of("Dvořák"));
        // Ł is a letter of its own, not L with an accent: it has no base letter to fall back to.
        assertEquals("?ódz", PdfText.of("Łódź"));
    }

    @Test
    void combiningAccentsAreComposedFirst() {
        assertEquals("Zoë", PdfText.of("Zoe\u0308"));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneIsOneQuestionMark() {
        assertEquals("Thanks ?", PdfText.of("Thanks \uD83D\uDE00"));
    }

    @Test
    void controlCharactersDoNotReachThePage() {
        assertEquals("a b\nc", PdfText.of("a\tb\nc\u0007"));
    }

    @Test
    void nullPrintsAsNothing() {
        assertEquals("", PdfText.of(null));
    }

    @Test
    void codesPrintAsLabels() {
        assertEquals("Bank transfer", PdfText.label("bank_transfer"));
        assertEquals("Partially paid", PdfText.label("partially_paid"));
        assertEquals("", PdfText.label(null));
    }
}
