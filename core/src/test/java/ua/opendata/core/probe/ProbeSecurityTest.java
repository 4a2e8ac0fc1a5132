package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** By default the probe never contacts loopback or private addresses, not even through a redirect. */
class ProbeSecurityTest {

    private ProbeServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ProbeServer();
        server.file("/secret.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theDefaultRefusesLoopbackWithoutContactingIt() {
        try (ResourceProbe probe = ResourceProbe.builder().build()) {
            List<ResourceCheck> results = probe.checkAll(List.of(
                    ResourceTarget.of(server.url("127.0.0.1", "/secret.csv"), "csv"),
                    ResourceTarget.of(server.url("localhost", "/secret.csv"), "csv"),
                    ResourceTarget.of("http://[::1]:" + server.port() + "/secret.csv", "csv"),
                    ResourceTarget.of("http://0.0.0.0:" + server.port() + "/secret.csv", "csv")));

            assertThat(results).allSatisfy(c -> {
                assertThat(c.outcome()).isEqualTo(LinkOutcome.BLOCKED_ADDRESS);
                assertThat(c.status()).isZero();
                assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-BLOCKED-ADDRESS");
            });
            assertThat(results.get(0).problems().get(0).message().en())
                    .startsWith("The host 127.0.0.1 resolves to 127.0.0.1, a loopback, private");
        }
        assertThat(server.seen()).isEmpty();
    }

    @Test
    void aRedirectToLoopbackIsRefused() {
        // "localhost" stands in for a public host: trusted by name, so only the redirect target is judged.
        server.redirect("/jump.csv", 302, server.url("127.0.0.1", "/secret.csv"));
        try (ResourceProbe probe = ResourceProbe.builder().trustHost("localhost").build()) {
            ResourceCheck c = probe.check(ResourceTarget.of(server.url("localhost", "/jump.csv"), "csv"));

            assertThat(c.outcome()).isEqualTo(LinkOutcome.BLOCKED_ADDRESS);
            assertThat(c.redirects()).containsExactly(server.url("127.0.0.1", "/secret.csv"));
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-BLOCKED-ADDRESS");
        }
        assertThat(server.seen("/jump.csv")).hasSize(1);
        assertThat(server.seen("/secret.csv")).isEmpty();
    }

    @Test
    void aTrustedHostIsReachedAndARedirectWithinItFollowed() {
        server.redirect("/jump.csv", 302, "/secret.csv");
        try (ResourceProbe probe = ResourceProbe.builder().trustHost("LocalHost").build()) {
            ResourceCheck c = probe.check(ResourceTarget.of(server.url("localhost", "/jump.csv"), "csv"));

            assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
            assertThat(c.finalUrl()).isEqualTo(server.url("localhost", "/secret.csv"));
        }
        assertThat(server.seen("/secret.csv")).hasSize(1);
    }
}
