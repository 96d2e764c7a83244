package io.stint.ai.assistant.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockSuggestions;
import io.stint.activity.api.Blocks;
import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;

/**
 * Block suggestions: one question to the provider about a day's blocks that need review, the
 * answers checked and stored; applied when a person accepts them, or at once above the configured
 * confidence. Shown beside the blocks through the activity module's {@link BlockSuggestions} hook.
 */
@Component(service = { SuggestionService.class, BlockSuggestions.class }, configurationPid = AssistantSettings.PID)
@Migrations
public final class SuggestionService implements BlockSuggestions {

    static final int MAX_LISTED = 500;
    static final Set<String> STATUSES = Set.of(StoredSuggestion.PENDING, StoredSuggestion.ACCEPTED, StoredSuggestion.REJECTED,
            StoredSuggestion.APPLIED);

    private final SuggestionStore store;
    private final ProviderChoice providers;
    private final Peers peers;
    private final Options options;
    private final Clock clock;

    @Activate
    public SuggestionService(@Reference Transactions tx, @Reference ProviderChoice providers, @Reference Peers peers,
            AssistantSettings settings) {
        this(tx, providers, peers, Options.of(settings), Clock.systemUTC());
    }

    SuggestionService(Transactions tx, ProviderChoice providers, Peers peers, Options options, Clock clock) {
        this.store = new SuggestionStore(tx);
        this.providers = providers;
        this.peers = peers;
        this.options = options;
        this.clock = clock;
    }

