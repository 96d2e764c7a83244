package io.stint.ai.openai.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Map;

import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.security.api.Secrets;

/**
 * The API key of the configuration, kept sealed at rest: a plain {@code api.key} is sealed, the
 * configuration updated to hold {@code api.key.sealed} instead, and the {@code .cfg} file it came
 * from (FileInstall's {@code felix.fileinstall.filename}) rewritten the same way, its other lines
 * kept; a sealed key is opened in memory only.
 */
final class KeySealing {

    static final String PLAIN = "api.key";
    static final String SEALED = "api.key.sealed";
    /** Where FileInstall says a configuration came from (a file: URL). */
    static final String FILENAME = "felix.fileinstall.filename";
    private static final Logger LOG = LoggerFactory.getLogger(KeySealing.class);

    private final Secrets secrets;
    private final ConfigurationAdmin configurations;

    KeySealing(Secrets secrets, ConfigurationAdmin configurations) {
        this.secrets = secrets;
        this.configurations = configurations;
    }

    /**
     * The key the configuration {@code properties} of {@code pid} hold, sealing a plain one.
     *
     * @throws IllegalStateException when {@code api.key.sealed} does not open here
     */
    ApiKey keyOf(String pid, Map<String, Object> properties) {
        String plain = text(properties.get(PLAIN));
        if (!plain.isBlank()) {
            replace(pid, secrets.seal(plain.strip()));
            return ApiKey.of(plain);
        }
        String sealed = text(properties.get(SEALED));
        if (sealed.isBlank()) {
            return ApiKey.NONE;
        }
        try {
            return ApiKey.of(secrets.open(sealed.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SEALED + " of " + pid + " does not open with this installation's key ("
                    + e.getMessage() + "): write the API key again as " + PLAIN);
        }
    }

    /** Rewrites the configuration: {@code api.key} out, {@code api.key.sealed} in, all else kept. */
    private void replace(String pid, String sealed) {
        try {
            Configuration[] found = configurations.listConfigurations("(" + Constants.SERVICE_PID + "=" + pid + ")");
            if (found == null || found.length == 0) {
                LOG.warn("The configuration {} was not found: its api.key stays in plain text", pid);
                return;
            }
            Dictionary<String, Object> current = found[0].getProperties();
            Hashtable<String, Object> updated = new Hashtable<>();
            for (Enumeration<String> keys = current.keys(); keys.hasMoreElements();) {
                String name = keys.nextElement();
                updated.put(name, current.get(name));
            }
            updated.remove(PLAIN);
            updated.put(SEALED, sealed);
            found[0].update(updated);
            Object file = current.get(FILENAME);
            if (file != null) {
                ConfigFiles.replaceKey(Path.of(URI.create(file.toString())), PLAIN, SEALED, sealed);
            }
            LOG.info("The API key of {} is now stored sealed (api.key.sealed) instead of in plain text", pid);
        } catch (IOException | InvalidSyntaxException | IllegalStateException | IllegalArgumentException e) {
            LOG.warn("Could not replace api.key of {} by api.key.sealed ({}): it stays in plain text", pid,
                    e.getClass().getSimpleName());
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
