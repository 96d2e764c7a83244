package io.stint.invoice.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import io.stint.invoice.api.InvoiceDocument;

/** An invoice rendered by the real renderer and read back page by page with PDFBox. */
record Rendered(byte[] pdf, List<String> pages) {

    static Rendered of(InvoiceDocument invoice) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfInvoiceRenderer().render(invoice, out);
            byte[] pdf = out.toByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                stripper.setLineSeparator("\n");
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    pages.add(stripper.getText(document));
                }
                return new Rendered(pdf, List.copyOf(pages));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All pages' text. */
    String text() {
        return String.join("", pages);
    }

    /** The text as lines, as PDFBox lays them out by position. */
    List<String> lines() {
        return text().lines().map(String::strip).toList();
    }

    String lastPage() {
        return pages.get(pages.size() - 1);
    }
}
