package io.stint.invoice.pdf.internal;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;

/** The invoice's fonts (standard Helvetica, never embedded) and cell shapes. */
final class Styles {

    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color RULE = new Color(0xcc, 0xcc, 0xcc);
    static final Color SHADE = new Color(0xee, 0xee, 0xee);

    static final Font REGULAR = new Font(Font.HELVETICA, 9, Font.NORMAL);
    static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    static final Font LABEL = new Font(Font.HELVETICA, 8, Font.BOLD, GREY);
    /** Same size as {@link #REGULAR}, so a label and its value share a baseline. */
    static final Font KEY = new Font(Font.HELVETICA, 9, Font.NORMAL, GREY);
    static final Font NAME = new Font(Font.HELVETICA, 12, Font.BOLD);
    static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD);

    private Styles() {
    }

    /** A borderless cell; {@code text} is made printable first. */
    static PdfPCell cell(String text, Font font, int align) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfText.of(text), font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        return cell;
    }

    /** A table cell with a thin rule below it. */
    static PdfPCell ruled(String text, Font font, int align) {
        PdfPCell cell = cell(text, font, align);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingBottom(4);
        return cell;
    }

    /** A shaded column heading. */
    static PdfPCell heading(String text, int align) {
        PdfPCell cell = ruled(text, BOLD, align);
        cell.setBackgroundColor(SHADE);
        return cell;
    }

    static PdfPCell right(String text, Font font) {
        return ruled(text, font, Element.ALIGN_RIGHT);
    }
}
