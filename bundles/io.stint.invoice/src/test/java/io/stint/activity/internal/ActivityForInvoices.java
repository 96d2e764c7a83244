package io.stint.activity.internal;

import io.stint.activity.api.BlockInvoices;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.internal.segment.SegSettings;
import io.stint.store.api.Transactions;

/**
 * The activity module's real block services for the invoicing tests, wired to a billing module's
 * profile directory as DS would. In activity's package (test class path only): its wiring is
 * package-private.
 */
public final class ActivityForInvoices {

    public final Blocks blocks;
    public final BlockInvoices marks;

    public ActivityForInvoices(Transactions tx, ProfileDirectory profiles) {
        BlockService service = new BlockService(tx, new Segmentation(tx, new SegSettings(120_000, 60_000), 60));
        service.setProfiles(profiles);
        blocks = service;
        marks = new BlockInvoiceService(tx);
    }
}
