package io.stint.admin.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Sets one key of a configuration through Configuration Admin (effective at once) and in its
 * {@code etc/} file (FileInstall's, or a new {@code etc/<pid>.cfg}), because this runtime's
 * configuration lasts only as long as the files say.
 */
final class Configs {

    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final BundleContext context;
    private final ConfigurationAdmin cm;

    Configs(BundleContext context, ConfigurationAdmin cm) {
        this.context = context;
        this.cm = cm;
    }

    /** The value of {@code key} in the configuration {@code pid}, or null. */
    Object read(String pid, String key) {
        Configuration config = existing(pid);
        return config == null || config.getProperties() == null ? null : config.getProperties().get(key);
    }

    /**
     * Sets {@code key} to {@code value} (null removes it); the file gets {@code fileValue}, the
     * value as FileInstall reads it back, and starts with {@code header} when it is new.
     */
    void write(String pid, String key, Object value, String fileValue, String header) {
        if (value == null && existing(pid) == null) {
            return; // nothing to remove; do not create an empty configuration
        }
        try {
            Configuration config = cm.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
            if (value == null) {
                properties.remove(key);
            } else {
                properties.put(key, value);
            }
            config.update(properties);
            Path file = file(pid, properties.get(FILE_PROPERTY));
            if (file != null && (value != null || Files.exists(file))) {
                String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : header;
                Files.writeString(file, CfgFile.set(text, key, value == null ? null : fileValue), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the configuration " + pid, e);
        }
    }

    private Configuration existing(String pid) {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code .cfg} file FileInstall read {@code pid} from, else a new one in {@code etc/}, if there is one. */
    private Path file(String pid, Object fileInstalled) {
        if (fileInstalled != null) {
            try {
                return Path.of(URI.create(fileInstalled.toString()));
            } catch (IllegalArgumentException e) {
                return Path.of(fileInstalled.toString());
            }
        }
        String home = context.getProperty("stint.home");
        Path etc = home == null ? null : Path.of(home, "etc");
        return etc != null && Files.isDirectory(etc) ? etc.resolve(pid + ".cfg") : null;
    }
}
