package ua.opendata.ckan;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Root of every exception thrown by the CKAN client (unchecked). Every message names the CKAN
 * action; none ever contains the API key. The message exists in English ({@link #getMessage()})
 * and Ukrainian ({@link #getMessage(Locale)} with {@code uk}).
 */
public class CkanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The name of the CKAN action that failed, e.g. {@code package_create}. */
    private final String action;
    /** The HTTP status of the response; {@code -1} when none was received. */
    private final int httpStatus;
    /** The message in Ukrainian; {@link #getMessage()} gives the English one. */
    private final String messageUk;

    /**
     * Creates an exception.
     *
     * @param action the CKAN action (e.g. {@code package_show})
     * @param httpStatus the HTTP status, or {@code -1} when no response was received
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     * @param cause the cause, if any
     */
    public CkanException(
            String action, int httpStatus, String messageEn, String messageUk, @Nullable Throwable cause) {
        super(messageEn, cause);
        this.action = action;
        this.httpStatus = httpStatus;
        this.messageUk = messageUk;
    }

    /**
     * The CKAN action that failed.
     *
     * @return the action name
     */
    public final String action() {
        return action;
    }

    /**
     * The HTTP status of the response.
     *
     * @return the status, or {@code -1} when no response was received
     */
    public final int httpStatus() {
        return httpStatus;
    }

    /**
     * Whether the call may have taken effect on the server although it failed: the request was
     * sent (or may have been) and no answer said whether it was applied, e.g. a connection reset
     * or timeout after the request left, a truncated answer, or a proxy's 502/504. After such a
     * failure of a write, read the object again before repeating the write. False when the
     * server's answer says the call was not applied (CKAN's own error, a 4xx, a 429, a 503 with
     * {@code Retry-After}) or when nothing was sent (connection refused, connect timeout).
     *
     * @return true when the outcome of the call is unknown
     */
    public boolean outcomeUnknown() {
        return false;
    }

    /**
     * The message in the given language: Ukrainian for {@code uk}, English otherwise.
     *
     * @param locale the language wanted
     * @return the message
     */
    public final String getMessage(Locale locale) {
        return "uk".equals(locale.getLanguage()) ? messageUk : String.valueOf(getMessage());
    }
}
