package ua.opendata.ckan;

/**
 * The call did not get a complete response: connection refused, a timeout, a disconnect in the
 * middle of the body, or an I/O error. Whether a write took effect is unknown.
 */
public final class CkanTransportException extends CkanException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    /**
     * Creates the exception.
     *
     * @param action the CKAN action
     * @param timeout whether a timeout caused it
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     * @param cause the I/O cause
     */
    public CkanTransportException(
            String action, boolean timeout, String messageEn, String messageUk, Throwable cause) {
        super(action, -1, messageEn, messageUk, cause);
        this.timeout = timeout;
    }

    /**
     * Whether the failure was a connect or response timeout.
     *
     * @return true for a timeout
     */
    public boolean isTimeout() {
        return timeout;
    }
}
