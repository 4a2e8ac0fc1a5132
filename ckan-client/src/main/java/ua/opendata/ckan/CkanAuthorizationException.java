package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with {@code error.__type} "Authorization Error": 403: access denied. Check that the API key is valid and its user may do this.
 */
public final class CkanAuthorizationException extends CkanApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param action the CKAN action
     * @param httpStatus the HTTP status
     * @param serverMessage the {@code error.message}, if present
     * @param error the {@code error} object as received
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     */
    public CkanAuthorizationException(
            String action,
            int httpStatus,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Authorization Error", serverMessage, error, messageEn, messageUk);
    }
}
