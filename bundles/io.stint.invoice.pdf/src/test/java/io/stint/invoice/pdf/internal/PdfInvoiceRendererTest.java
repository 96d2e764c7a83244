package io.stint.invoice.pdf.internal;

import static io.stint.invoice.pdf.internal.Invoices.CLIENT;
import static io.stint.invoice.pdf.internal.Invoices.invoice;
import static io.stint.invoice.pdf.internal.Invoices.line;
import static io.stint.invoice.pdf.internal.Invoices.payment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.Party;

class PdfInvoiceRendererTest {

    @Test
    void itWritesPdf() throws IOException {
        PdfInvoiceRenderer renderer = new PdfInvoiceRenderer();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(invoice("ZAR", CLIENT, List.of(), 0, "15", 0, List.of(), 0), out);

        assertEquals("application/pdf", renderer.mediaType());
        assertEquals("%PDF-", new String(out.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void aZarInvoicePrintsEveryAmountWithTwoDecimals() {
        Rendered pdf = Rendered.of(invoice("ZAR", CLIENT, List.of(
                line("Design work", "1.50", 120000, 180000),
                line("Copywriting", "0.250", 123450, 30863),
                line("Hosting, March", "1", 1234567, 1234567)),
                1445430, "15", 216815, List.of(), 0));

        assertLines(pdf,
                "Description Quantity Unit price Amount",
                "Design work 1.5 1,200.00 ZAR 1,800.00 ZAR",
                "Copywriting 0.25 1,234.50 ZAR 308.63 ZAR",
                "Hosting, March 1 12,345.67 ZAR 12,345.67 ZAR",
                "Subtotal 14,454.30 ZAR",
                "Tax (15%) 2,168.15 ZAR",
                "Total 16,622.45 ZAR",
                "Paid 0.00 ZAR",
                "Amount due 16,622.45 ZAR");
    }

    @Test
    void aJpyInvoicePrintsWholeYen() {
        Rendered pdf = Rendered.of(invoice("JPY", CLIENT, List.of(
                line("Consulting", "8", 12000, 96000),
                line("Review", "2.5", 12000, 30000)),
                126000, "10", 12600, List.of(payment("2025-03-05", 38600, "card", null)), 38600));

        assertLines(pdf,
                "Consulting 8 12,000 JPY 96,000 JPY",
                "Review 2.5 12,000 JPY 30,000 JPY",
                "Subtotal 126,000 JPY",
                "Tax (10%) 12,600 JPY",
                "Total 138,600 JPY",
                "Paid 38,600 JPY",
                "Amount due 100,000 JPY");
    }

    @Test
    void aBhdInvoicePrintsThreeDecimalsAndAFractionalTaxRate() {
        Rendered pdf = Rendered.of(invoice("BHD", CLIENT, List.of(
                line("Support", "3", 25500, 76500),
                line("Audit", "0.25", 1234567, 308642)),
                385142, "7.50", 28886, List.of(payment("2025-03-07", 14028, "bank_transfer", "BH-7")), 14028));

        assertLines(pdf,
                "Support 3 25.500 BHD 76.500 BHD",
                "Audit 0.25 1,234.567 BHD 308.642 BHD",
                "Subtotal 385.142 BHD",
                "Tax (7.5%) 28.886 BHD",
                "Total 414.028 BHD",
                "Paid 14.028 BHD",
                "Amount due 400.000 BHD");
    }

    @Test
    void aCreditLinePrintsANegativeAmount() {
        Rendered pdf = Rendered.of(invoice("ZAR", CLIENT, List.of(
                line("Design work", "2", 50000, 100000),
                line("Goodwill discount", "1", -5000, -5000)),
                95000, "0", 0, List.of(), 0));

        assertLines(pdf, "Goodwill discount 1 -50.00 ZAR -50.00 ZAR", "Tax (0%) 0.00 ZAR", "Total 950.00 ZAR");
    }

    @Test
    void theIssuerTheClientSnapshotAndTheInvoiceFactsAppear() {
        String text = Rendered.of(invoice("ZAR", CLIENT, List.of(), 0, "15", 0, List.of(), 0)).text();

        for (String expected : List.of("Stint Studio Ltd", "12 Long Street", "Cape Town 8001", "South Africa",
                "billing@stint.example", "Tax ID: ZA4123456789", "INVOICE", "Number INV-2025-0042", "Status Sent",
                "Issue date 2025-03-01", "Due date 2025-03-31", "Bill to", "Karoo Foods (Pty) Ltd", "7 Church Road",
                "Stellenbosch 7600", "accounts@karoo.example", "Tax ID: ZA4987654321", "Project",
                "Website relaunch", "Notes", "Thank you for your business.", "Terms", "Payment within 30 days.")) {
            assertTrue(text.contains(expected), () -> "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void whatIsAbsentIsLeftOut() {
        Party client = new Party("Walk-in Client", null, null, null);
        InvoiceDocument bare = new InvoiceDocument("INV-7", "draft", LocalDate.parse("2025-01-02"),
                LocalDate.parse("2025-01-16"), "ZAR", Invoices.ISSUER, client, null, List.of(), 0,
                BigDecimal.ZERO, 0, 0, List.of(), 0, "unpaid", null, " ");
        String text = Rendered.of(bare).text();

        assertTrue(text.contains("Walk-in Client"), text);
        assertTrue(text.contains("Status Draft"), text);
        assertEquals(1, count(text, "Tax ID:"), "only the issuer has a tax id:\n" + text);
        for (String absent : List.of("Project", "Payments", "Notes", "Terms")) {
            assertFalse(text.contains(absent), () -> "unexpected '" + absent + "' in:\n" + text);
        }
    }

    @Test
    void anInvoiceWithoutLinesRenders() {
        Rendered pdf = Rendered.of(invoice("ZAR", CLIENT, List.of(), 0, "15", 0, List.of(), 0));

        assertEquals(1, pdf.pages().size());
        assertLines(pdf, "Description Quantity Unit price Amount", "No lines.", "Subtotal 0.00 ZAR",
                "Tax (15%) 0.00 ZAR", "Total 0.00 ZAR", "Amount due 0.00 ZAR", "INV-2025-0042 · Page 1 of 1");
    }

    @Test
    void paymentsAreListedWithDateMethodReferenceAndAmount() {
        Rendered pdf = Rendered.of(invoice("ZAR", CLIENT, List.of(line("Design work", "10", 100000, 1000000)),
                1000000, "15", 150000, List.of(
                        payment("2025-03-10", 500000, "bank_transfer", "KF-991"),
                        payment("2025-03-20", 150000, "card", null)), 650000));

        assertLines(pdf, "Payments", "Date Method Reference Amount",
                "2025-03-10 Bank transfer KF-991 5,000.00 ZAR",
                "2025-03-20 Card 1,500.00 ZAR",
                "Paid 6,500.00 ZAR", "Amount due 5,000.00 ZAR");
    }

    @Test
    void aFullyPaidInvoiceOwesNothing() {
        Rendered pdf = Rendered.of(invoice("ZAR", CLIENT, List.of(line("Design work", "1", 10000, 10000)),
                10000, "0", 0, List.of(payment("2025-03-10", 12000, "cash", null)), 12000));

        assertLines(pdf, "Paid 120.00 ZAR", "Amount due 0.00 ZAR");
    }

    @Test
    void nonLatinTextDoesNotStopRenderingAndTheLatinPartSurvives() {
        Party client = new Party("Zoë Ærø 東京", "zoe@example.jp", "東京都千代田区\nChiyoda 100-0001", "Дж-42");
        Rendered pdf = Rendered.of(invoice("JPY", client,
                List.of(line("Übersetzung ins Japanische — 翻訳", "1", 50000, 50000)),
                50000, "10", 5000, List.of(payment("2025-03-10", 5000, "bank_transfer", "振込 42")), 5000));

        for (String expected : List.of("Zoë Ærø ??", "zoe@example.jp", "Chiyoda 100-0001", "Tax ID: ??-42")) {
            assertTrue(pdf.text().contains(expected), () -> "missing '" + expected + "' in:\n" + pdf.text());
        }
        assertLines(pdf, "???????",
                "Übersetzung ins Japanische — ?? 1 50,000 JPY 50,000 JPY",
                "2025-03-10 Bank transfer ?? 42 5,000 JPY");
    }

    private static void assertLines(Rendered pdf, String... expected) {
        List<String> lines = pdf.lines();
        for (String line : expected) {
            assertTrue(lines.contains(line), () -> "no line '" + line + "' in:\n" + String.join("\n", lines));
        }
    }

    static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
