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

    /** The response's {@code Content-Type}; {@code null} when absent. */
    private final @Nullable String contentType;
    /** The start of the response body, with credentials redacted. */
    private final String excerpt;
    /** The text of a body that was a bare JSON string; {@code null} otherwise. */
    private final @Nullable String bareMessage;
    /** The {@code Location} of a redirect that was not followed; {@code null} when none. */
    private final @Nullable String location;
    /** The {@code Retry-After} header as sent; {@code null} when absent. */
    private final @Nullable String retryAfter;
    /** The attempts made before giving up, the failed one included. */
    private final int attempts;
    /** The size of the request body in bytes; {@code -1} when unknown. */
    private final long requestBytes;
    /** Whether the answer was a redirect to, or a page of, the portal's login form. */
    private final boolean loginPage;

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
        this(action, httpStatus, contentType, excerpt, bareMessage, location, retryAfter, 1, -1,
                false, messageEn, messageUk);
    }

    /**
     * Creates the exception with the attempts made and the size of the request.
     *
     * @param action the CKAN action
     * @param httpStatus the HTTP status
     * @param contentType the response content type, if any
     * @param excerpt a short, sanitised excerpt of the body
     * @param bareMessage the text when the body was a bare JSON string, else null
     * @param location the {@code Location} header of a redirect, else null
     * @param retryAfter the {@code Retry-After} header, if any
     * @param attempts the attempts made, the one answered so included
     * @param requestBytes the size of the request body sent, or -1 when unknown
     * @param loginPage whether the body is an HTML page with a login form
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
            int attempts,
            long requestBytes,
            boolean loginPage,
            String messageEn,
            String messageUk) {
        super(action, httpStatus, messageEn, messageUk, null);
        this.contentType = contentType;
        this.excerpt = excerpt;
        this.bareMessage = bareMessage;
        this.location = location;
        this.retryAfter = retryAfter;
        this.attempts = attempts;
        this.requestBytes = requestBytes;
        this.loginPage = loginPage;
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

    /**
     * The attempts made before giving up, the one that got this answer included (e.g. 4 for a 429
     * that outlasted the retry policy's 4 attempts).
     *
     * @return at least 1
     */
    public int attempts() {
        return attempts;
    }

    /**
     * The size of the request body that got this answer (for a 413: what the portal or its proxy
     * refused), as announced in {@code Content-Length}.
     *
     * @return the size in bytes, or -1 when unknown (a GET, a chunked body)
     */
    public long requestBytes() {
        return requestBytes;
    }

    /**
     * Whether this is a redirect to a login page: the portal (or a single sign-on in front of it)
     * wants a browser session instead of the API key. Recognised by a {@code Location} whose path
     * contains {@code /user/login}, {@code /login}, {@code /signin} or {@code /sso}, or by an HTML
     * answer with a password field or a form posting to {@code /user/login}.
     *
     * @return true for a redirect or page asking to log in
     */
    public boolean isLoginRedirect() {
        String l = location == null ? "" : location.toLowerCase(java.util.Locale.ROOT);
        int q = l.indexOf('?');
        String path = q < 0 ? l : l.substring(0, q);
        if (path.contains("/user/login") || path.contains("/login") || path.contains("/signin")
                || path.contains("/sso")) {
            return true;
        }
        return loginPage;
    }

    /**
     * Whether the portal limited the rate of requests: HTTP 429, or a 503 with {@code
     * Retry-After}. Such an answer proves the request was not applied.
     *
     * @return true for a rate limit
     */
    public boolean isRateLimited() {
        return httpStatus() == 429 || httpStatus() == 503 && retryAfter != null;
    }

    /**
     * Unknown for a 5xx answer (a proxy's 502 or 504 may come after the portal applied the call)
     * other than a 503 with {@code Retry-After}, and for a 2xx whose body is not a CKAN answer
     * (truncated or malformed); known (not applied) for redirects and 4xx answers.
     *
     * @return true when the outcome is unknown
     */
    @Override
    public boolean outcomeUnknown() {
        int s = httpStatus();
        return s >= 500 && !isRateLimited() || s >= 200 && s < 300;
    }
}
