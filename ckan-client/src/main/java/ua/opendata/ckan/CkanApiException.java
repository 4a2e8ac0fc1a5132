package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with its error envelope ({@code "success": false}). Subclasses exist for each
 * known {@code error.__type}; this class itself is thrown for types the client does not know.
 */
public class CkanApiException extends CkanException {
    private static final long serialVersionUID = 1L;

    /** The {@code error.__type} CKAN sent, e.g. {@code "Not Found Error"}. */
    private final String errorType;
    /** The {@code error.message} CKAN sent, translated per site; {@code null} when none. */
    private final @Nullable String serverMessage;
    private final transient JsonNode error;

    /**
     * Creates an API exception.
     *
     * @param action the CKAN action
     * @param httpStatus the HTTP status
     * @param errorType the {@code error.__type} value
     * @param serverMessage the {@code error.message}, if present
     * @param error the whole {@code error} object as received (may echo request data: do not log it)
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     */
    public CkanApiException(
            String action,
            int httpStatus,
            String errorType,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, messageEn, messageUk, null);
        this.errorType = errorType;
        this.serverMessage = serverMessage;
        this.error = error.deepCopy();
    }

    /**
     * The {@code error.__type} sent by CKAN, e.g. {@code "Not Found Error"}.
     *
     * @return the type
     */
    public final String errorType() {
        return errorType;
    }

    /**
     * The {@code error.message} sent by CKAN (translated per site: never dispatch on it).
     *
     * @return the message, or null when CKAN sent none
     */
    public final @Nullable String serverMessage() {
        return serverMessage;
    }

    /**
     * A copy of the {@code error} object as received. It may echo request data (an Integrity Error
     * does): do not log it whole.
     *
     * @return a copy of the error object
     */
    public final JsonNode error() {
        return error.deepCopy();
    }
}
