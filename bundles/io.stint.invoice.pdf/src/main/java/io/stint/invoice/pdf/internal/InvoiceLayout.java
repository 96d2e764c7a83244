package io.stint.invoice.pdf.internal;

import static io.stint.invoice.pdf.internal.Styles.BOLD;
import static io.stint.invoice.pdf.internal.Styles.KEY;
import static io.stint.invoice.pdf.internal.Styles.LABEL;
import static io.stint.invoice.pdf.internal.Styles.NAME;
import static io.stint.invoice.pdf.internal.Styles.REGULAR;
import static io.stint.invoice.pdf.internal.Styles.TITLE;
import static io.stint.invoice.pdf.internal.Styles.cell;
import static io.stint.invoice.pdf.internal.Styles.heading;
import static io.stint.invoice.pdf.internal.Styles.right;
import static io.stint.invoice.pdf.internal.Styles.ruled;

import java.time.LocalDate;
import java.util.Arrays;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.InvoiceLine;
import io.stint.invoice.api.InvoicePayment;
import io.stint.invoice.api.Party;

/** Builds the blocks of one invoice, top to bottom: header, bill-to, lines, totals, payments, notes. */
final class InvoiceLayout {

    private final InvoiceDocument invoice;
    private final Amounts amounts;

    InvoiceLayout(InvoiceDocument invoice) {
        this.invoice = invoice;
        this.amounts = Amounts.of(invoice.currency());
    }

    /** The issuer on the left; "INVOICE", number, status and dates on the right. */
    Element header() {
        PdfPTable header = table(new float[] {55, 45}, 100);
        header.addCell(party(null, invoice.issuer()));
        PdfPTable facts = table(new float[] {45, 55}, 100);
        PdfPCell title = cell("INVOICE", TITLE, Element.ALIGN_RIGHT);
        title.setColspan(2);
        title.setPaddingBottom(8);
        facts.addCell(title);
        fact(facts, "Number", invoice.number());
        fact(facts, "Status", PdfText.label(invoice.status()));
        fact(facts, "Issue date", date(invoice.issueDate()));
        fact(facts, "Due date", date(invoice.dueDate()));
        PdfPCell right = new PdfPCell(facts);
        right.setBorder(Rectangle.NO_BORDER);
        header.addCell(right);
        return header;
    }

    /** "Bill to" with the client's snapshot, and the project when there is one. */
    Element billTo() {
        PdfPTable block = table(new float[] {55, 45}, 100);
        block.setSpacingBefore(18);
        block.addCell(party("Bill to", invoice.client()));
        PdfPCell project = cell("", REGULAR, Element.ALIGN_LEFT);
        if (invoice.projectName() != null && !invoice.projectName().isBlank()) {
            project = stack(line("Project", LABEL), line(invoice.projectName(), BOLD));
        }
        block.addCell(project);
        return block;
    }

    /** The lines; the heading row repeats on every page the table runs onto. */
    Element lines() {
        PdfPTable table = table(new float[] {52, 12, 18, 18}, 100);
        table.setSpacingBefore(18);
        table.setHeaderRows(1);
        table.addCell(heading("Description", Element.ALIGN_LEFT));
        table.addCell(heading("Quantity", Element.ALIGN_RIGHT));
        table.addCell(heading("Unit price", Element.ALIGN_RIGHT));
        table.addCell(heading("Amount", Element.ALIGN_RIGHT));
        for (InvoiceLine line : invoice.lines()) {
            table.addCell(ruled(line.description(), REGULAR, Element.ALIGN_LEFT));
            table.addCell(right(Amounts.quantity(line.quantity()), REGULAR));
            table.addCell(right(amounts.money(line.unitPriceMinor()), REGULAR));
            table.addCell(right(amounts.money(line.amountMinor()), REGULAR));
        }
        if (invoice.lines().isEmpty()) {
            PdfPCell none = ruled("No lines.", REGULAR, Element.ALIGN_LEFT);
            none.setColspan(4);
            table.addCell(none);
        }
        return table;
    }

