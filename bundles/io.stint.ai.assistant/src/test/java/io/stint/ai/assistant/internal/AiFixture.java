package io.stint.ai.assistant.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.internal.ActivityForAi;
import io.stint.security.api.Caller;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.internal.TrackingForAi;

/**
 * The helper on real HSQLDB with tracking's and activity's real services, billing's profiles as a
 * stand-in, and a stand-in provider, wired as DS would.
 */
final class AiFixture {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** 11:00 in Berlin on 2026-03-10. */
    static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    static final Caller ALICE = new Caller(1, "alice", Caller.ROLE_USER, BERLIN, Set.of("*"), 1);
    static final Caller BOB = new Caller(2, "bob", Caller.ROLE_USER, BERLIN, Set.of("*"), 2);

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final TestDatabase db = TestDatabase.of(TrackingForAi.MIGRATIONS, ActivityForAi.MIGRATIONS,
            TestDatabase.MODULE_MIGRATIONS);
    final TrackingForAi tracking = new TrackingForAi(db.transactions(), clock);
    final StandInProfiles profiles = new StandInProfiles();
    final Blocks blocks = ActivityForAi.blocks(db.transactions(), profiles);
    final Peers peers = new Peers();
    final ProviderChoice providers = new ProviderChoice();
    final StandInProvider provider = new StandInProvider("standin");

    AiFixture() {
        peers.timeEntries = tracking.timeEntries;
        peers.timer = tracking.timer;
        peers.projects = tracking.projects;
        peers.tasks = tracking.tasks;
        peers.blocks = blocks;
        peers.profiles = profiles;
        providers.addProvider(provider, Map.of("service.ranking", 0, "service.id", 1L));
    }

    ContextBuilder context(Options options) {
        return new ContextBuilder(peers, options, clock);
    }

    ChatService chat(Options options) {
        return new ChatService(providers, context(options), peers);
    }

    SuggestionService suggestions(Options options) {
        return new SuggestionService(db.transactions(), providers, peers, options, clock);
    }

    long project(String name) {
        long client = tracking.clients.create(ClientDraft.named(name + " client")).id();
        return tracking.projects.create(ProjectDraft.of(name, client)).id();
    }

    /** A block of {@code user} today, {@code minutes} after 08:00 Berlin, ten minutes long, unassigned. */
    ActivityBlock block(Caller user, long minutes, String title) {
        Instant start = Instant.parse("2026-03-10T07:00:00Z").plusSeconds(minutes * 60);
        return blocks.addManual(user.userId(), user.userId(), new ManualBlock(start, start.plusSeconds(600), null,
                title, null, true));
    }

    static JsonNode json(String text) {
        return AiJson.read(text.replace('\'', '"'));
    }
}
