package io.stint.invoice.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.stint.activity.api.BlockInvoices;
import io.stint.activity.api.Blocks;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.Rates;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;

/**
 * The activity and billing modules' services, when they run: invoices from time entries and
 * expenses work without them; invoices from blocks answer 503 until they are back.
 */
@Component(service = BillingPeers.class)
public final class BillingPeers {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Blocks blocks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile BlockInvoices blockInvoices;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Profiles profiles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Rates rates;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Services services;

    /** No peers yet; DS fills them in, tests use {@link #of}. */
    public BillingPeers() {
    }

    static BillingPeers of(Blocks blocks, BlockInvoices marks, Profiles profiles, Rates rates, Services services) {
        BillingPeers peers = new BillingPeers();
        peers.blocks = blocks;
        peers.blockInvoices = marks;
        peers.profiles = profiles;
        peers.rates = rates;
        peers.services = services;
        return peers;
    }

    /** What billing blocks needs, all live, or 503 {@code billing_unavailable}. */
    Live live() {
        Live live = new Live(blocks, blockInvoices, profiles, rates, services);
        if (live.blocks() == null || live.marks() == null || live.profiles() == null || live.rates() == null
                || live.services() == null) {
            throw new ApiException(503, "billing_unavailable", "Billing unavailable",
                    "Invoicing blocks needs the activity and billing modules, which are not running", null);
        }
        return live;
    }

    /** The peers as they were when asked for: one call sees one set. */
    record Live(Blocks blocks, BlockInvoices marks, Profiles profiles, Rates rates, Services services) {
    }
}
