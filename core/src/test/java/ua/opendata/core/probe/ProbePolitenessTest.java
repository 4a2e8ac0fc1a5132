package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrency limits, per-host delay and result order, measured on the server side. The loopback
 * server is reached through two host names, {@code 127.0.0.1} and {@code localhost}, which the probe
 * treats as two hosts.
 */
class ProbePolitenessTest {

    private ProbeServer server;

    @BeforeEach
    void start() throws IOException {
        server = new ProbeServer();
        server.on("/slow/", ex -> {
            pause(150);
            ProbeServer.send(ex, 200, "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void concurrencyIsBoundedInAllAndPerHost() {
        List<ResourceTarget> targets = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            targets.add(ResourceTarget.of(server.url(i % 2 == 0 ? "127.0.0.1" : "localhost", "/slow/" + i), "csv"));
        }
        try (ResourceProbe probe = ResourceProbe.builder().allowPrivateAddresses(true).maxConcurrency(3)
                .perHostConcurrency(2).perHostDelay(Duration.ZERO).build()) {
            List<ResourceCheck> results = probe.checkAll(targets);

            assertThat(results).allSatisfy(c -> assertThat(c.outcome()).isEqualTo(LinkOutcome.OK));
        }
        assertThat(server.seen()).hasSize(12);
        assertThat(server.maxInFlight()).isLessThanOrEqualTo(3).isGreaterThanOrEqualTo(2);
        assertThat(server.maxInFlight("127.0.0.1")).isLessThanOrEqualTo(2);
        assertThat(server.maxInFlight("localhost")).isLessThanOrEqualTo(2);
    }

    @Test
    void oneRequestPerHostAtATimeWhenSoConfigured() {
        List<ResourceTarget> targets = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            targets.add(ResourceTarget.of(server.url("/slow/" + i), "csv"));
        }
        try (ResourceProbe probe = ResourceProbe.builder().allowPrivateAddresses(true).maxConcurrency(6)
                .perHostConcurrency(1).perHostDelay(Duration.ZERO).build()) {
            probe.checkAll(targets);
        }
        assertThat(server.seen()).hasSize(6);
        assertThat(server.maxInFlight("127.0.0.1")).isEqualTo(1);
    }

    @Test
    void aBusyHostDoesNotHoldUpTheOthers() {
        List<ResourceTarget> targets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            targets.add(ResourceTarget.of(server.url("127.0.0.1", "/slow/a" + i), "csv"));
        }
        for (int i = 0; i < 4; i++) {
            targets.add(ResourceTarget.of(server.url("localhost", "/slow/b" + i), "csv"));
        }
        try (ResourceProbe probe = ResourceProbe.builder().allowPrivateAddresses(true).maxConcurrency(2)
                .perHostConcurrency(1).perHostDelay(Duration.ZERO).build()) {
            List<ResourceCheck> results = probe.checkAll(targets);

            assertThat(results).extracting(c -> c.target().url()).containsExactlyElementsOf(
                    targets.stream().map(ResourceTarget::url).toList());
        }
        // One at a time per host, two workers: both hosts were served at once, from the start.
        assertThat(server.maxInFlight()).isEqualTo(2);
        assertThat(server.seen().get(0).host()).isNotEqualTo(server.seen().get(1).host());
    }

    @Test
    void perHostDelayIsHonouredAndOtherHostsAreNotDelayed() {
        server.file("/fast/", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        List<ResourceTarget> targets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            targets.add(ResourceTarget.of(server.url("127.0.0.1", "/fast/a" + i), "csv"));
            targets.add(ResourceTarget.of(server.url("localhost", "/fast/b" + i), "csv"));
        }
        long delayMs = 200;
        long before = System.nanoTime();
        try (ResourceProbe probe = ResourceProbe.builder().allowPrivateAddresses(true).maxConcurrency(8)
                .perHostConcurrency(2).perHostDelay(Duration.ofMillis(delayMs)).build()) {
            probe.checkAll(targets);
        }
        // The k-th request to a host starts no earlier than k delays after the first, and the first
        // no earlier than "before"; a request arrives after it starts. So the k-th arrival (in time
        // order) is at least k delays after "before", however late the machine's scheduler lets any
        // request arrive. (Gaps between consecutive arrivals are no such bound: a late first arrival
        // makes the next gap short.)
        long last = 0;
        for (String host : List.of("127.0.0.1", "localhost")) {
            List<Long> arrivals = server.seen().stream().filter(s -> s.host().equals(host))
                    .map(ProbeServer.Seen::nanos).sorted().toList();
            assertThat(arrivals).hasSize(5);
            for (int k = 0; k < arrivals.size(); k++) {
                long sinceBeforeMs = (arrivals.get(k) - before) / 1_000_000;
                assertThat(sinceBeforeMs).as("request %d on %s", k, host).isGreaterThanOrEqualTo(k * delayMs);
            }
            last = Math.max(last, arrivals.get(arrivals.size() - 1));
        }
        // The two hosts are paced independently: paced together, the ten requests would need nine
        // delays (1.8 s); independently, four (0.8 s) plus the time the requests take.
        assertThat((last - before) / 1_000_000).isLessThan(9 * delayMs - 2 * delayMs);
    }

    @Test
    void resultsKeepTheInputOrder() {
        server.on("/slower/", ex -> {
            pause(400);
            ProbeServer.send(ex, 200, "application/pdf", "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        });
        server.on("/missing/", ex -> ProbeServer.send(ex, 404, "text/plain", new byte[0]));
        List<ResourceTarget> targets = List.of(
                ResourceTarget.of(server.url("/slower/1"), "pdf").withId("r1"),
                ResourceTarget.of(server.url("/missing/2"), "csv").withId("r2"),
                ResourceTarget.of(server.url("/slow/3"), "csv").withId("r3"),
                ResourceTarget.of(server.url("/slower/4"), "pdf").withId("r4"),
                ResourceTarget.of(server.url("/missing/5"), "csv").withId("r5"));
        try (ResourceProbe probe = ResourceProbe.builder().allowPrivateAddresses(true).maxConcurrency(5)
                .perHostConcurrency(5).perHostDelay(Duration.ZERO).build()) {
            List<ResourceCheck> results = probe.checkAll(targets);

            assertThat(results).extracting(c -> c.target().id()).containsExactly("r1", "r2", "r3", "r4", "r5");
            assertThat(results).extracting(ResourceCheck::status).containsExactly(200, 404, 200, 200, 404);
            assertThat(results).extracting(ResourceCheck::detectedFormat).containsExactly(ResourceFormat.PDF, null,
                    ResourceFormat.CSV, ResourceFormat.PDF, null);
            // All started together; the first finished last, so the order was restored, not given.
            assertThat(results.get(0).elapsed()).isGreaterThan(results.get(1).elapsed().plusMillis(200));
            assertThat(results.get(0).elapsed()).isGreaterThan(results.get(2).elapsed());
        }
    }

    @Test
    void anEmptyListGivesAnEmptyList() {
        try (ResourceProbe probe = ResourceProbe.builder().build()) {
            assertThat(probe.checkAll(List.of())).isEmpty();
        }
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
