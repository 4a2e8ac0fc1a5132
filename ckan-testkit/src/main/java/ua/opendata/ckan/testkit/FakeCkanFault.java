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
 * @param delay the delay for {@link Kind#DELAY}, the pause between bytes for {@link Kind#TRICKLE}
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
        DELAY,
        /**
         * Read the request, then close the connection without applying it and without answering:
         * the client cannot know that nothing happened.
         */
        DROP_BEFORE_APPLYING,
        /**
         * Apply the request (the fake's state changes as CKAN's would), then close the connection
         * without answering: the write happened, but the client gets no answer.
         */
        DROP_AFTER_APPLYING,
        /** Apply the request and send the answer one byte at a time, pausing {@code delay} between bytes. */
        TRICKLE
    }

    /**
     * Checks the values and copies the headers.
     *
     * @param kind what to do; not null
     * @param status the HTTP status for {@link Kind#RESPOND}
     * @param contentType the content type for {@link Kind#RESPOND}
     * @param body the body for {@link Kind#RESPOND}
     * @param headers extra response headers for {@link Kind#RESPOND}; copied
     * @param delay the delay for {@link Kind#DELAY}, the pause between bytes for {@link Kind#TRICKLE}
     * @param action the only action it applies to, or null for any request
     */
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

    /**
     * A lost request: the connection closes after the request was read and before it was applied
     * (the client sees no answer; nothing changed). Together with {@link #dropAfterApplying()} it
     * shows that a client cannot tell the two apart.
     *
     * @return the fault
     */
    public static FakeCkanFault dropBeforeApplying() {
        return new FakeCkanFault(Kind.DROP_BEFORE_APPLYING, 0, "", "", Map.of(), Duration.ZERO, null);
    }

    /**
     * A lost answer: the request is applied (a write is stored), then the connection closes before
     * any byte of the answer (the client sees no answer).
     *
     * @return the fault
     */
    public static FakeCkanFault dropAfterApplying() {
        return new FakeCkanFault(Kind.DROP_AFTER_APPLYING, 0, "", "", Map.of(), Duration.ZERO, null);
    }

    /**
     * A trickling answer: the request is applied and the answer sent one byte at a time with
     * {@code pause} between bytes, so no read waits longer than {@code pause} (a response timeout
     * never fires) while the whole answer takes its length times {@code pause}.
     *
     * @param pause the pause between bytes
     * @return the fault
     */
    public static FakeCkanFault trickle(Duration pause) {
        return new FakeCkanFault(Kind.TRICKLE, 0, "", "", Map.of(), pause, null);
    }

    /**
     * A 503 Service Unavailable from a proxy, with or without {@code Retry-After}.
     *
     * @param retryAfterSeconds the seconds, or a negative number for no header
     * @return the fault
     */
    public static FakeCkanFault unavailable(long retryAfterSeconds) {
        return new FakeCkanFault(Kind.RESPOND, 503, "text/html",
                "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>",
                retryAfterSeconds < 0 ? Map.of() : Map.of("Retry-After", Long.toString(retryAfterSeconds)),
                Duration.ZERO, null);
    }
}
