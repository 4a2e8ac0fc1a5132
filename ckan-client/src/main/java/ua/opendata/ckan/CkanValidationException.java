package ua.opendata.ckan;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CKAN answered with {@code error.__type} "Validation Error" (HTTP 409): the data sent was
 * refused. {@link #fieldErrors()} gives the messages per field path; resource errors are nested
 * per resource and flattened to paths like {@code resources[1].url}.
 */
public final class CkanValidationException extends CkanApiException {
    private static final long serialVersionUID = 1L;

    /** CKAN's errors per field of the request, in the order CKAN sent them. */
    private final Map<String, List<String>> fieldErrors;

    /**
     * Creates the exception.
     *
     * @param action the CKAN action
     * @param httpStatus the HTTP status
     * @param error the {@code error} object as received
     * @param fieldErrors messages per field path, in the server's order
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     */
    public CkanValidationException(
            String action,
            int httpStatus,
            JsonNode error,
            Map<String, List<String>> fieldErrors,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, "Validation Error", null, error, messageEn, messageUk);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        fieldErrors.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.fieldErrors = Collections.unmodifiableMap(copy);
    }

    /**
     * Messages per field path, e.g. {@code name → ["That URL is already in use."]} or {@code
     * resources[1].url → ["Missing value"]}. Dispatch on the keys, never on the message text (it
     * is translated per site).
     *
     * @return an immutable ordered map
     */
    public Map<String, List<String>> fieldErrors() {
        return fieldErrors;
    }
}
