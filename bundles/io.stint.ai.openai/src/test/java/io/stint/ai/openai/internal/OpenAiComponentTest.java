package io.stint.ai.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stint.ai.api.AiProvider;
import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;
import io.stint.security.api.Secrets;
import io.stint.security.internal.KeyFileSecrets;

/**
 * The component's life: sealing a plain key through Configuration Admin, opening a sealed one, and
 * the service it registers. Configuration Admin and the bundle context are the in-test
 * {@link StandIns}; {@link Secrets} is the security module's real implementation on a temporary
 * data folder; the provider talks to {@link ChatServer}.
 */
class OpenAiComponentTest {

    private static final String PID = OpenAiConfig.PID;
    private static final String KEY = "sk-test-4f9a1c2b3d4e5f60";
    private static final String FILE = "file:/opt/stint/etc/io.stint.ai.openai.cfg";
    private static final Conversation CHAT = new Conversation(List.of(Message.user("Summarise my day.")), false, null);

    @TempDir
    Path data;

    private final ChatServer server = new ChatServer();
    private final StandIns.Context osgi = new StandIns.Context();

    @AfterEach
    void stop() {
        server.close();
    }

    private Secrets secrets() {
        return new KeyFileSecrets(data.resolve("keys").resolve("secrets.key"));
    }

    private Map<String, Object> configuration(Object... more) {
        Map<String, Object> properties = new HashMap<>(Map.of("service.pid", PID, "felix.fileinstall.filename", FILE,
                "base.url", server.baseUrl(), "model", "gpt-4o-mini"));
        for (int i = 0; i < more.length; i += 2) {
            properties.put((String) more[i], more[i + 1]);
        }
        return properties;
    }

    private OpenAiComponent activate(Map<String, Object> properties, Secrets secrets, StandIns.ConfigAdmin admin) {
        return new OpenAiComponent(osgi.context, Configs.openAi(properties), properties, secrets, admin.admin);
    }

    private String authorizationOf(StandIns.Registration registration) {
        ((AiProvider) registration.service).complete(CHAT);
        return server.received().get(server.received().size() - 1).header("Authorization");
    }

    @Test
    void aPlainKeyIsReplacedInTheConfigurationByItsSealedForm() {
        Secrets secrets = secrets();
        Map<String, Object> properties = configuration("api.key", KEY);
        StandIns.ConfigAdmin admin = new StandIns.ConfigAdmin(PID, properties);

        activate(properties, secrets, admin);

        assertEquals(1, admin.updates.size());
        Map<String, Object> updated = admin.updates.get(0);
        assertNull(updated.get("api.key"));
        String sealed = (String) updated.get("api.key.sealed");
        assertTrue(secrets.isSealed(sealed), sealed);
        assertFalse(sealed.contains(KEY));
        assertEquals(KEY, secrets.open(sealed));
        assertEquals(FILE, updated.get("felix.fileinstall.filename"), "FileInstall finds the file to write back");
        assertEquals(server.baseUrl(), updated.get("base.url"));
        assertEquals("Bearer " + KEY, authorizationOf(osgi.last()));
    }

    @Test
    void theSealedConfigurationThatFollowsIsUsedAndLeftAlone() {
        Secrets secrets = secrets();
        Map<String, Object> properties = configuration("api.key", KEY);
        StandIns.ConfigAdmin admin = new StandIns.ConfigAdmin(PID, properties);
        OpenAiComponent component = activate(properties, secrets, admin);

        Map<String, Object> sealed = new HashMap<>(admin.properties);
        component.modified(Configs.openAi(sealed), sealed);

        assertEquals(1, admin.updates.size(), "a sealed key is not sealed again");
        assertEquals(List.of("register 1", "register 2", "unregister 1"), osgi.events,
                "the new provider is registered before the old one goes, so there is always one");
        assertEquals("Bearer " + KEY, authorizationOf(osgi.last()));
    }

    @Test
    void aSealedKeyIsOpenedInMemoryOnly() {
        Secrets secrets = secrets();
        Map<String, Object> properties = configuration("api.key.sealed", secrets.seal(KEY));
        StandIns.ConfigAdmin admin = new StandIns.ConfigAdmin(PID, properties);

        activate(properties, secrets, admin);

        assertTrue(admin.updates.isEmpty());
        assertEquals("Bearer " + KEY, authorizationOf(osgi.last()));
    }

    @Test
    void theServiceCarriesAnIntegerRankingAndNeverTheKey() {
        Map<String, Object> properties = configuration("api.key", KEY, "service.ranking", "7");
        activate(properties, secrets(), new StandIns.ConfigAdmin(PID, properties));

        StandIns.Registration registration = osgi.last();
        assertEquals(Integer.valueOf(7), registration.properties.get("service.ranking"));
        assertEquals("openai", registration.properties.get("provider.id"));
        assertEquals(Boolean.TRUE, registration.properties.get("local"));
        assertEquals(PID, registration.properties.get("service.pid"));
        for (String name : Collections.list(registration.properties.keys())) {
            assertFalse(name.startsWith("api.key"), name);
            assertFalse(String.valueOf(registration.properties.get(name)).contains(KEY), name);
        }
    }

    @Test
    void aKeySealedByAnotherInstallationFailsActivationWithoutShowingIt() {
        String foreign = new KeyFileSecrets(data.resolve("other").resolve("secrets.key")).seal(KEY);
        Map<String, Object> properties = configuration("api.key.sealed", foreign);

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> activate(properties, secrets(), new StandIns.ConfigAdmin(PID, properties)));

        assertTrue(e.getMessage().contains("write the API key again as api.key"), e.getMessage());
        assertFalse(e.getMessage().contains(foreign));
        assertTrue(osgi.registrations.isEmpty());
    }

    @Test
    void withoutAKeyNothingIsSealedAndNoHeaderSent() {
        Map<String, Object> properties = configuration();
        StandIns.ConfigAdmin admin = new StandIns.ConfigAdmin(PID, properties);
        activate(properties, secrets(), admin);
        assertTrue(admin.updates.isEmpty());
        assertNull(authorizationOf(osgi.last()));
    }

    @Test
    void aBadChangeRemovesTheProviderAndDeactivationRemovesItToo() {
        Map<String, Object> properties = configuration();
        StandIns.ConfigAdmin admin = new StandIns.ConfigAdmin(PID, properties);
        OpenAiComponent component = activate(properties, secrets(), admin);
        Map<String, Object> bad = configuration("base.url", "ftp://example.org");

        assertThrows(IllegalArgumentException.class, () -> component.modified(Configs.openAi(bad), bad));
        assertFalse(osgi.last().registered);

        component.modified(Configs.openAi(properties), properties);
        assertTrue(osgi.last().registered);
        component.deactivate();
        assertFalse(osgi.last().registered);
    }
}
