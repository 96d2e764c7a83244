package io.stint.invoice.pdf.internal;

import static io.stint.invoice.pdf.internal.Invoices.CLIENT;
import static io.stint.invoice.pdf.internal.Invoices.invoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

class StreamHandlingTest {

    @Test
    void theCallersStreamStaysOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new PdfInvoiceRenderer().render(invoice("ZAR", CLIENT, List.of(), 0, "15", 0, List.of(), 0), out);

        assertFalse(closed[0]);
        assertTrue(out.size() > 0);
    }

    @Test
    void aFailingStreamSurfacesAsItsOwnIoException() {
        IOException failure = new IOException("disk full");
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw failure;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw failure;
            }
        };

        IOException thrown = assertThrows(IOException.class, () -> new PdfInvoiceRenderer()
                .render(invoice("ZAR", CLIENT, List.of(), 0, "15", 0, List.of(), 0), broken));
        assertEquals("disk full", thrown.getMessage());
    }
}
