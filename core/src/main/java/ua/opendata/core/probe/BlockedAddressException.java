package ua.opendata.core.probe;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host resolved to an address the policy refuses. An {@link UnknownHostException} so that it
 * passes unchanged through HTTP clients that call the resolver.
 */
final class BlockedAddressException extends UnknownHostException {

    private static final long serialVersionUID = 1L;

    /** The host name. */
    private final String host;
    /** The refused address, as text. */
    private final String address;

    /** A refusal of {@code address}, one of the addresses of {@code host}. */
    public BlockedAddressException(String host, InetAddress address) {
        super("The host " + host + " resolves to " + address.getHostAddress()
                + ", a loopback, private, link-local, multicast or unspecified address: refused. "
                + "Allow private addresses explicitly if this is intended.");
        this.host = host;
        this.address = address.getHostAddress();
    }

    /** The host name. */
    public String host() {
        return host;
    }

    /** The refused address. */
    public String address() {
        return address;
    }
}
