package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.stint.activity.api.ActivityBlock;
import io.stint.billing.api.Profile;
import io.stint.billing.api.RatePeriod;
import io.stint.billing.api.Service;
import io.stint.rest.api.ApiException;

/**
 * Which blocks are billed and at what price: assigned to one of the chosen profiles (or any
 * profile of the client), billable and not on an invoice; priced at the hourly amount of the
 * profile's rate in force when the block started. A line per profile, service and price; its
 * quantity is the blocks' active time (the gaps inside a block are not billed).
 */
final class BlockPricing {

    /** A block with the profile, service and rate period it is billed by. */
    record Priced(ActivityBlock block, Profile profile, String serviceName, RatePeriod period) {
        String currency() {
            return period.currency();
        }
    }

    private record Key(long profileId, String serviceName, long unitMinor) {
    }

    private final BillingPeers.Live live;
    private final Map<Long, Profile> profiles;
    private final boolean onlyChosen;
    private final Long clientId;
    private final Long projectId;
    private final Map<Long, List<RatePeriod>> periods = new HashMap<>();
    private final Map<Long, String> services = new HashMap<>();

    BlockPricing(BillingPeers.Live live, Map<Long, Profile> chosen, boolean onlyChosen, Long clientId, Long projectId) {
        this.live = live;
        this.profiles = new HashMap<>(chosen);
        this.onlyChosen = onlyChosen;
        this.clientId = clientId;
        this.projectId = projectId;
        for (Profile p : chosen.values()) {
            if (clientId != null && p.clientId() != clientId) {
                throw ApiException.invalidField("profile_ids", "Profile " + p.id() + " is of another client.");
            }
        }
    }

    List<Priced> price(Connection c, List<ActivityBlock> blocks) throws SQLException {
        List<ActivityBlock> chosen = new ArrayList<>();
        for (ActivityBlock b : blocks) {
            if (!b.billable() || b.profileId() == null || (onlyChosen && !profiles.containsKey(b.profileId()))) {
                continue;
            }
            Profile p = profile(b.profileId());
            if (p == null || !Objects.equals(p.clientId(), clientId)
                    || (projectId != null && !projectId.equals(p.projectId()))) {
                continue;
            }
            chosen.add(b);
        }
        List<Source> taken = SourceClaims.claimed(c, chosen.stream().map(b -> Source.block(b.id())).toList());
        List<Priced> priced = new ArrayList<>();
        for (ActivityBlock b : chosen) {
            if (taken.contains(Source.block(b.id()))) {
                continue;
            }
            Profile p = profile(b.profileId());
            List<RatePeriod> rate = periods.computeIfAbsent(p.rateId(), id -> live.rates().periods(id));
            RatePeriod period = RatePeriod.at(rate, b.start()).orElseThrow(() -> ApiException.invalidField("start_date",
                    "Block " + b.id() + " (started " + b.start() + ") falls outside every period of rate "
                            + p.rateName() + "; adjust the rate's effective days or bill another range."));
            priced.add(new Priced(b, p, serviceName(b, p), period));
        }
        return priced;
    }

    /** The lines of {@code priced} in {@code currency}; a rate in another currency is refused, not converted. */
    List<Line> lines(List<Priced> priced, String currency) {
        Map<Key, List<Priced>> groups = new LinkedHashMap<>();
        for (Priced p : priced) {
            if (!p.currency().equals(currency)) {
                throw ApiException.invalidField("currency_code", "Rate " + p.profile().rateName() + " is in "
                        + p.currency() + "; the invoice is in " + currency + ". Bill it on an invoice in "
                        + p.currency() + ".");
            }
            groups.computeIfAbsent(new Key(p.profile().id(), p.serviceName(), p.period().hourlyMinor()),
                    k -> new ArrayList<>()).add(p);
        }
        List<Line> lines = new ArrayList<>();
        groups.forEach((key, members) -> {
            Profile profile = members.get(0).profile();
            long millis = members.stream().mapToLong(m -> m.block().activeMillis()).sum();
            String description = key.serviceName() + " — " + profile.rateName()
                    + (profile.projectName() != null ? " (" + profile.projectName() + ")" : "");
            lines.add(new Line(description, Hours.ofMillis(millis), key.unitMinor(), Line.TIME,
                    members.stream().map(m -> Source.block(m.block().id())).toList()));
        });
        return lines;
    }

    private Profile profile(long id) {
        return profiles.computeIfAbsent(id, k -> live.profiles().find(k).orElse(null));
    }

    /** A rule may bill a block as another service than its profile's. */
    private String serviceName(ActivityBlock b, Profile p) {
        if (b.serviceId() == null || b.serviceId() == p.serviceId()) {
            return p.serviceName();
        }
        return services.computeIfAbsent(b.serviceId(),
                id -> live.services().find(id).map(Service::name).orElse(p.serviceName()));
    }
}