    /** Asks the provider about {@code day}'s blocks of the caller that need review and are not locked. */
    Map<String, Object> run(Caller caller, LocalDate day) {
        ZoneId zone = caller.zone();
        Blocks blocks = required(peers.blocks, "activity");
        Profiles profiles = required(peers.profiles, "billing");
        LocalDate date = day != null ? day : LocalDate.now(clock.withZone(zone));
        Map<Long, ActivityBlock> candidates = ContextBuilder.reviewable(blocks, caller.userId(), date, zone).stream()
                .collect(Collectors.toMap(ActivityBlock::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<Long, Profile> active = profiles.list(true, 0, ContextBuilder.MAX_LISTED).stream()
                .filter(Profile::active)
                .collect(Collectors.toMap(Profile::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Map<String, Object>> stored = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        if (!candidates.isEmpty() && !active.isEmpty()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("blocks", candidates.values().stream().map(b -> Wire.block(b, zone, options.hideTitles())).toList());
            data.put("profiles", active.values().stream().map(ContextBuilder::profile).toList());
            String answer = providers.complete(Prompts.suggestions(data)).completion().content();
            JsonNode root = AiJson.read(answer == null ? "" : answer.strip());
            JsonNode list = root != null && root.isObject() ? root.get("suggestions") : null;
            if (list == null || !list.isArray()) {
                rejected.add(rejection(null, "The model's answer was not {\"suggestions\": [...]}."));
            } else {
                Set<Long> seen = new HashSet<>();
                for (JsonNode item : list) {
                    String problem = problem(item, candidates, active, seen);
                    if (problem != null) {
                        rejected.add(rejection(item, problem));
                    } else {
                        stored.add(store(caller, blocks, candidates.get(item.get("block_id").asLong()), item).wire(zone));
                    }
                }
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", date.toString());
        out.put("suggestions", stored);
        out.put("rejected", rejected);
        return out;
    }

    /** What is wrong with one suggestion of the model, or null. */
    private static String problem(JsonNode item, Map<Long, ActivityBlock> candidates, Map<Long, Profile> active,
            Set<Long> seen) {
        if (item == null || !item.isObject()) {
            return "A suggestion must be a JSON object.";
        }
        JsonNode block = item.get("block_id");
        JsonNode profile = item.get("profile_id");
        JsonNode confidence = item.get("confidence");
        JsonNode reason = item.get("reason");
        if (block == null || !block.isIntegralNumber() || !candidates.containsKey(block.asLong())) {
            return "block_id is not one of the caller's blocks that need review.";
        }
        if (!seen.add(block.asLong())) {
            return "A second suggestion for the same block.";
        }
        if (profile == null || !profile.isIntegralNumber() || !active.containsKey(profile.asLong())) {
            return "profile_id is not an active profile.";
        }
        if (confidence == null || !confidence.isTextual() || !Options.CONFIDENCES.contains(confidence.asText())) {
            return "confidence must be HIGH, MEDIUM or LOW.";
        }
        if (reason != null && !reason.isNull() && (!reason.isTextual() || reason.asText().length() > 500)) {
            return "reason must be text of at most 500 characters.";
        }
        return null;
    }

    /** Stores a checked suggestion; applies it at once when its confidence reaches the configured level. */
    private StoredSuggestion store(Caller caller, Blocks blocks, ActivityBlock block, JsonNode item) {
        String confidence = item.get("confidence").asText();
        String reason = item.path("reason").isTextual() ? item.get("reason").asText().strip() : null;
        StoredSuggestion s = store.replacePending(caller.userId(), block.id(), block.start(), item.get("profile_id").asLong(),
                confidence, reason, clock.instant());
        if (options.appliesItself(confidence)) {
            try {
                blocks.reassign(caller.userId(), caller.userId(), block.id(), s.profileId(), confidence);
                store.decide(caller.userId(), s.id(), StoredSuggestion.APPLIED, clock.instant());
                return store.find(caller.userId(), s.id()).orElseThrow();
            } catch (ApiException e) {
                // the block or profile changed meanwhile: it stays for a person to decide
            }
        }
        return s;
    }

    List<Map<String, Object>> list(Caller caller, LocalDate day, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ApiException.invalidField("status", "Must be one of: accepted, applied, pending, rejected.");
        }
        Instant from = day == null ? null : day.atStartOfDay(caller.zone()).toInstant();
        Instant to = day == null ? null : day.plusDays(1).atStartOfDay(caller.zone()).toInstant();
        return store.list(caller.userId(), from, to, status, MAX_LISTED).stream().map(s -> s.wire(caller.zone()))
                .toList();
    }

    /** Applies a pending suggestion as the person: the block goes to the suggested profile. */
    Map<String, Object> accept(Caller caller, long id) {
        StoredSuggestion s = pendingOne(caller, id);
        Blocks blocks = required(peers.blocks, "activity");
        ActivityBlock b = blocks.reassign(caller.userId(), caller.userId(), s.blockId(), s.profileId(), null);
        if (!store.decide(caller.userId(), id, StoredSuggestion.ACCEPTED, clock.instant())) {
            throw ApiException.conflict("already_decided", "The suggestion was decided meanwhile");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suggestion", store.find(caller.userId(), id).orElseThrow().wire(caller.zone()));
        out.put("block", Wire.assigned(b, caller.zone()));
        return out;
    }

    Map<String, Object> reject(Caller caller, long id) {
        pendingOne(caller, id);
        if (!store.decide(caller.userId(), id, StoredSuggestion.REJECTED, clock.instant())) {
            throw ApiException.conflict("already_decided", "The suggestion was decided meanwhile");
        }
        return Map.of("suggestion", store.find(caller.userId(), id).orElseThrow().wire(caller.zone()));
    }

    @Override
    public Map<Long, BlockSuggestions.Suggestion> pending(long userId, Collection<Long> blockIds) {
        Map<Long, BlockSuggestions.Suggestion> found = new HashMap<>();
        for (StoredSuggestion s : store.pending(userId, blockIds)) {
            found.put(s.blockId(), new BlockSuggestions.Suggestion(s.profileId(), s.confidence(), s.reason()));
        }
        return found;
    }

    private StoredSuggestion pendingOne(Caller caller, long id) {
        StoredSuggestion s = store.find(caller.userId(), id).orElseThrow(() -> ApiException.notFound("Suggestion"));
        if (!StoredSuggestion.PENDING.equals(s.status())) {
            throw ApiException.conflict("already_decided", "The suggestion is already " + s.status());
        }
        return s;
    }

    private static Map<String, Object> rejection(JsonNode suggestion, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suggestion", suggestion);
        m.put("reason", reason);
        return m;
    }

    private static <T> T required(T service, String module) {
        if (service == null) {
            throw new ApiException(503, "service_unavailable", "Service unavailable",
                    "The " + module + " module is not running", null);
        }
        return service;
    }
}
