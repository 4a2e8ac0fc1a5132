package ua.opendata.core.probe;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which addresses the probe may connect to. Refused unless private addresses are allowed: loopback,
 * unspecified ({@code 0.0.0.0/8}, {@code ::}), link-local ({@code 169.254/16}, {@code fe80::/10}),
 * private ({@code 10/8}, {@code 172.16/12}, {@code 192.168/16}), shared CGNAT ({@code 100.64/10}),
 * unique-local {@code fc00::/7}, site-local {@code fec0::/10}, multicast, and the reserved
 * {@code 240/4} with broadcast. IPv4 addresses embedded in IPv6 (mapped, compatible) are judged as
 * IPv4. Immutable and thread-safe.
 */
final class AddressPolicy {

    private final boolean allowPrivate;
    private final Set<String> trustedHosts;

    /**
     * @param allowPrivate  whether every address is allowed
     * @param trustedHosts  lower-case host names allowed whatever they resolve to
     */
    public AddressPolicy(boolean allowPrivate, Set<String> trustedHosts) {
        this.allowPrivate = allowPrivate;
        this.trustedHosts = Set.copyOf(trustedHosts);
    }

    /**
     * Resolves a host and checks every address it resolves to.
     *
     * @throws BlockedAddressException when one of them is refused
     * @throws UnknownHostException    when it does not resolve
     */
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(host);
        if (allowPrivate || trustedHosts.contains(host.toLowerCase(Locale.ROOT))) {
            return all;
        }
        for (InetAddress a : all) {
            if (isRefused(a)) {
                throw new BlockedAddressException(host, a);
            }
        }
        return all;
    }

    /** Whether an address is one the probe refuses by default. */
    public static boolean isRefused(InetAddress a) {
        if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet6Address) {
            byte[] v4 = embeddedIpv4(b);
            if (v4 != null) {
                return isRefusedV4(v4);
            }
            int first = b[0] & 0xFF;
            return (first & 0xFE) == 0xFC                              // fc00::/7 unique local
                    || first == 0xFE && (b[1] & 0xC0) == 0x80           // fe80::/10 link-local
                    || first == 0xFE && (b[1] & 0xC0) == 0xC0           // fec0::/10 site-local
                    || first == 0xFF;                                   // multicast
        }
        return a instanceof Inet4Address && isRefusedV4(b);
    }

    private static boolean isRefusedV4(byte[] b) {
        int a0 = b[0] & 0xFF;
        int a1 = b[1] & 0xFF;
        return a0 == 0 || a0 == 10 || a0 == 127
                || a0 == 169 && a1 == 254
                || a0 == 172 && a1 >= 16 && a1 <= 31
                || a0 == 192 && a1 == 168
                || a0 == 100 && a1 >= 64 && a1 <= 127
                || a0 >= 224;                                          // multicast, reserved, broadcast
    }

    /** The IPv4 address in an IPv4-mapped ({@code ::ffff:a.b.c.d}) or -compatible IPv6 address. */
    private static byte @Nullable [] embeddedIpv4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return null;
            }
        }
        boolean mapped = (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
        boolean compatible = b[10] == 0 && b[11] == 0;
        if (!mapped && !compatible) {
            return null;
        }
        if (compatible && b[12] == 0 && b[13] == 0 && b[14] == 0 && (b[15] & 0xFE) == 0) {
            return null; // :: and ::1, judged as IPv6 above
        }
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}
