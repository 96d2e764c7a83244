package io.stint.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;

/**
 * Spools an uploaded jar into a temporary file, within the configured size, for the time one
 * change takes; nothing is read while module management is disabled.
 */
@Component(service = Uploads.class)
public final class Uploads {

    private final ModuleManager manager;

    @Activate
    public Uploads(@Reference ModuleManager manager) {
        this.manager = manager;
    }

    /** The jar types an upload may declare. */
    static final Set<String> TYPES = Set.of("application/java-archive", "application/x-java-archive", "application/octet-stream");

    <T> T with(String contentType, InputStream body, Function<Path, T> change) {
        manager.requireEnabled();
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new ApiException(415, "unsupported_media_type", "Unsupported media type",
                    "Send the bundle jar as the body with Content-Type application/java-archive or application/octet-stream.", null);
        }
        Path jar = null;
        try {
            jar = Files.createTempFile("stint-upload-", ".jar");
            copy(body, jar, manager.uploadLimit());
            return change.apply(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (jar != null) {
                try {
                    Files.deleteIfExists(jar);
                } catch (IOException e) {
                    // a temporary file; the system cleans its folder
                }
            }
        }
    }

    static void copy(InputStream body, Path target, long limit) throws IOException {
        byte[] buffer = new byte[65536];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n; (n = body.read(buffer)) > 0;) {
                total += n;
                if (total > limit) {
                    throw new ApiException(413, "payload_too_large", "Payload too large",
                            "The bundle is larger than upload.max.bytes (" + limit + " bytes) in etc/io.stint.admin.cfg.", null);
                }
                out.write(buffer, 0, n);
            }
        }
        if (total == 0) {
            throw ApiException.badRequest("not_a_bundle", "The upload is empty; send the bundle jar as the request body.");
        }
    }
}
