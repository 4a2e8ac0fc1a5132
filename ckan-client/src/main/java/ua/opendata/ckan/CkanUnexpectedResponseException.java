package ua.opendata.ckan;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with something that is not the CKAN envelope: an HTML or plain-text page
 * from a proxy (413, 429, 502, 503, 504), a bare JSON string (CKAN's answer to an unknown action,
 * malformed JSON or a GET on a write action), a redirect, or a body over the size limit. Carries
 * the status and a short, sanitised excerpt of the body.
 */
public final class CkanUnexpectedResponseException extends CkanException {
    private static final long serialVersionUID = 1L;

    private final @Nullable String contentType;
    private final String excerpt;
    private final @Nullable String bareMessage;
    private final @Nullable String location;
    private final @Nullable String retryAfter;

    /**
     * Creates the exception.
     *
     * @param action the CKAN action
     * @param httpStatus the HTTP status
     * @param contentType the response content type, if any
     * @param excerpt a short, sanitised excerpt of the body
     * @param bareMessage the text when the body was a bare JSON string, else null
     * @param location the {@code Location} header of a redirect, else null
     * @param retryAfter the {@code Retry-After} header, if any
     * @param messageEn the English message
     * @param messageUk the Ukrainian message
     */
    public CkanUnexpectedResponseException(
            String action,
            int httpStatus,
            @Nullable String contentType,
            String excerpt,
            @Nullable String bareMessage,
            @Nullable String location,
            @Nullable String retryAfter,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, messageEn, messageUk, null);
        this.contentType = contentType;
        this.excerpt = excerpt;
        this.bareMessage = bareMessage;
        this.location = location;
        this.retryAfter = retryAfter;
    }

    /**
     * The response content type.
     *
     * @return the content type, or null when absent
     */
    public @Nullable String contentType() {
        return contentType;
    }

    /**
     * A short excerpt of the body: control characters removed, whitespace collapsed, truncated,
     * credentials redacted.
     *
     * @return the excerpt (may be empty)
     */
    public String excerpt() {
        return excerpt;
    }

    /**
     * The text of a bare JSON string body, such as {@code "Bad request - Action name not known:
     * x"}.
     *
     * @return the text, or null when the body was not a bare JSON string
     */
    public @Nullable String bareMessage() {
        return bareMessage;
    }

    /**
     * Whether this is CKAN's bare-string answer to an action it does not know (a plugin not
     * installed). Based on the 400 status and the bare string; CKAN sends no error type here.
     *
     * @return true when the action seems unknown to the server
     */
    public boolean isUnknownAction() {
        return httpStatus() == 400 && bareMessage != null && bareMessage.contains("Action name not known");
    }

    /**
     * The target of a redirect that was not followed.
     *
     * @return the {@code Location} header, or null when this was not a redirect
     */
    public @Nullable String location() {
        return location;
    }

    /**
     * The {@code Retry-After} header (seconds or an HTTP date), as sent.
     *
     * @return the header value, or null when absent
     */
    public @Nullable String retryAfter() {
        return retryAfter;
    }
}
