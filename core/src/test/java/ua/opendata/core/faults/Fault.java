package ua.opendata.core.faults;

/**
 * What the {@link FaultProxy} can do to one exchange, as seen in front of a real CKAN 2.10.10 behind an
 * nginx-like proxy. Each fault says whether the request reaches the server ({@link #forwards()}): a fault
 * that does not forward proves nothing was written; one that forwards lets the server process the request
 * completely (its answer is read in full) before the client is hurt, so the client never learns that its
 * write landed.
 */
public enum Fault {
    /** An HTML {@code 502 Bad Gateway} page from the proxy; not forwarded. */
    BAD_GATEWAY_502(false),
    /** {@code 429 Too Many Requests} with {@code Retry-After}; not forwarded. */
    TOO_MANY_429(false),
    /** {@code 503 Service Unavailable} with {@code Retry-After}; not forwarded. */
    UNAVAILABLE_503(false),
    /** The whole request is read, then the connection is reset (TCP RST); not forwarded. */
    RESET_BEFORE(false),
    /** Forwarded and answered by the server, then the connection to the client is reset (TCP RST). */
    RESET_AFTER(true),
    /**
     * Forwarded; the client gets the status line, the headers (with the full {@code Content-Length}) and
     * half of the body, then the connection is closed.
     */
    TRUNCATED(true),
    /**
     * Forwarded; the answer is held back longer than the client's response timeout (the proxy's {@code
     * stall} setting), then sent to whoever still listens.
     */
    STALL(true),
    /** Forwarded; the whole answer, status line and headers included, is sent byte by byte, slowly. */
    TRICKLE(true),
    /** An HTML {@code 413 Request Entity Too Large} page, after reading the request; not forwarded. */
    PAYLOAD_413(false),
    /** A {@code 302} to the portal's {@code /user/login} page (an expired session on a proxy); not forwarded. */
    LOGIN_302(false);

    private final boolean forwards;

    Fault(boolean forwards) {
        this.forwards = forwards;
    }

    /**
     * Whether the request reaches the server under this fault.
     *
     * @return true when the server processes the request
     */
    public boolean forwards() {
        return forwards;
    }
}
