package io.stint.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * First start: with no users yet, creates {@code admin} (no password) and an {@code admin:all}
 * token, the operator's ({@code STINT_BOOTSTRAP_TOKEN} / {@code stint.bootstrap.token}) or a
 * generated one written to {@code $STINT_DATA/bootstrap-token}, readable by the owner only.
 */
@Component(immediate = true, service = Bootstrap.class)
public final class Bootstrap {

    static final String PROPERTY = "stint.bootstrap.token";
    static final String ENV = "STINT_BOOTSTRAP_TOKEN";
    static final String FILE = "bootstrap-token";
    private static final Logger LOG = LoggerFactory.getLogger(Bootstrap.class);

    @Activate
    public Bootstrap(@Reference UserService users, @Reference TokenService tokens, BundleContext context) {
        String given = context.getProperty(PROPERTY);
        if (given == null || given.isBlank()) {
            given = System.getenv(ENV);
        }
        run(users, tokens, given, DataFolder.of(context));
    }

    /** @return what was done, for tests: {@code exists}, {@code refused}, {@code given} or the written file */
    static String run(UserService users, TokenService tokens, String given, Path dataFolder) {
        if (users.count() > 0) {
            return "exists";
        }
        String secret = given == null || given.isBlank() ? null : given.strip();
        if (secret != null && !TokenSecrets.wellFormed(secret)) {
            LOG.error("{} / {} is not tt_ followed by 32 characters of A-Z a-z 0-9 _ -: no admin account or token created."
                    + " Fix or unset it and restart.", ENV, PROPERTY);
            return "refused";
        }
        String token = secret == null ? TokenSecrets.generate() : secret;
        Path file = dataFolder.resolve(FILE);
        if (secret == null) {
            try {
                writePrivate(file, token + "\n");
            } catch (IOException e) {
                LOG.error("Could not write the bootstrap token to {} ({}): no admin account created", file, e.getMessage());
                return "refused";
            }
        }
        User admin = users.create(new UserChange("admin", null, null, false, "Administrator", false, Caller.ROLE_ADMIN,
                true, "UTC"), false);
        tokens.createWithSecret(admin.id(), "bootstrap", List.of(Scopes.ADMIN_ALL), null, token);
        if (secret == null) {
            LOG.info("First start: created user 'admin' and an admin:all API token; the token is in {}", file.toAbsolutePath());
            return file.toString();
        }
        LOG.info("First start: created user 'admin' with the API token given in {} / {}", ENV, PROPERTY);
        return "given";
    }

    /** Writes {@code text} to a file that only its owner may read or write (0600). */
    static void writePrivate(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } else {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.US_ASCII);
    }
}
