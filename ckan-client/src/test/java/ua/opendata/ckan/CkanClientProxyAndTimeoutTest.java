package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/** An HTTP proxy in the builder, and the total time of one call. */
class CkanClientProxyAndTimeoutTest {

    /** A tiny forwarding proxy: records each request line's target and forwards it to the fake. */
    private static final class ForwardingProxy implements AutoCloseable {
        final List<String> targets = new CopyOnWriteArrayList<>();
        final List<String> keys = new CopyOnWriteArrayList<>();
        private final HttpServer server;

        ForwardingProxy(String upstream) throws Exception {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 8);
            server.createContext("/", ex -> {
                URI target = ex.getRequestURI();
                targets.add(target.toString());
                keys.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
                byte[] body;
                try (InputStream in = ex.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String query = target.getRawQuery() == null ? "" : "?" + target.getRawQuery();
                HttpRequest.Builder forward = HttpRequest.newBuilder(URI.create(upstream
                        + target.getRawPath() + query)).method(ex.getRequestMethod(),
                        HttpRequest.BodyPublishers.ofByteArray(body));
                for (String h : List.of("Content-Type", "Authorization", "X-CKAN-API-Key")) {
                    String v = ex.getRequestHeaders().getFirst(h);
                    if (v != null) {
                        forward.header(h, v);
                    }
                }
                try {
                    HttpResponse<byte[]> r = http.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
                    ex.getResponseHeaders().set("Content-Type",
                            r.headers().firstValue("Content-Type").orElse("application/octet-stream"));
                    ex.sendResponseHeaders(r.statusCode(), r.body().length == 0 ? -1 : r.body().length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(r.body());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    ex.sendResponseHeaders(502, -1);
                } finally {
                    ex.close();
                }
            });
            server.start();
        }

        URI uri() {
            return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    @Test
    void requestsGoThroughTheProxyInAbsoluteForm() throws Exception {
        try (FakeCkan fake = FakeCkan.start();
                ForwardingProxy proxy = new ForwardingProxy(fake.baseUrl());
                // a host that does not resolve: only the proxy can reach the "portal"
                CkanClient c = CkanClient.builder("http://portal.invalid").apiKey(fake.sysadminKey())
                        .proxy(proxy.uri()).build()) {
            fake.createOrganization("o-org", "O");

            CkanDataset d = c.packageCreate(CkanDatasetWrite.builder().name("via-proxy").ownerOrg("o-org")
                    .build());

            assertThat(c.packageShow("via-proxy")).isEqualTo(d);
            assertThat(proxy.targets).hasSize(2)
                    .allMatch(t -> t.startsWith("http://portal.invalid/api/3/action/package_"));
            assertThat(proxy.keys).containsOnly(fake.sysadminKey());
        }
    }

    @Test
    void theProxyIsCheckedAndCannotBeAddedToASuppliedHttpClient() {
        assertThatThrownBy(() -> CkanClient.builder("https://data.gov.ua")
                .proxy(URI.create("http://user:secret@proxy.example:3128")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> CkanClient.builder("https://data.gov.ua")
                .proxy(URI.create("socks://proxy.example:1080")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://host:port");
        try (var http = org.apache.hc.client5.http.impl.classic.HttpClients.createDefault()) {
            assertThatThrownBy(() -> CkanClient.builder("https://data.gov.ua").httpClient(http)
                    .proxy(URI.create("http://proxy.example:3128")).build())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("proxy");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSlowAnswerEndsAtTheCallTimeoutEvenWithALongResponseTimeout() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient c = CkanClient.builder(fake.baseUrl()).responseTimeout(Duration.ofSeconds(30))
                        .callTimeout(Duration.ofMillis(400)).build()) {
            fake.enqueue(FakeCkanFault.delay(Duration.ofSeconds(5)));
            long start = System.nanoTime();

            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(CkanTransportException.class, e -> {
                assertThat(e.isTimeout()).isTrue();
                assertThat(e.action()).isEqualTo("status_show");
                assertThat(e.getMessage()).startsWith("status_show:").contains("call timeout of 400 ms");
                assertThat(e.getMessage(java.util.Locale.forLanguageTag("uk"))).contains("400 мс");
            });
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(c.statusShow().ckanVersion()).isNotBlank(); // the next call has its own time
        }
    }

    @Test
    void theCallTimeoutCountsRetriesAndTheWaitsBetweenThem() {
        try (FakeCkan fake = FakeCkan.start();
                CkanClient c = CkanClient.builder(fake.baseUrl())
                        .retryPolicy(new RetryPolicy(5, Duration.ofMillis(100), Duration.ofSeconds(5),
                                java.util.Set.of()))
                        .callTimeout(Duration.ofMillis(1500)).build()) {
            for (int i = 0; i < 5; i++) {
                fake.enqueue(FakeCkanFault.tooManyRequests(1));
            }
            long start = System.nanoTime();

            assertThatThrownBy(c::licenseList).isInstanceOfSatisfying(CkanTransportException.class, e -> {
                assertThat(e.isTimeout()).isTrue();
                assertThat(e.getMessage()).startsWith("license_list:").contains("1500 ms")
                        .contains("attempt 2");
                assertThat(e.getCause()).isInstanceOf(CkanUnexpectedResponseException.class);
            });
            // 429, wait 1 s (Retry-After), 429, and a second wait would pass the deadline: stop
            // there, long before the 4 s of waits the five attempts would take unbounded
            assertThat(fake.requests()).hasSize(2);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
        }
    }

    @Test
    void theCallTimeoutMustBePositive() {
        assertThatThrownBy(() -> CkanClient.builder("https://data.gov.ua").callTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("callTimeout");
    }
}
