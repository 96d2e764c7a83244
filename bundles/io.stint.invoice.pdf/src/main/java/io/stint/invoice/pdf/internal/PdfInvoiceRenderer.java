package io.stint.invoice.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;

import org.osgi.service.component.annotations.Component;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.InvoiceRenderer;

/**
 * Renders an invoice as an A4 PDF with OpenPDF.
 *
 * <p>Money is printed from minor units with the currency's own number of digits
 * ({@link java.util.Currency#getDefaultFractionDigits()}), {@code ,} between thousands, {@code .}
 * before the decimals and the ISO code after: {@code 1,234.50 ZAR}, {@code 98,000 JPY},
 * {@code 12.345 BHD}, {@code -5.00 ZAR}. Quantities and tax rates print as plain decimals without
 * trailing zeros ({@code 1.5}, {@code 0.25}, {@code Tax (7.5%)}); a quantity shows at most three
 * decimals. Dates are ISO ({@code 2025-03-31}).
 *
 * <p>Text uses the standard Helvetica fonts, which are not embedded (a few kilobytes a page) and
 * encode Windows-1252 only: Western European text prints as given, a letter outside that set prints
 * as its base letter ({@code Dvořák} → {@code Dvorák}) and anything else, such as CJK, as {@code ?}.
 * Rendering never fails on such text. Embedding a Unicode font would lift this at the cost of
 * shipping the font and a much larger file.
 */
@Component(service = InvoiceRenderer.class)
public final class PdfInvoiceRenderer implements InvoiceRenderer {

    public static final String MEDIA_TYPE = "application/pdf";

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public void render(InvoiceDocument invoice, OutputStream out) throws IOException {
        InvoiceLayout layout = new InvoiceLayout(invoice);
        Document document = new Document(PageSize.A4, 40, 40, 40, 50);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, new Unclosed(out));
            writer.setPageEvent(new PageFooter(PdfText.of(invoice.number())));
            document.addTitle(PdfText.of("Invoice " + invoice.number()));
            document.addCreator("Stint");
            document.open();
            add(document, layout.header());
            add(document, layout.billTo());
            add(document, layout.lines());
            add(document, layout.totals());
            add(document, layout.payments());
            add(document, InvoiceLayout.section("Notes", invoice.notes()));
            add(document, InvoiceLayout.section("Terms", invoice.terms()));
            document.close();
        } catch (ExceptionConverter e) {
            // OpenPDF wraps the stream's IOException; the caller should see it as it was.
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        } catch (DocumentException e) {
            throw new IOException("Could not render invoice " + invoice.number() + " as PDF: " + e.getMessage(), e);
        }
    }

    private static void add(Document document, Element element) {
        if (element != null) {
            document.add(element);
        }
    }

    /** Keeps the caller's stream open: the SPI says the renderer does not close it. */
    private static final class Unclosed extends java.io.FilterOutputStream {
        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
