package io.stint.ai.assistant.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;
import io.stint.rest.api.ApiException;

/** The provider in use is the best live one, read at each call. */
class ProviderChoiceTest {

    private final ProviderChoice choice = new ProviderChoice();
    private final StandInProvider ollama = new StandInProvider("ollama");
    private final StandInProvider openai = new StandInProvider("openai");
    private final Conversation hello = new Conversation(List.of(Message.user("hello")), true, null);

    private void add(StandInProvider p, int ranking, long serviceId) {
        choice.addProvider(p, Map.of("service.ranking", ranking, "service.id", serviceId));
    }

    @Test
    void theHighestRankingProviderAnswers() {
        add(openai.reply("from openai"), 5, 1);
        add(ollama.reply("from ollama"), 10, 2);

        ProviderChoice.Answer answer = choice.complete(hello);

        assertEquals("ollama", answer.providerId());
        assertEquals("from ollama", answer.completion().content());
        assertTrue(openai.asked.isEmpty());
    }

    @Test
    void equalRankingsPreferTheOlderService() {
        add(ollama, 0, 7);
        add(openai, 0, 3);

        assertEquals("openai", choice.inUse().orElseThrow().provider().id());
    }

    @Test
    void withNoProviderAChatAnswers503AiUnavailable() {
        ApiException e = assertThrows(ApiException.class, () -> choice.complete(hello));

        assertEquals(503, e.status());
        assertEquals("ai_unavailable", e.errorCode());
    }

    @Test
    void aLiveProviderThatFailsIsReportedNotSilentlyReplaced() {
        add(ollama, 10, 1);
        ollama.down = true;
        add(openai.reply("fallback"), 5, 2);

        ApiException e = assertThrows(ApiException.class, () -> choice.complete(hello));

        assertEquals(503, e.status());
        assertEquals("ai_unavailable", e.errorCode());
        assertTrue(openai.asked.isEmpty(), "no silent failover");
    }

    @Test
    void aProviderThatLeftBetweenCallsIsNeverAskedAgain() {
        add(ollama.reply("first"), 10, 1);
        add(openai.reply("second"), 5, 2);
        assertEquals("ollama", choice.complete(hello).providerId());

        choice.removeProvider(ollama);

        assertEquals("openai", choice.complete(hello).providerId());
        assertEquals(1, ollama.asked.size());
    }

    @Test
    void aProviderUnregisteredWhileAnsweringGivesWayToTheNextWithoutAFailure() {
        add(ollama, 10, 1);
        add(openai.reply("from openai"), 5, 2);
        ollama.during = () -> choice.removeProvider(ollama);

        ProviderChoice.Answer answer = choice.complete(hello);

        assertEquals("openai", answer.providerId());
    }
}
