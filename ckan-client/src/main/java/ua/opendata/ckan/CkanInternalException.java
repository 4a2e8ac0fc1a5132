package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with {@code error.__type} "Internal Server Error": CKAN failed internally. Retry later or ask the portal's administrators.
 */
public final class CkanInternalException extends CkanApiException {
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
    public CkanInternalException(
            String action,
            int httpStatus,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Internal Server Error", serverMessage, error, messageEn, messageUk);
    }
}
