package io.stint.invoice.pdf.internal;

import static io.stint.invoice.pdf.internal.Invoices.CLIENT;
import static io.stint.invoice.pdf.internal.Invoices.invoice;
import static io.stint.invoice.pdf.internal.Invoices.line;
import static io.stint.invoice.pdf.internal.PdfInvoiceRendererTest.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.stint.invoice.api.InvoiceLine;

/** 200 lines: the table runs over several pages. */
class LongInvoiceTest {

    private static final int LINES = 200;
    private static Rendered pdf;

    @BeforeAll
    static void render() {
        List<InvoiceLine> lines = new ArrayList<>();
        long subtotal = 0;
        for (int i = 1; i <= LINES; i++) {
            // Item n: n quarter-hours at 100.00 an hour.
            long amount = i * 2500L;
            lines.add(line(String.format("Item %03d of the long invoice", i), String.valueOf(i * 0.25), 10000, amount));
            subtotal += amount;
        }
        assertEquals(50250000, subtotal);
        pdf = Rendered.of(invoice("ZAR", CLIENT, lines, subtotal, "15", 7537500, List.of(), 0));
    }

    @Test
    void theTableRunsOverMoreThanOnePage() {
        assertTrue(pdf.pages().size() > 1, "pages: " + pdf.pages().size());
    }

    @Test
    void everyLineAppearsExactlyOnceWithItsNumbers() {
        String text = pdf.text();
        for (int i = 1; i <= LINES; i++) {
            String description = String.format("Item %03d of the long invoice", i);
            assertEquals(1, count(text, description), description);
        }
        List<String> rows = pdf.lines();
        assertTrue(rows.contains("Item 001 of the long invoice 0.25 100.00 ZAR 25.00 ZAR"), text);
        assertTrue(rows.contains("Item 150 of the long invoice 37.5 100.00 ZAR 3,750.00 ZAR"), text);
        assertTrue(rows.contains("Item 200 of the long invoice 50 100.00 ZAR 5,000.00 ZAR"), text);
    }

    @Test
    void theHeadingRowRepeatsOnEveryPage() {
        for (String page : pdf.pages()) {
            assertTrue(page.lines().anyMatch("Description Quantity Unit price Amount"::equals), page);
        }
    }

    @Test
    void theTotalsAreOnTheLastPageOnly() {
        assertTrue(pdf.lastPage().lines().anyMatch("Subtotal 502,500.00 ZAR"::equals), pdf.lastPage());
        assertTrue(pdf.lastPage().lines().anyMatch("Tax (15%) 75,375.00 ZAR"::equals), pdf.lastPage());
        assertTrue(pdf.lastPage().lines().anyMatch("Amount due 577,875.00 ZAR"::equals), pdf.lastPage());
        for (String page : pdf.pages().subList(0, pdf.pages().size() - 1)) {
            assertFalse(page.contains("Subtotal"), page);
        }
    }

    @Test
    void everyPageIsNumbered() {
        int pages = pdf.pages().size();
        for (int i = 0; i < pages; i++) {
            String footer = "INV-2025-0042 · Page " + (i + 1) + " of " + pages;
            assertTrue(pdf.pages().get(i).lines().anyMatch(footer::equals), pdf.pages().get(i));
        }
    }
}
