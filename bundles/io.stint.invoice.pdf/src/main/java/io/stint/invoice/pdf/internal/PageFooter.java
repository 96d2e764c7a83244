package io.stint.invoice.pdf.internal;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** Writes "INV-1 · Page 2 of 3" at the foot of every page; the page count is filled in at the end. */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8;

    private final String prefix;
    private final BaseFont font;
    private PdfTemplate pageCount;

    PageFooter(String invoiceNumber) {
        this.prefix = invoiceNumber.isEmpty() ? "" : invoiceNumber + " \u00b7 ";
        this.font = Styles.REGULAR.getCalculatedBaseFont(false);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        pageCount = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        String text = prefix + "Page " + writer.getPageNumber() + " of ";
        float width = font.getWidthPoint(text, SIZE);
        float x = document.right() - width - font.getWidthPoint("000", SIZE);
        float y = document.bottom() - 20;
        PdfContentByte canvas = writer.getDirectContent();
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(x, y);
        canvas.showText(text);
        canvas.endText();
        canvas.addTemplate(pageCount, x + width, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        // The writer has already moved past the last page when the document closes.
        pageCount.beginText();
        pageCount.setFontAndSize(font, SIZE);
        pageCount.setTextMatrix(0, 0);
        pageCount.showText(String.valueOf(writer.getPageNumber() - 1));
        pageCount.endText();
    }
}
