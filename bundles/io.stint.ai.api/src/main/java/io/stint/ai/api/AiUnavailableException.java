package io.stint.ai.api;

/**
 * The provider could not answer: down, too slow, refused the request, or answered something that
 * is not a completion. The message is safe to show a user: it never holds a key or a prompt.
 */
public class AiUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AiUnavailableException(String message) {
        super(message);
    }

    public AiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
