package io.stint.activity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ManualBlock;

/** Invoice marks on blocks: set, read back, cleared; the block itself stays as it was. */
class BlockInvoiceServiceTest {

    private final ActivityFixture f = new ActivityFixture();
    private final BlockInvoiceService invoices = new BlockInvoiceService(f.tx);

    private long block(int hour) {
        Instant start = Instant.parse("2026-01-09T00:00:00Z").plusSeconds(hour * 3600L);
        return f.blocks.addManual(ActivityFixture.ALICE, ActivityFixture.ALICE,
                new ManualBlock(start, start.plusSeconds(1800), null, "Call", null, true)).id();
    }

    @Test
    void markedBlocksCarryTheirInvoiceNumberUntilReleased() {
        long a = block(9);
        long b = block(11);
        assertEquals(2, invoices.mark(List.of(a, b, 999_999L), "INV-0001"));
        assertEquals(Map.of(a, "INV-0001", b, "INV-0001"), invoices.invoiceNumbers(List.of(a, b, 999_999L)));
        assertEquals(1, invoices.release(List.of(a)));
        assertEquals(Map.of(b, "INV-0001"), invoices.invoiceNumbers(List.of(a, b)));
        assertEquals("Call", f.blocks.find(ActivityFixture.ALICE, b).orElseThrow().title(), "the block is unchanged");
    }

    @Test
    void aMarkWithoutANumberIsRefused() {
        long a = block(9);
        assertThrows(IllegalArgumentException.class, () -> invoices.mark(List.of(a), " "));
        assertThrows(IllegalArgumentException.class, () -> invoices.mark(List.of(a), "X".repeat(51)));
        assertEquals(Map.of(), invoices.invoiceNumbers(List.of(a)));
    }
}
