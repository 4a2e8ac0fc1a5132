package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with {@code error.__type} "Search Query Error": the search parameters are invalid. Remove unknown parameters.
 */
public final class CkanSearchQueryException extends CkanApiException {
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
    public CkanSearchQueryException(
            String action,
            int httpStatus,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Search Query Error", serverMessage, error, messageEn, messageUk);
    }
}
