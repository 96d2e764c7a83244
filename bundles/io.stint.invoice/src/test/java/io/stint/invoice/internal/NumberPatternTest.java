package io.stint.invoice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Invoice number patterns: placeholders, padding, the counting scope, and what a configuration may not say. */
class NumberPatternTest {

    private static final LocalDate DAY = LocalDate.of(2026, 2, 3);

    @Test
    void theDefaultPatternNumbersByDayWithFourDigits() {
        assertEquals("INV-20260203-0007", NumberPattern.DEFAULT.format(DAY, 7));
        assertEquals("INV-20260203-12345", NumberPattern.DEFAULT.format(DAY, 12345), "a sequence outgrows its padding");
    }

    @Test
    void theSequenceCountsWithinThePatternExpandedWithoutIt() {
        NumberPattern monthly = NumberPattern.of("{PREFIX}/{YYYY}-{MM}/{SEQ}", "ACME", 3);
        assertEquals("ACME/2026-02/001", monthly.format(DAY, 1));
        assertEquals(monthly.scope(DAY), monthly.scope(DAY.plusDays(20)), "one counter for the whole month");
        assertTrue(!NumberPattern.DEFAULT.scope(DAY).equals(NumberPattern.DEFAULT.scope(DAY.plusDays(1))),
                "the default restarts each day");
    }

    @Test
    void unknownPlaceholdersAMissingOrRepeatedSeqAndStrayBracesAreRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{PREFIX}-{YY}-{SEQ}", "INV", 4))
                .getMessage().contains("unknown placeholder {YY}"));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{PREFIX}-{YYYY}", "INV", 4));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{SEQ}-{SEQ}", "INV", 4));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{PREFIX-{SEQ}", "INV", 4));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{PREFIX}-{SEQ}", "IN V", 4));
        assertThrows(IllegalArgumentException.class, () -> NumberPattern.of("{PREFIX}-{SEQ}", "INV", 0));
    }

    @Test
    void aPatternWhoseNumbersWouldNotFitAnInvoiceMarkIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> NumberPattern.of("INVOICE-{PREFIX}-{YYYY}-{MM}-{DD}-{PREFIX}-{SEQ}", "ABCDEFGHIJKLMNOPQRST", 4));
    }

    @Test
    void aRefusedConfigurationFallsBackToTheDefault() {
        assertEquals(NumberPattern.DEFAULT, InvoiceSettings.numbers("{PREFIX}-{WEEK}-{SEQ}", "INV", 4));
        assertEquals("X-0001", InvoiceSettings.numbers("{PREFIX}-{SEQ}", " X ", 4).format(DAY, 1));
    }
}
