package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.refused;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.ExpenseDraft;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;

/** Invoices from time entries: grouping, prices, marks, expenses, and never billing an entry twice. */
class TimeBillingTest {

    private final InvoiceFixture f = new InvoiceFixture();
    private final long acme = f.client("Acme", 9000L);
    private final long website = f.project("Website", acme, 12000L);
    private final long support = f.project("Support", acme, null);

    private JsonNode fromEntries(Actor actor, String json) {
        return tree(f.resource.fromTimeEntries(body(json), as(actor))).get("invoice");
    }

    private String ids(TimeEntry... entries) {
        StringBuilder list = new StringBuilder();
        for (TimeEntry e : entries) {
            list.append(list.length() == 0 ? "" : ", ").append(e.id());
        }
        return "[" + list + "]";
    }

    @Test
    void entriesGroupedByProjectArePricedAtTheProjectsRateElseTheClientsDefault() {
        TimeEntry a = f.entry(1, website, "2026-02-02T09:00:00Z", 90);
        TimeEntry b = f.entry(1, website, "2026-02-03T09:00:00Z", 30);
        TimeEntry c = f.entry(1, support, "2026-02-03T11:00:00Z", 20);
        JsonNode inv = fromEntries(f.alice, "{'time_entry_ids': " + ids(a, b, c) + ", 'group_by': 'project'}");
        JsonNode items = inv.get("items");
        assertEquals(2, items.size());
        assertEquals("Website", items.get(0).get("description").asText());
        assertEquals("2", items.get(0).get("quantity").decimalValue().toPlainString());
        assertEquals("120.00", items.get(0).get("unit_price").decimalValue().toPlainString());
        assertEquals(a.id() + "," + b.id(), items.get(0).get("time_entry_ids").asText());
        assertEquals("Support", items.get(1).get("description").asText());
        assertEquals("0.3333", items.get(1).get("quantity").decimalValue().toPlainString());
        assertEquals("30.00", items.get(1).get("total_amount").decimalValue().toPlainString(), "0.3333 × 90.00 = 29.997");
        assertEquals(acme, inv.get("client_id").asLong(), "the client comes from the entries");
        assertEquals(inv.get("invoice_number").asText(),
                f.tracking.entries.find(new TimeAccess(1, false), a.id()).orElseThrow().invoiceNumber(),
                "the entries carry the invoice number");
    }

    @Test
    void theSameEntryIsNeverBilledTwiceAndAFailedInvoiceLeavesNothing() {
        TimeEntry a = f.entry(1, website, "2026-02-02T09:00:00Z", 60);
        TimeEntry b = f.entry(1, website, "2026-02-03T09:00:00Z", 60);
        fromEntries(f.alice, "{'time_entry_ids': " + ids(a) + "}");
        ApiException again = refused(409, "already_invoiced",
                () -> fromEntries(f.alice, "{'time_entry_ids': " + ids(b, a) + "}"));
        assertTrue(again.getMessage().contains("time entry " + a.id()), again.getMessage());
        assertEquals(1, f.invoiceCount());
        assertEquals(1, f.claimCount());
        assertNull(f.tracking.entries.find(new TimeAccess(1, false), b.id()).orElseThrow().invoiceNumber());
        JsonNode rest = fromEntries(f.alice, "{'client_id': " + acme + ", 'start_date': '2026-02-01', 'end_date': '2026-02-28'}");
        assertEquals(b.id() + "", rest.get("items").get(0).get("time_entry_ids").asText(), "the filter skips what was billed");
        assertEquals("INV-20260210-0002", rest.get("invoice_number").asText(), "the refused creation used no number");
        refused(400, "nothing_to_invoice", () -> fromEntries(f.alice, "{'client_id': " + acme + "}"));
    }

    @Test
    void cancellingAnInvoiceFreesItsEntriesForAnother() {
        TimeEntry a = f.entry(1, website, "2026-02-02T09:00:00Z", 60);
        long id = fromEntries(f.alice, "{'time_entry_ids': " + ids(a) + "}").get("id").asLong();
        f.resource.cancel(Long.toString(id), as(f.alice));
        assertNull(f.tracking.entries.find(new TimeAccess(1, false), a.id()).orElseThrow().invoiceNumber());
        assertEquals("cancelled", tree(f.resource.get(Long.toString(id), as(f.alice))).get("invoice").get("status").asText());
        assertEquals(1, fromEntries(f.alice, "{'time_entry_ids': " + ids(a) + "}").get("items").size());
    }

