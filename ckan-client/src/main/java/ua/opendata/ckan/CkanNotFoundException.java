package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with {@code error.__type} "Not Found Error": 404: the dataset, resource or organization does not exist (or is deleted). Check the id or name.
 */
public final class CkanNotFoundException extends CkanApiException {
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
    public CkanNotFoundException(
            String action,
            int httpStatus,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Not Found Error", serverMessage, error, messageEn, messageUk);
    }
}
