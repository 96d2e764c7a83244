package io.stint.ai.assistant.internal;

import static io.stint.ai.assistant.internal.AiFixture.ALICE;
import static io.stint.ai.assistant.internal.AiFixture.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockSuggestions;
import io.stint.rest.api.ApiException;

/** Block suggestions: asked once per run, checked, stored, applied only by a person or above the set confidence. */
class SuggestionServiceTest {

    private final AiFixture f = new AiFixture();
    private ActivityBlock first;
    private ActivityBlock second;
    private ActivityBlock bobs;

    @BeforeEach
    void blocksAndProfiles() {
        first = f.block(ALICE, 0, "Editor - site.css");
        second = f.block(ALICE, 30, "Mail");
        bobs = f.block(BOB, 0, "Bob's");
        f.profiles.add(1, "Acme", "Site", "Design", true);
        f.profiles.add(2, "Gone", null, "Design", false);
    }

    private String item(long block, long profile, String confidence) {
        return "{\"block_id\": " + block + ", \"profile_id\": " + profile + ", \"confidence\": \"" + confidence
                + "\", \"reason\": \"css files\"}";
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> answer, String key) {
        return (List<Map<String, Object>>) answer.get(key);
    }

    @Test
    void aRunAsksOnceAndStoresOnlyTheValidSuggestions() {
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 1, "MEDIUM") + ", " + item(bobs.id(), 1, "HIGH") + ", "
                + item(second.id(), 2, "HIGH") + "]}");

        Map<String, Object> answer = f.suggestions(Options.defaults()).run(ALICE, null);

        assertEquals(1, f.provider.asked.size());
        assertEquals(List.of(first.id()), list(answer, "suggestions").stream().map(s -> s.get("block_id")).toList());
        assertEquals("pending", list(answer, "suggestions").get(0).get("status"));
        assertEquals(List.of("block_id is not one of the caller's blocks that need review.",
                "profile_id is not an active profile."), list(answer, "rejected").stream().map(r -> r.get("reason")).toList());
        assertNull(f.blocks.find(ALICE.userId(), first.id()).orElseThrow().profileId(), "nothing applied");
    }

    @Test
    void theQuestionListsTheCallersReviewableBlocksAndActiveProfilesAsData() {
        f.blocks.lock(ALICE.userId(), ALICE.userId(), second.id(), true);
        f.provider.reply("{\"suggestions\": []}");

        f.suggestions(Options.defaults()).run(ALICE, null);

        String data = f.provider.asked.get(0).messages().get(1).content();
        assertTrue(data.startsWith(Prompts.OPEN) && data.endsWith(Prompts.CLOSE));
        assertTrue(data.contains("Editor - site.css"));
        assertFalse(data.contains("Mail"), "a locked block is not offered");
        assertFalse(data.contains("Bob's"));
        assertFalse(data.contains("Gone"), "a deleted profile is not offered");
    }

    @Test
    void underPrivacyTheQuestionHoldsNoTitles() {
        f.provider.reply("{\"suggestions\": []}");

        f.suggestions(new Options(true, 20, null, 8000)).run(ALICE, null);

        assertFalse(f.provider.asked.get(0).messages().get(1).content().contains("site.css"));
    }

    @Test
    void aNewRunReplacesTheBlocksPendingSuggestion() {
        SuggestionService service = f.suggestions(Options.defaults());
        f.profiles.add(3, "Other", null, "Dev", true);
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 1, "LOW") + "]}");
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 3, "MEDIUM") + "]}");

        service.run(ALICE, null);
        service.run(ALICE, null);

        List<Map<String, Object>> pending = service.list(ALICE, null, "pending");
        assertEquals(1, pending.size());
        assertEquals(3L, pending.get(0).get("profile_id"));
        assertEquals(Map.of(first.id(), new BlockSuggestions.Suggestion(3, "MEDIUM", "css files")),
                service.pending(ALICE.userId(), List.of(first.id(), second.id())));
    }

    @Test
    void acceptingAppliesTheSuggestionAsThePerson() {
        SuggestionService service = f.suggestions(Options.defaults());
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 1, "MEDIUM") + "]}");
        long id = (Long) list(service.run(ALICE, null), "suggestions").get(0).get("id");

        service.accept(ALICE, id);

        ActivityBlock b = f.blocks.find(ALICE.userId(), first.id()).orElseThrow();
        assertEquals(1L, b.profileId());
        assertEquals("USER", b.assignedBy());
        assertEquals("accepted", service.list(ALICE, null, null).get(0).get("status"));
        assertTrue(service.pending(ALICE.userId(), List.of(first.id())).isEmpty());
        ApiException again = assertThrows(ApiException.class, () -> service.reject(ALICE, id));
        assertEquals(409, again.status());
    }

    @Test
    void rejectingLeavesTheBlockAloneAndAnotherUsersSuggestionIsNotFound() {
        SuggestionService service = f.suggestions(Options.defaults());
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 1, "MEDIUM") + "]}");
        long id = (Long) list(service.run(ALICE, null), "suggestions").get(0).get("id");

        assertEquals(404, assertThrows(ApiException.class, () -> service.accept(BOB, id)).status());
        service.reject(ALICE, id);

        assertNull(f.blocks.find(ALICE.userId(), first.id()).orElseThrow().profileId());
        assertEquals("rejected", service.list(ALICE, null, null).get(0).get("status"));
    }

    @Test
    void autoApplyAppliesSuggestionsAtOrAboveItsConfidenceOnly() {
        SuggestionService service = f.suggestions(new Options(false, 20, "HIGH", 8000));
        f.provider.reply("{\"suggestions\": [" + item(first.id(), 1, "HIGH") + ", " + item(second.id(), 1, "MEDIUM") + "]}");

        Map<String, Object> answer = service.run(ALICE, null);

        assertEquals(List.of("applied", "pending"), list(answer, "suggestions").stream().map(s -> s.get("status")).toList());
        ActivityBlock applied = f.blocks.find(ALICE.userId(), first.id()).orElseThrow();
        assertEquals(1L, applied.profileId());
        assertEquals("HIGH", applied.confidence());
        assertEquals("USER", applied.assignedBy());
        assertNull(f.blocks.find(ALICE.userId(), second.id()).orElseThrow().profileId());
    }

    @Test
    void anAnswerThatIsNotJsonStoresNothing() {
        f.provider.reply("I think block 1 is Acme.");

        Map<String, Object> answer = f.suggestions(Options.defaults()).run(ALICE, null);

        assertTrue(list(answer, "suggestions").isEmpty());
        assertEquals(1, list(answer, "rejected").size());
    }

    @Test
    void aDayWithNothingToReviewDoesNotAskTheProvider() {
        Map<String, Object> answer = f.suggestions(Options.defaults()).run(ALICE, java.time.LocalDate.of(2026, 3, 9));

        assertTrue(list(answer, "suggestions").isEmpty());
        assertTrue(f.provider.asked.isEmpty());
    }
}
