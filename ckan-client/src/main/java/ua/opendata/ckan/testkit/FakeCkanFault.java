package ua.opendata.ckan.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A fault the {@link FakeCkan} injects into the next matching request instead of (or before)
 * answering it.
 *
 * @param kind what to do
 * @param status the HTTP status for {@link Kind#RESPOND}
 * @param contentType the content type for {@link Kind#RESPOND}
 * @param body the body for {@link Kind#RESPOND}
 * @param headers extra response headers for {@link Kind#RESPOND}
 * @param delay the delay for {@link Kind#DELAY}
 * @param action the only action it applies to, or null for any request
 */
public record FakeCkanFault(
        Kind kind,
        int status,
        String contentType,
        String body,
        Map<String, String> headers,
        Duration delay,
        @Nullable String action) {

    /** What the fault does. */
    public enum Kind {
        /** Answer with the given status, headers and body instead of CKAN's answer. */
        RESPOND,
        /** Send headers and half the announced body, then close the connection. */
        DISCONNECT_MID_BODY,
        /** Wait, then answer normally. */
        DELAY
    }

    /** Checks the values. */
    public FakeCkanFault {
        Objects.requireNonNull(kind, "kind");
        headers = Map.copyOf(headers);
    }

    /**
     * An HTML page from a proxy, e.g. a 502 Bad Gateway.
     *
     * @param status the status
     * @return the fault
     */
    public static FakeCkanFault html(int status) {
        return new FakeCkanFault(Kind.RESPOND, status, "text/html",
                "<html><head><title>" + status + " Bad Gateway</title></head><body><center><h1>"
                        + status + " Bad Gateway</h1></center><hr><center>nginx</center></body></html>",
                Map.of(), Duration.ZERO, null);
    }

    /**
     * A 429 Too Many Requests with {@code Retry-After} in seconds.
     *
     * @param retryAfterSeconds the seconds
     * @return the fault
     */
    public static FakeCkanFault tooManyRequests(long retryAfterSeconds) {
        return new FakeCkanFault(Kind.RESPOND, 429, "text/plain", "Too Many Requests",
                Map.of("Retry-After", Long.toString(retryAfterSeconds)), Duration.ZERO, null);
    }

    /**
     * A redirect (e.g. http to https).
     *
     * @param status 301, 302, 307 or 308
     * @param location the target
     * @return the fault
     */
    public static FakeCkanFault redirect(int status, String location) {
        return new FakeCkanFault(Kind.RESPOND, status, "text/html", "",
                Map.of("Location", location), Duration.ZERO, null);
    }

    /**
     * Any answer.
     *
     * @param status the status
     * @param contentType the content type
     * @param body the body
     * @return the fault
     */
    public static FakeCkanFault respond(int status, String contentType, String body) {
        return new FakeCkanFault(Kind.RESPOND, status, contentType, body, Map.of(), Duration.ZERO,
                null);
    }

    /**
     * A disconnect in the middle of the body.
     *
     * @return the fault
     */
    public static FakeCkanFault disconnectMidBody() {
        return new FakeCkanFault(Kind.DISCONNECT_MID_BODY, 200, "application/json", "", Map.of(),
                Duration.ZERO, null);
    }

    /**
     * A slow server: waits before answering.
     *
     * @param delay the delay
     * @return the fault
     */
    public static FakeCkanFault delay(Duration delay) {
        return new FakeCkanFault(Kind.DELAY, 0, "", "", Map.of(), delay, null);
    }

    /**
     * The same fault, only for requests to the given action.
     *
     * @param actionName the action
     * @return the fault
     */
    public FakeCkanFault onlyFor(String actionName) {
        return new FakeCkanFault(kind, status, contentType, body, headers, delay, actionName);
    }
}