    /** Subtotal, tax with its rate, total, paid and amount due, kept together on one page. */
    Element totals() {
        PdfPTable totals = table(new float[] {55, 45}, 45);
        totals.setHorizontalAlignment(Element.ALIGN_RIGHT);
        totals.setSpacingBefore(12);
        totals.setKeepTogether(true);
        total(totals, "Subtotal", invoice.subtotalMinor(), REGULAR);
        total(totals, "Tax (" + Amounts.percent(invoice.taxRate()) + ")", invoice.taxMinor(), REGULAR);
        total(totals, "Total", invoice.totalMinor(), BOLD);
        total(totals, "Paid", invoice.paidMinor(), REGULAR);
        total(totals, "Amount due", invoice.dueMinor(), BOLD);
        return totals;
    }

    /** The payments received, or nothing when there are none. */
    Element payments() {
        if (invoice.payments().isEmpty()) {
            return null;
        }
        PdfPTable table = table(new float[] {18, 24, 38, 20}, 100);
        table.setSpacingBefore(18);
        table.setHeaderRows(2);
        PdfPCell title = cell("Payments", BOLD, Element.ALIGN_LEFT);
        title.setColspan(4);
        table.addCell(title);
        table.addCell(heading("Date", Element.ALIGN_LEFT));
        table.addCell(heading("Method", Element.ALIGN_LEFT));
        table.addCell(heading("Reference", Element.ALIGN_LEFT));
        table.addCell(heading("Amount", Element.ALIGN_RIGHT));
        for (InvoicePayment payment : invoice.payments()) {
            table.addCell(ruled(date(payment.date()), REGULAR, Element.ALIGN_LEFT));
            table.addCell(ruled(PdfText.label(payment.method()), REGULAR, Element.ALIGN_LEFT));
            table.addCell(ruled(payment.reference(), REGULAR, Element.ALIGN_LEFT));
            table.addCell(right(amounts.money(payment.amountMinor()), REGULAR));
        }
        return table;
    }

    /** A titled free-text section ("Notes", "Terms"), or nothing when the text is empty. */
    static Element section(String title, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Paragraph section = new Paragraph();
        section.setSpacingBefore(14);
        section.add(new Paragraph(title, BOLD));
        section.add(new Paragraph(12, PdfText.of(text.strip()), REGULAR));
        return section;
    }

    private void total(PdfPTable totals, String label, long minor, Font font) {
        totals.addCell(ruled(label, font, Element.ALIGN_LEFT));
        totals.addCell(right(amounts.money(minor), font));
    }

    private static void fact(PdfPTable facts, String label, String value) {
        facts.addCell(cell(label, KEY, Element.ALIGN_RIGHT));
        facts.addCell(cell(value, REGULAR, Element.ALIGN_RIGHT));
    }

    /** A party as stacked lines: name, address lines, e-mail, tax id — each only when present. */
    private static PdfPCell party(String title, Party party) {
        PdfPCell cell = stack();
        if (title != null) {
            cell.addElement(line(title, LABEL));
        }
        if (party == null) {
            return cell;
        }
        cell.addElement(line(party.name(), NAME));
        if (party.address() != null) {
            Arrays.stream(party.address().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(address -> cell.addElement(line(address, REGULAR)));
        }
        if (party.email() != null && !party.email().isBlank()) {
            cell.addElement(line(party.email().strip(), REGULAR));
        }
        if (party.taxId() != null && !party.taxId().isBlank()) {
            cell.addElement(line("Tax ID: " + party.taxId().strip(), REGULAR));
        }
        return cell;
    }

    private static PdfPCell stack(Paragraph... lines) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        for (Paragraph line : lines) {
            cell.addElement(line);
        }
        return cell;
    }

    private static Paragraph line(String text, Font font) {
        return new Paragraph(font.getSize() + 3, PdfText.of(text), font);
    }

    private static PdfPTable table(float[] widths, float percent) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(percent);
        return table;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
