package ua.opendata.core.probe;


/** How following a resource's link ended: a final response, or why there was none. */
public enum LinkOutcome {
    /** A 2xx response after the redirects: the file was reached. */
    OK,
    /** A final response that is not 2xx (e.g. 404, 500). */
    HTTP_ERROR,
    /** The host name does not resolve. */
    DNS_FAILURE,
    /** The connection was refused. */
    REFUSED,
    /** Connecting or reading took longer than allowed. */
    TIMEOUT,
    /** The TLS handshake failed (certificate not trusted, wrong host name, old protocol). */
    TLS_FAILURE,
    /** More redirects than allowed, or a redirect without a usable {@code Location}. */
    TOO_MANY_REDIRECTS,
    /** The host resolves to a loopback, private, link-local, multicast or unspecified address. */
    BLOCKED_ADDRESS,
    /** The link is not a valid absolute URL. */
    INVALID_URL,
    /** The link's scheme is not http or https. */
    UNSUPPORTED_SCHEME,
    /** The connection failed or broke in another way. */
    CONNECTION_ERROR;

    /** {@return whether the file was reached} */
    public boolean reachable() {
        return this == OK;
    }
}
