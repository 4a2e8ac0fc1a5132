package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/** Proxies, rate limits, disconnects, slow servers and redirects, injected into the fake. */
class CkanClientFaultTest {
    private FakeCkan fake;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void start() {
        fake = FakeCkan.start();
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    private CkanClient.Builder builder(RetryPolicy retry) {
        return CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).retryPolicy(retry)
                .sleeper(sleeps::add);
    }

    private static RetryPolicy retries(int attempts) {
        return new RetryPolicy(attempts, Duration.ofMillis(100), Duration.ofSeconds(5),
                Set.of("package_patch", "package_revise"));
    }

    @Test
    void htmlFromAProxyIsAnUnexpectedResponseWithStatusAndExcerpt() {
        fake.enqueue(FakeCkanFault.html(502));
        try (CkanClient c = builder(RetryPolicy.none()).build()) {
            assertThatThrownBy(c::statusShow)
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(502);
                        assertThat(e.contentType()).isEqualTo("text/html");
                        assertThat(e.excerpt()).contains("502 Bad Gateway").hasSizeLessThanOrEqualTo(201);
                        assertThat(e.getMessage()).startsWith("status_show:")
                                .doesNotContain(fake.sysadminKey());
                    });
        }
    }

    @Test
    void plainTextAndBareJsonBodiesAreUnexpectedResponses() {
        fake.enqueue(FakeCkanFault.respond(413, "text/plain", "Request Entity Too Large"));
        fake.enqueue(FakeCkanFault.respond(200, "application/json", "[1, 2]"));
        try (CkanClient c = builder(RetryPolicy.none()).build()) {
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(
                    CkanUnexpectedResponseException.class, e -> assertThat(e.httpStatus()).isEqualTo(413));
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(
                    CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.bareMessage()).isNull();
                    });
        }
    }

    @Test
    void readsAreRetriedAfterA502() {
        fake.enqueue(FakeCkanFault.html(502)).enqueue(FakeCkanFault.html(503));
        try (CkanClient c = builder(retries(3)).build()) {
            assertThat(c.statusShow().ckanVersion()).isEqualTo("2.10.10");
        }
        assertThat(fake.requests()).hasSize(3);
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }

    @Test
    void retryAfterIsHonoured() {
        fake.enqueue(FakeCkanFault.tooManyRequests(3));
        try (CkanClient c = builder(retries(2)).build()) {
            c.statusShow();
        }
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterLongerThanTheMaximumGivesUp() {
        fake.enqueue(FakeCkanFault.tooManyRequests(600));
        try (CkanClient c = builder(retries(4)).build()) {
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(
                    CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(429);
                        assertThat(e.retryAfter()).isEqualTo("600");
                    });
        }
        assertThat(sleeps).isEmpty();
    }

    @Test
    void attemptsAreBounded() {
        for (int i = 0; i < 5; i++) {
            fake.enqueue(FakeCkanFault.html(503));
        }
        try (CkanClient c = builder(retries(3)).build()) {
            assertThatThrownBy(c::statusShow).isInstanceOf(CkanUnexpectedResponseException.class);
        }
        assertThat(fake.requests()).hasSize(3);
    }

    @Test
    void aCreateIsRetriedOnlyAfterCheckingTheNameIsFree() {
        fake.createOrganization("o1", "O");
        fake.enqueue(FakeCkanFault.html(502).onlyFor("package_create"));
        try (CkanClient c = builder(retries(4)).build()) {
            assertThat(c.packageCreate(CkanDatasetWrite.builder().name("x1").ownerOrg("o1").build())
                    .name()).isEqualTo("x1");
        }
        assertThat(fake.requests()).extracting(r -> r.path().replace("/api/3/action/", ""))
                .containsExactly("package_create", "package_show", "package_create");
    }

    @Test
    void aCreateIsNotRetriedWhenTheNameNowExists() {
        fake.createOrganization("o1", "O");
        try (CkanClient c = builder(retries(4)).build()) {
            c.packageCreate(CkanDatasetWrite.builder().name("x2").ownerOrg("o1").build());
            fake.enqueue(FakeCkanFault.html(502).onlyFor("package_create"));

            assertThatThrownBy(() -> c.packageCreate(
                    CkanDatasetWrite.builder().name("x2").ownerOrg("o1").build()))
                    .isInstanceOf(CkanException.class)
                    .hasMessageContaining("x2 now exists")
                    .hasCauseInstanceOf(CkanUnexpectedResponseException.class);
        }
        assertThat(fake.requests()).hasSize(3);
    }

    @Test
    void otherWritesAreNotRetried() {
        fake.createOrganization("o1", "O");
        try (CkanClient c = builder(retries(4)).build()) {
            c.packageCreate(CkanDatasetWrite.builder().name("x3").ownerOrg("o1").build());
            fake.enqueue(FakeCkanFault.html(502).onlyFor("package_update"));

            assertThatThrownBy(() -> c.packageUpdate(
                    CkanDatasetWrite.builder().name("x3").ownerOrg("o1").build()))
                    .isInstanceOf(CkanUnexpectedResponseException.class);
        }
        assertThat(fake.requests()).hasSize(2);
    }

    @Test
    void patchIsRetried() {
        fake.createOrganization("o1", "O");
        try (CkanClient c = builder(retries(3)).build()) {
            c.packageCreate(CkanDatasetWrite.builder().name("p1").ownerOrg("o1").build());
            fake.enqueue(FakeCkanFault.html(503).onlyFor("package_patch"));

            assertThat(c.packagePatch(CkanDatasetWrite.builder().name("p1").notes("n").build()).notes())
                    .isEqualTo("n");
        }
        assertThat(fake.requests()).hasSize(3);
    }

    @Test
    void aDisconnectMidBodyIsATransportError() {
        fake.enqueue(FakeCkanFault.disconnectMidBody());
        try (CkanClient c = builder(RetryPolicy.none()).build()) {
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(CkanTransportException.class,
                    e -> {
                        assertThat(e.isTimeout()).isFalse();
                        assertThat(e.getMessage()).startsWith("status_show:");
                    });
        }
    }

    @Test
    void aSlowServerTimesOut() {
        fake.enqueue(FakeCkanFault.delay(Duration.ofSeconds(3)));
        try (CkanClient c = builder(RetryPolicy.none()).responseTimeout(Duration.ofMillis(300))
                .build()) {
            long start = System.nanoTime();
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(CkanTransportException.class,
                    e -> assertThat(e.isTimeout()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void aRedirectOnPostIsReportedNotFollowed() {
        fake.enqueue(FakeCkanFault.redirect(301, "https://portal.example/api/3/action/status_show"));
        try (CkanClient c = builder(retries(3)).build()) {
            assertThatThrownBy(c::statusShow).isInstanceOfSatisfying(
                    CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(301);
                        assertThat(e.location()).isEqualTo("https://portal.example/api/3/action/status_show");
                        assertThat(e.getMessage()).contains("https://portal.example");
                    });
        }
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void responsesOverTheSizeLimitAreRefused() {
        try (CkanClient c = builder(RetryPolicy.none()).maxResponseBytes(100).build()) {
            assertThatThrownBy(c::licenseList).isInstanceOfSatisfying(
                    CkanUnexpectedResponseException.class,
                    e -> assertThat(e.getMessage()).contains("(body longer than 100 bytes; raise maxResponseBytes"
                            + " or ask for fewer rows)"));
        }
    }

    @Test
    void writesArePacedAndReadsAreNot() {
        fake.createOrganization("o1", "O");
        try (CkanClient c = builder(RetryPolicy.none()).writePacing(Duration.ofSeconds(10)).build()) {
            for (int i = 1; i <= 3; i++) {
                c.packageCreate(CkanDatasetWrite.builder().name("paced-" + i).ownerOrg("o1").build());
                c.packageShow("paced-" + i);
            }
        }
        assertThat(sleeps).hasSize(2);
        assertThat(sleeps.get(0)).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
        assertThat(sleeps.get(1)).isBetween(Duration.ofSeconds(19), Duration.ofSeconds(20));
    }

    @Test
    void streamedSearchPagesHonourTheSizeLimitAndDisconnects() {
        fake.createOrganization("o1", "O");
        fake.seedDatasets("o1", "big", 50);
        try (CkanClient c = builder(RetryPolicy.none()).maxResponseBytes(2000).build()) {
            assertThatThrownBy(() -> c.packageSearch(CkanSearchQuery.builder().rows(50).build()))
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.httpStatus()).isEqualTo(200);
                        assertThat(e.getMessage()).contains("(body longer than 2000 bytes; raise"
                                + " maxResponseBytes or ask for fewer rows)");
                    });
            fake.enqueue(FakeCkanFault.disconnectMidBody());
            assertThatThrownBy(() -> c.packageSearch(CkanSearchQuery.builder().rows(1).build()))
                    .isInstanceOf(CkanTransportException.class);
            fake.enqueue(FakeCkanFault.respond(200, "application/json", "{\"success\": true, "));
            assertThatThrownBy(() -> c.packageSearch(CkanSearchQuery.builder().rows(1).build()))
                    .isInstanceOf(CkanUnexpectedResponseException.class);
        }
    }

    @Test
    void concurrencyIsLimited() throws Exception {
        for (int i = 0; i < 8; i++) {
            fake.enqueue(FakeCkanFault.delay(Duration.ofMillis(150)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try (CkanClient c = builder(RetryPolicy.none()).maxConcurrentRequests(2).build()) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(c::statusShow));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fake.maxConcurrentRequests()).isBetween(1, 2);
        assertThat(fake.requests()).hasSize(8);
    }
}
