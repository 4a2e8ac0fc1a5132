package ua.opendata.ckan;

/**
 * The call did not get a complete response: connection refused, a timeout, a disconnect in the
 * middle of the body, or an I/O error. {@link #outcomeUnknown()} says whether the request may
 * have reached the server: false only when it is proven that nothing was sent (the connection
 * could not be opened), true otherwise, in which case a write may or may not have taken effect.
 */
public final class CkanTransportException extends CkanException {
    private static final long serialVersionUID = 1L;

    /** Whether the call failed because a timeout elapsed. */
    private final boolean timeout;
    /** Whether a write may or may not have taken effect on the portal. */
    private final boolean outcomeUnknown;
    /** The attempts made before giving up, the failed one included. */
    private final int attempts;

    /**
     * Creates the exception, with an unknown outcome and one attempt.
     *
     * @param action the CKAN action
     * @param timeout whether a timeout caused it
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     * @param cause the I/O cause
     */
    public CkanTransportException(
            String action, boolean timeout, String messageEn, String messageUk, Throwable cause) {
        this(action, timeout, true, 1, messageEn, messageUk, cause);
    }

    /**
     * Creates the exception.
     *
     * @param action the CKAN action
     * @param timeout whether a timeout caused it
     * @param outcomeUnknown whether the request may have reached the server
     * @param attempts the attempts made, this one included
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     * @param cause the I/O cause, or null
     */
    public CkanTransportException(String action, boolean timeout, boolean outcomeUnknown, int attempts,
            String messageEn, String messageUk, @org.jspecify.annotations.Nullable Throwable cause) {
        super(action, -1, messageEn, messageUk, cause);
        this.timeout = timeout;
        this.outcomeUnknown = outcomeUnknown;
        this.attempts = attempts;
    }

    /**
     * Whether the failure was a connect or response timeout, or the call ran out of its {@code
     * callTimeout}.
     *
     * @return true for a timeout
     */
    public boolean isTimeout() {
        return timeout;
    }

    /**
     * Whether the request may have reached the server: false only when the connection could not
     * be opened (refused, connect timeout, unknown host, failed TLS handshake), so that nothing
     * was sent; true for a reset, a timeout or a truncated answer after the request left.
     *
     * @return true when a write may or may not have taken effect
     */
    @Override
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /**
     * The attempts made before giving up, the failed one included.
     *
     * @return at least 1
     */
    public int attempts() {
        return attempts;
    }
}
