package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.refused;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ManualBlock;
import io.stint.billing.api.RateDraft;

/** Invoices from activity blocks, priced through their profiles' rates at the amount in force when each was worked. */
class BlockBillingTest {

    private final InvoiceFixture f = new InvoiceFixture();
    private final long acme = f.client("Acme", null);
    private final long standard = f.rate("Standard", "EUR", 10000);
    private final long bookkeeping = f.profile(acme, null, "Bookkeeping", standard);

    private long block(long userId, Long profile, String start, long minutes, boolean billable) {
        Instant from = Instant.parse(start);
        return f.activity.blocks.addManual(userId, userId, new ManualBlock(from, from.plusSeconds(minutes * 60), profile,
                "Ledger.xlsx", null, billable)).id();
    }

    private JsonNode fromBlocks(Actor actor, String json) {
        return tree(f.resource.fromBlocks(body(json), as(actor))).get("invoice");
    }

    @Test
    void blocksAreBilledAtTheRateAmountInForceWhenTheyStarted() {
        long early = block(1, bookkeeping, "2026-02-03T09:00:00Z", 90);
        long late = block(1, bookkeeping, "2026-02-06T09:00:00Z", 60);
        block(1, bookkeeping, "2026-02-06T13:00:00Z", 30, false);
        block(1, null, "2026-02-06T15:00:00Z", 30, true);
        f.rates.update(standard, d -> new RateDraft(d.name(), d.currency(), 15000, d.effectiveFrom(), d.effectiveTo(),
                d.active()), true, LocalDate.of(2026, 2, 5));

        JsonNode inv = fromBlocks(f.alice, "{'client_id': " + acme + ", 'start_date': '2026-02-01', 'end_date': '2026-02-09'}");
        JsonNode items = inv.get("items");
        assertEquals(2, items.size(), "one line per price: the rate changed on the 5th");
        assertEquals("Bookkeeping — Standard", items.get(0).get("description").asText());
        assertEquals("1.5", items.get(0).get("quantity").decimalValue().toPlainString());
        assertEquals("100.00", items.get(0).get("unit_price").decimalValue().toPlainString());
        assertEquals("150.00", items.get(1).get("unit_price").decimalValue().toPlainString());
        assertEquals("300.00", inv.get("subtotal").decimalValue().toPlainString(), "1.5 × 100 + 1 × 150");
        assertEquals("EUR", inv.get("currency_code").asText());
        assertEquals(Map.of(early, inv.get("invoice_number").asText(), late, inv.get("invoice_number").asText()),
                f.activity.marks.invoiceNumbers(List.of(early, late)), "the blocks carry the invoice number");

        refused(400, "nothing_to_invoice", () -> fromBlocks(f.alice, "{'profile_ids': [" + bookkeeping
                + "], 'start_date': '2026-02-01', 'end_date': '2026-02-09'}"));
    }

    @Test
    void aCancelledInvoicesBlocksCanBeBilledAgain() {
        long b = block(1, bookkeeping, "2026-02-03T09:00:00Z", 60);
        long id = fromBlocks(f.alice, "{'profile_ids': [" + bookkeeping + "], 'start_date': '2026-02-03', "
                + "'end_date': '2026-02-03'}").get("id").asLong();
        f.resource.cancel(Long.toString(id), as(f.alice));
        assertEquals(Map.of(), f.activity.marks.invoiceNumbers(List.of(b)));
        assertEquals(1, fromBlocks(f.alice, "{'profile_ids': [" + bookkeeping + "], 'start_date': '2026-02-03', "
                + "'end_date': '2026-02-03'}").get("items").size());
    }

    @Test
    void aRateInAnotherCurrencyThanTheInvoicesIsRefusedWithAClearMessage() {
        long zar = f.rate("Rand", "ZAR", 15010);
        long audit = f.profile(acme, null, "Audit", zar);
        block(1, audit, "2026-02-03T09:00:00Z", 60);
        String range = "'start_date': '2026-02-03', 'end_date': '2026-02-03'";
        String message = refused(400, "validation_error", () -> fromBlocks(f.alice, "{'profile_ids': [" + audit + "], "
                + range + ", 'currency_code': 'EUR'}")).errors().get("currency_code").get(0);
        assertTrue(message.contains("Rate Rand is in ZAR; the invoice is in EUR"), message);
        block(1, bookkeeping, "2026-02-03T11:00:00Z", 60);
        assertTrue(refused(400, "validation_error", () -> fromBlocks(f.alice, "{'client_id': " + acme + ", " + range + "}"))
                .errors().get("currency_code").get(0).contains("EUR, ZAR"));
        JsonNode rand = fromBlocks(f.alice, "{'profile_ids': [" + audit + "], " + range + "}");
        assertEquals("ZAR", rand.get("currency_code").asText(), "the rates' one currency by default");
        assertEquals("150.10", rand.get("total_amount").decimalValue().toPlainString());
        assertEquals(1, f.claimCount(), "only the ZAR block is claimed");
    }

    @Test
    void aUserBillsTheirOwnBlocksAndOnlyAnAdminNamesAnotherUser() {
        block(2, bookkeeping, "2026-02-03T09:00:00Z", 60);
        String json = "{'client_id': " + acme + ", 'start_date': '2026-02-03', 'end_date': '2026-02-03'";
        refused(400, "nothing_to_invoice", () -> fromBlocks(f.alice, json + "}"));
        refused(404, "not_found", () -> fromBlocks(f.alice, json + ", 'user_id': 2}"));
        assertEquals(1, fromBlocks(f.root, json + ", 'user_id': 2}").get("items").size());
        assertTrue(refused(400, "validation_error", () -> fromBlocks(f.alice, "{'profile_ids': [999], "
                + "'start_date': '2026-02-03', 'end_date': '2026-02-03'}")).errors().containsKey("profile_ids"));
        assertTrue(refused(400, "validation_error", () -> fromBlocks(f.alice, "{'start_date': '2026-02-03'}"))
                .errors().keySet().containsAll(List.of("end_date", "profile_ids")));
    }

    @Test
    void withoutTheActivityAndBillingModulesBlocksCannotBeBilled() {
        InvoiceService alone = new InvoiceService(f.tx, f.tracking.clients, f.tracking.projects, f.tracking.entries,
                f.settings, new BillingPeers(), f.clock);
        BlockBilling blocks = new BlockBilling(alone, new BillingPeers(), f.tracking.expenses);
        refused(503, "billing_unavailable", () -> blocks.fromBlocks(f.alice, new Header(acme, null, null, null, null,
                null, null, null), new BlockRequest(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), null, null, false)));
    }

    private long block(long userId, Long profile, String start, long minutes) {
        return block(userId, profile, start, minutes, true);
    }
}