    @Test
    void aUserBillsOnlyTheirOwnEntries() {
        TimeEntry bobs = f.entry(2, website, "2026-02-02T09:00:00Z", 60);
        ApiException e = refused(400, "validation_error", () -> fromEntries(f.alice, "{'time_entry_ids': " + ids(bobs) + "}"));
        assertEquals("Time entry " + bobs.id() + " not found.", e.errors().get("time_entry_ids").get(0));
        refused(400, "nothing_to_invoice", () -> fromEntries(f.alice, "{'project_id': " + website + "}"));
        assertEquals(1, fromEntries(f.root, "{'project_id': " + website + "}").get("items").size(), "an admin bills anyone's");
    }

    @Test
    void withoutAnyRateTheRequestMustNameOneInTheInvoicesCurrency() {
        long globex = f.client("Globex", null);
        long plain = f.project("Plain", globex, null);
        TimeEntry e = f.entry(1, plain, "2026-02-02T09:00:00Z", 45);
        assertTrue(refused(400, "validation_error", () -> fromEntries(f.alice, "{'time_entry_ids': " + ids(e) + "}"))
                .errors().containsKey("hourly_rate"));
        JsonNode yen = fromEntries(f.alice, "{'time_entry_ids': " + ids(e) + ", 'currency_code': 'JPY', 'hourly_rate': 8000}");
        assertEquals("6000", yen.get("total_amount").decimalValue().toPlainString());
        TimeEntry w = f.entry(1, website, "2026-02-04T09:00:00Z", 60);
        assertTrue(refused(400, "validation_error", () -> fromEntries(f.alice, "{'time_entry_ids': " + ids(w)
                + ", 'currency_code': 'USD'}")).errors().get("currency_code").get(0).contains("is in EUR"));
    }

    @Test
    void groupingByDayOrTaskAndAddingBillableExpenses() {
        TimeEntry a = f.entry(1, website, "2026-02-02T09:00:00Z", 60);
        TimeEntry b = f.entry(1, website, "2026-02-02T13:00:00Z", 60);
        f.entry(1, website, "2026-02-03T09:00:00Z", 60);
        long expense = f.tracking.expenses.create(1, new ExpenseDraft(website, null, "Train", null, "travel", 4250L,
                250L, null, LocalDate.of(2026, 2, 2), null, true, true, null)).id();
        f.tracking.expenses.create(1, new ExpenseDraft(website, null, "Lunch", null, "food", 1000L, null, null,
                LocalDate.of(2026, 2, 2), null, false, true, null));
        JsonNode inv = fromEntries(f.alice, "{'client_id': " + acme + ", 'group_by': 'day', 'include_expenses': true}");
        List<String> descriptions = List.of(inv.get("items").get(0).get("description").asText(),
                inv.get("items").get(1).get("description").asText(), inv.get("items").get(2).get("description").asText());
        assertEquals(List.of("Work on 2026-02-02", "Work on 2026-02-03", "Train (travel, 2026-02-02)"), descriptions);
        assertEquals(a.id() + "," + b.id(), inv.get("items").get(0).get("time_entry_ids").asText());
        assertEquals("expense", inv.get("items").get(2).get("kind").asText());
        assertEquals("45.00", inv.get("items").get(2).get("total_amount").decimalValue().toPlainString(), "with its tax");
        assertEquals("405.00", inv.get("subtotal").decimalValue().toPlainString());
        refused(409, "already_invoiced", () -> f.tx.run(c -> SourceClaims.refuseClaimed(c, List.of(Source.expense(expense)))));
    }

    @Test
    void generateFromTimeAddsTheClientsUnbilledTimeToADraft() {
        long id = tree(f.resource.create(body("{'client_id': " + acme + ", 'project_id': " + website + "}"), as(f.alice)))
                .get("invoice").get("id").asLong();
        f.entry(1, website, "2026-02-02T09:00:00Z", 60);
        f.entry(1, support, "2026-02-02T11:00:00Z", 60);
        JsonNode inv = tree(f.resource.generate(Long.toString(id), body("{'start_date': '2026-02-01', 'group_by': 'project'}"),
                as(f.alice))).get("invoice");
        assertEquals(1, inv.get("items").size(), "only the invoice's project");
        assertEquals("120.00", inv.get("subtotal").decimalValue().toPlainString());
        refused(400, "nothing_to_invoice", () -> f.resource.generate(Long.toString(id), body("{}"), as(f.alice)));
    }
}
