package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.refused;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import jakarta.ws.rs.core.Response;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.InvoiceRenderer;

/** {@code GET /invoices/{id}/pdf}: the live renderer gets the invoice as a document; without one, 503. */
class InvoicePdfResourceTest {

    private final InvoiceFixture f = new InvoiceFixture();
    private final String id = Long.toString(tree(f.resource.create(body("{'client_id': " + f.client("Acme", null)
            + ", 'tax_rate': 10, 'items': [{'description': 'Work', 'quantity': 2, 'unit_price': 50}]}"), as(f.alice)))
            .get("invoice").get("id").asLong());

    @Test
    void withoutARendererThePdfIsUnavailable() {
        refused(503, "renderer_unavailable", () -> f.pdf.pdf(id, as(f.alice)));
    }

    @Test
    void theRendererGetsTheInvoiceAsADocumentAndItsBytesAreTheAttachment() {
        AtomicReference<InvoiceDocument> seen = new AtomicReference<>();
        f.pdf.bind(new InvoiceRenderer() {
            @Override
            public String mediaType() {
                return "application/pdf";
            }

            @Override
            public void render(InvoiceDocument invoice, OutputStream out) throws java.io.IOException {
                seen.set(invoice);
                out.write("%PDF-fake".getBytes(StandardCharsets.US_ASCII));
            }
        });
        Response r = f.pdf.pdf(id, as(f.alice));
        assertEquals(200, r.getStatus());
        assertEquals("attachment; filename=\"INV-20260210-0001.pdf\"", r.getHeaderString("Content-Disposition"));
        assertArrayEquals("%PDF-fake".getBytes(StandardCharsets.US_ASCII), (byte[]) r.getEntity());
        InvoiceDocument doc = seen.get();
        assertEquals("INV-20260210-0001", doc.number());
        assertEquals(10000, doc.subtotalMinor());
        assertEquals(1000, doc.taxMinor());
        assertEquals(11000, doc.totalMinor());
        assertEquals("Acme", doc.client().name());
        assertEquals(1, doc.lines().size());
        refused(404, "not_found", () -> f.pdf.pdf(id, as(f.bob)));
    }
}
