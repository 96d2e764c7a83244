package io.stint.activity.api;

import java.util.Collection;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The invoice marks of blocks: an invoicing module records the invoice a block was billed on, and
 * clears it when that invoice is cancelled. The activity module keeps the mark with the block; it
 * is called inside the invoicing module's transaction.
 *
 * @since 1.3
 */
@ProviderType
public interface BlockInvoices {

    /** Marks the blocks with {@code ids} as billed on {@code invoiceNumber} (1–50 characters); answers how many it marked. */
    int mark(Collection<Long> ids, String invoiceNumber);

    /** Clears the mark of the blocks with {@code ids}; answers how many it changed. */
    int release(Collection<Long> ids);

    /** The invoice numbers of those blocks among {@code ids} that carry one, by block id. */
    Map<Long, String> invoiceNumbers(Collection<Long> ids);
}
