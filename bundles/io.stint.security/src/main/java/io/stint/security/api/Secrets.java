package io.stint.security.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Seals small secrets (API keys of services Stint calls) for storage at rest, for instance in a
 * configuration file, and opens them again in memory. A sealed text reads
 * {@code sealed:v1:<base64>}: AES-256-GCM under this installation's own key, so it opens only here
 * and any change to it is detected. The installation's key lives in the data folder
 * ({@code $STINT_DATA/keys/secrets.key}, readable by its owner only); it is made on first use.
 * Neither a plaintext nor the key is ever logged or put in an exception message.
 *
 * @since 1.3.0
 */
@ProviderType
public interface Secrets {

    /** What every sealed text starts with. */
    String PREFIX = "sealed:v1:";

    /**
     * {@code plaintext} sealed: {@code sealed:v1:} and the base64 of a random 12-byte IV followed by
     * the AES-256-GCM ciphertext and tag. Sealing the same text twice gives two different texts.
     *
     * @throws IllegalStateException when the installation's key cannot be read or made
     */
    String seal(String plaintext);

    /**
     * The plaintext of a text made by {@link #seal(String)} on this installation.
     *
     * @throws IllegalArgumentException when {@code sealed} is not a sealed text, was altered, or was
     *         sealed under another installation's key
     * @throws IllegalStateException when the installation's key cannot be read or made
     */
    String open(String sealed);

    /** Whether {@code text} has the form of a sealed text (it may still fail to open). */
    boolean isSealed(String text);
}
