package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * CKAN answered with {@code error.__type} "Integrity Error": a database integrity conflict. Re-read the object and retry.
 */
public final class CkanIntegrityException extends CkanApiException {
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
    public CkanIntegrityException(
            String action,
            int httpStatus,
            @Nullable String serverMessage,
            JsonNode error,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Integrity Error", serverMessage, error, messageEn, messageUk);
    }
}
