package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Set;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses the probe refuses (address literals only: no DNS needed). */
class ProbeAddressPolicyTest {

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "0.0.0.0", "0.1.2.3", "100.64.0.1", "100.127.255.254", "224.0.0.1", "239.255.255.250",
        "240.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "febf::1", "fec0::1", "fc00::1", "fd12:3456::1",
        "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:192.168.0.1", "::127.0.0.1"})
    void refused(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.isRefused(InetAddress.getByName(literal))).isTrue();
    }

    @ParameterizedTest(name = "allowed: {0}")
    @ValueSource(strings = {"8.8.8.8", "91.198.174.192", "172.15.255.255", "172.32.0.1", "192.167.1.1",
        "100.63.255.255", "100.128.0.1", "169.253.1.1", "223.255.255.255", "2001:4860:4860::8888",
        "2a00:1450:4001::1", "fbff::1", "fe7f::1", "::ffff:8.8.8.8"})
    void allowed(String literal) throws UnknownHostException {
        assertThat(AddressPolicy.isRefused(InetAddress.getByName(literal))).isFalse();
    }

    @Test
    void theResolverTheConnectionUsesRefusesToo() {
        CheckedDnsResolver resolver = new CheckedDnsResolver(new AddressPolicy(false, Set.of()));

        assertThatThrownBy(() -> resolver.resolve("127.0.0.1")).isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("127.0.0.1").hasMessageContaining("Allow private addresses");
        assertThatThrownBy(() -> resolver.resolve("[::1]", 80)).isInstanceOf(BlockedAddressException.class);
    }

    @Test
    void allowingPrivateOrTrustingAHostLetsItThrough() throws UnknownHostException {
        assertThat(new AddressPolicy(true, Set.of()).resolve("127.0.0.1")).hasSize(1);
        assertThat(new AddressPolicy(false, Set.of("127.0.0.1")).resolve("127.0.0.1")).hasSize(1);
        assertThatThrownBy(() -> new AddressPolicy(false, Set.of("127.0.0.1")).resolve("127.0.0.2"))
                .isInstanceOf(BlockedAddressException.class);
    }

    /**
     * The pinning the probe relies on: HttpClient connects only to addresses the resolver returned, and
     * asks it even for address literals. Guards an upgrade of HttpClient that would bypass the resolver.
     */
    @Test
    void theHttpClientConnectsOnlyThroughTheCheckingResolver() throws Exception {
        try (ProbeServer server = new ProbeServer();
             CloseableHttpClient client = HttpClients.custom()
                     .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                             .setDnsResolver(new CheckedDnsResolver(new AddressPolicy(false, Set.of()))).build())
                     .build()) {
            server.file("/x", "text/plain", new byte[] {'x'});
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                assertThatThrownBy(() -> client.executeOpen(null, new HttpGet(server.url(host, "/x")),
                        HttpClientContext.create()).close()).as(host).isInstanceOf(BlockedAddressException.class);
            }
            assertThat(server.seen()).isEmpty();
        }
    }
}
