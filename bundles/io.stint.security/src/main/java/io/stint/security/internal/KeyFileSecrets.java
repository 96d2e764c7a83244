package io.stint.security.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.security.api.Secrets;

/**
 * {@link Secrets} with AES-256-GCM under a key kept in {@code $STINT_DATA/keys/secrets.key}
 * (base64, owner-only), made on first use; also the source of this bundle's other keys.
 */
@Component(service = { Secrets.class, KeyFileSecrets.class })
public final class KeyFileSecrets implements Secrets {

    static final String FOLDER = "keys";
    static final String FILE = "secrets.key";
    static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String CIPHER = "AES/GCM/NoPadding";
    /** Binds a sealed text to its format version: a v1 body cannot be replayed as another version. */
    private static final byte[] AAD = PREFIX.getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(KeyFileSecrets.class);

    private final Path keyFile;
    private SecretKey key;

    @Activate
    public KeyFileSecrets(BundleContext context) {
        this(DataFolder.of(context).resolve(FOLDER).resolve(FILE));
    }

    /** Secrets under the key in {@code keyFile}, made there on first use if it does not exist. */
    public KeyFileSecrets(Path keyFile) {
        this.keyFile = keyFile.toAbsolutePath();
    }

    @Override
    public String seal(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(AAD);
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            ByteBuffer body = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
            return PREFIX + Base64.getEncoder().encodeToString(body.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    @Override
    public String open(String sealed) {
        if (!isSealed(sealed)) {
            throw new IllegalArgumentException("not a sealed text (" + PREFIX + "...)");
        }
        byte[] body;
        try {
            body = Base64.getDecoder().decode(sealed.substring(PREFIX.length()).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a sealed text: its body is not base64");
        }
        if (body.length < IV_BYTES + TAG_BITS / 8) {
            throw new IllegalArgumentException("not a sealed text: too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(CIPHER);
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, body, 0, IV_BYTES));
            cipher.updateAAD(AAD);
            return new String(cipher.doFinal(body, IV_BYTES, body.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new IllegalArgumentException("the sealed text was altered or sealed under another installation's key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    @Override
    public boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX) && text.length() > PREFIX.length();
    }

    /**
     * A 256-bit key for {@code purpose} (HMAC-SHA256 of the purpose under the installation's key), so
     * one key file serves several uses without any two sharing a key.
     */
    byte[] derive(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key().getEncoded(), "HmacSHA256"));
            return mac.doFinal(("stint key: " + purpose).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every Java runtime", e);
        }
    }

    private synchronized SecretKey key() {
        if (key == null) {
            try {
                key = new SecretKeySpec(Files.exists(keyFile) ? KeyFiles.read(keyFile, KEY_BYTES) : make(), "AES");
            } catch (IOException e) {
                throw new IllegalStateException("The secrets key " + keyFile + " could not be read or made: "
                        + e.getClass().getSimpleName() + " " + e.getMessage(), e);
            }
        }
        return key;
    }

    private byte[] make() throws IOException {
        byte[] raw = new byte[KEY_BYTES];
        RANDOM.nextBytes(raw);
        try {
            KeyFiles.create(keyFile, raw);
        } catch (FileAlreadyExistsException e) {
            return KeyFiles.read(keyFile, KEY_BYTES); // another instance made it first: share it
        }
        LOG.info("Made this installation's secrets key in {}; keep it with backups of the data folder", keyFile);
        return raw;
    }
}
