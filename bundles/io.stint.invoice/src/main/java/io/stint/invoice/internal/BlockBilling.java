package io.stint.invoice.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockFilter;
import io.stint.billing.api.Profile;
import io.stint.rest.api.ApiException;
import io.stint.tracking.api.ExpenseService;

/**
 * Invoices from activity blocks: a user's assigned, billable, unbilled blocks in a date range,
 * priced through their profiles' rates at the amount in force when each block started.
 */
@Component(service = BlockBilling.class)
public final class BlockBilling {

    /** Most blocks one invoice bills. */
    static final int MAX_BLOCKS = 20_000;
    private static final int PAGE = 1000;

    private final InvoiceService invoices;
    private final BillingPeers peers;
    private final ExpenseService expenses;

    @Activate
    public BlockBilling(@Reference InvoiceService invoices, @Reference BillingPeers peers,
            @Reference ExpenseService expenses) {
        this.invoices = invoices;
        this.peers = peers;
        this.expenses = expenses;
    }

    /** {@code POST /invoices/from-blocks}: a new draft. */
    Invoice fromBlocks(Actor actor, Header header, BlockRequest r) {
        BillingPeers.Live live = peers.live();
        long owner = r.userId() == null || r.userId() == actor.userId() ? actor.userId() : other(actor, r.userId());
        Instant from = Days.start(r.startDate(), actor.zone());
        Instant until = Days.end(r.endDate(), actor.zone());
        Map<Long, Profile> profiles = new HashMap<>();
        if (r.profileIds() != null) {
            List<String> unknown = new ArrayList<>();
            for (long id : r.profileIds()) {
                live.profiles().find(id).ifPresentOrElse(p -> profiles.put(id, p),
                        () -> unknown.add("Profile " + id + " not found."));
            }
            if (!unknown.isEmpty()) {
                throw ApiException.validation(Map.of("profile_ids", unknown));
            }
        }
        Long client = header.clientId() != null ? header.clientId() : clientOf(profiles.values());
        // segment what was captured up to now first, so the invoice sees every block of the range
        live.blocks().list(new BlockFilter(owner, from, until, null, false, false, 1));
        List<ActivityBlock> candidates = scan(live, owner, from, until);
        return invoices.inTransaction(c -> {
            BlockPricing pricing = new BlockPricing(live, profiles, r.profileIds() != null, client, header.projectId());
            List<BlockPricing.Priced> priced = pricing.price(c, candidates);
            Header h = header.withClient(client);
            if (h.currency() == null) {
                TreeSet<String> currencies = new TreeSet<>();
                priced.forEach(p -> currencies.add(p.currency()));
                if (currencies.size() > 1) {
                    throw ApiException.invalidField("currency_code", "The blocks are priced in "
                            + String.join(", ", currencies) + "; bill each currency on its own invoice (profile_ids).");
                }
                h = currencies.isEmpty() ? h : h.withCurrency(currencies.first());
            }
            return invoices.create(actor, h, (conn, t, none) -> {
                List<Line> lines = new ArrayList<>(pricing.lines(priced, t.currency()));
                if (r.includeExpenses()) {
                    lines.addAll(ExpenseLines.of(conn, expenses, actor, t, r.startDate(), r.endDate()));
                }
                if (lines.isEmpty()) {
                    throw ApiException.badRequest("nothing_to_invoice", "No unbilled, assigned, billable blocks"
                            + (r.includeExpenses() ? " or expenses" : "") + " of " + t.client().name() + " in that range.");
                }
                return lines;
            });
        });
    }

    private static long other(Actor actor, long userId) {
        if (!actor.admin()) {
            throw ApiException.notFound("User");
        }
        return userId;
    }

    private static Long clientOf(java.util.Collection<Profile> profiles) {
        Long client = null;
        for (Profile p : profiles) {
            if (client != null && client != p.clientId()) {
                throw ApiException.invalidField("profile_ids", "The profiles are of several clients; an invoice is for one.");
            }
            client = p.clientId();
        }
        return client;
    }

    /** The user's blocks that start in [from, until), by id. */
    private static List<ActivityBlock> scan(BillingPeers.Live live, long owner, Instant from, Instant until) {
        List<ActivityBlock> found = new ArrayList<>();
        long after = 0;
        while (true) {
            List<ActivityBlock> page = live.blocks().scan(owner, from.toEpochMilli(), until.toEpochMilli(), after, PAGE);
            for (ActivityBlock b : page) {
                if (!b.start().isBefore(from) && b.start().isBefore(until)) {
                    found.add(b);
                }
            }
            if (found.size() > MAX_BLOCKS) {
                throw ApiException.badRequest("too_many_blocks", "More than " + MAX_BLOCKS
                        + " blocks in that range; bill a shorter range.");
            }
            if (page.size() < PAGE) {
                return found;
            }
            after = page.get(page.size() - 1).id();
        }
    }
}
