package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;

/**
 * Which writes are repeated after which failure: an idempotent call after any retried failure, a
 * non-idempotent one only when it is proven that nothing was applied; an unknown outcome is an
 * exception with {@code outcomeUnknown()}. The fake drops connections before or after applying a
 * write, so each test can count what the server stored.
 */
class CkanWriteRetryTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeCkan fake;
    private CkanClient ckan;
    private int seen;
    private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());
    @TempDir
    Path dir;

    @BeforeEach
    void start() {
        fake = FakeCkan.start();
        fake.createOrganization("o1", "O");
        ckan = builder(fake.baseUrl()).build();
        ckan.packageCreate(CkanDatasetWrite.builder().name("ds").ownerOrg("o1").title("T").build());
        seen = fake.requests().size();
    }

    @AfterEach
    void stop() {
        ckan.close();
        fake.close();
    }

    private CkanClient.Builder builder(String url) {
        return CkanClient.builder(url).apiKey(fake.sysadminKey()).sleeper(sleeps::add)
                .retryPolicy(new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(10),
                        RetryPolicy.defaults().retryableWrites()));
    }

    private long calls(String action) {
        return fake.requests().stream().skip(seen).filter(r -> r.path().endsWith("/" + action)).count();
    }

    private int resources() {
        return ckan.packageShow("ds").resources().size();
    }

    private CkanResourceWrite link(String name) {
        return CkanResourceWrite.builder().packageId("ds").name(name).url("https://example.org/" + name)
                .build();
    }

    private Path file() throws Exception {
        return Files.writeString(dir.resolve("data.csv"), "a,b\n1,2\n");
    }

    // ---------------------------------------------------------------- non-idempotent: unknown outcome

    @Test
    void aResourceCreateWhoseAnswerIsLostIsNotRepeatedAndSaysTheOutcomeIsUnknown() {
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("resource_create"));

        assertThatThrownBy(() -> ckan.resourceCreate(link("r1")))
                .isInstanceOfSatisfying(CkanTransportException.class, e -> {
                    assertThat(e.outcomeUnknown()).isTrue();
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage()).contains("resource_create took effect is unknown");
                    assertThat(e.getMessage(java.util.Locale.forLanguageTag("uk"))).contains("невідомо");
                });
        assertThat(calls("resource_create")).isEqualTo(1);
        assertThat(resources()).isEqualTo(1);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void aDroppedRequestLooksTheSameAndIsNotRepeatedEither() {
        fake.enqueue(FakeCkanFault.dropBeforeApplying().onlyFor("resource_create"));

        assertThatThrownBy(() -> ckan.resourceCreate(link("r1")))
                .isInstanceOfSatisfying(CkanTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(calls("resource_create")).isEqualTo(1);
        assertThat(resources()).isZero();
    }

    @Test
    void aReviseThatExtendsIsNotRepeatedAfterALostAnswer() {
        ObjectNode p = F.objectNode();
        p.putObject("match").put("name", "ds");
        p.putArray("update__resources__extend").addObject().put("name", "x").put("url", "https://e.org/x");
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_revise"));

        assertThatThrownBy(() -> ckan.callTree("package_revise", p))
                .isInstanceOfSatisfying(CkanException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(calls("package_revise")).isEqualTo(1);
        assertThat(resources()).isEqualTo(1);
    }

    @Test
    void aMultipartReviseAddingAFileIsNotRepeatedAfterALostAnswer() throws Exception {
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_revise"));
        ObjectNode match = F.objectNode().put("name", "ds");

        assertThatThrownBy(() -> ckan.packageReviseFiles(match, F.objectNode(),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name("f").build(), file())),
                CkanUploadProgress.none()))
                .isInstanceOfSatisfying(CkanTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        assertThat(calls("package_revise")).isEqualTo(1);
        assertThat(resources()).isEqualTo(1);
    }

    @Test
    void aTruncatedAnswerOrAStallAfterSendingIsAnUnknownOutcomeAndNotRepeated() {
        fake.enqueue(FakeCkanFault.disconnectMidBody().onlyFor("resource_create"));
        assertThatThrownBy(() -> ckan.resourceCreate(link("r1")))
                .isInstanceOfSatisfying(CkanTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        try (CkanClient slow = builder(fake.baseUrl()).responseTimeout(Duration.ofMillis(300)).build()) {
            fake.enqueue(FakeCkanFault.delay(Duration.ofSeconds(2)).onlyFor("resource_create"));
            assertThatThrownBy(() -> slow.resourceCreate(link("r2")))
                    .isInstanceOfSatisfying(CkanTransportException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.outcomeUnknown()).isTrue();
                    });
        }
        assertThat(calls("resource_create")).isEqualTo(2);
        assertThat(sleeps).isEmpty();
    }

    @Test
    void a502Or504OrA503WithoutRetryAfterProveNothingForANonIdempotentWrite() {
        for (FakeCkanFault f : List.of(FakeCkanFault.html(502), FakeCkanFault.html(504),
                FakeCkanFault.unavailable(-1))) {
            seen = fake.requests().size();
            fake.enqueue(f.onlyFor("resource_create"));
            assertThatThrownBy(() -> ckan.resourceCreate(link("r")))
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                        assertThat(e.outcomeUnknown()).isTrue();
                        assertThat(e.attempts()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("Whether a write took effect is unknown");
                    });
            assertThat(calls("resource_create")).isEqualTo(1);
        }
        assertThat(sleeps).isEmpty();
    }

    // ---------------------------------------------------------------- non-idempotent: nothing applied

    @Test
    void aResourceCreateIsRetriedAfterA429AndA503WithRetryAfter() {
        fake.enqueue(FakeCkanFault.tooManyRequests(2).onlyFor("resource_create"));
        fake.enqueue(FakeCkanFault.unavailable(3).onlyFor("resource_create"));

        assertThat(ckan.resourceCreate(link("r1")).name()).isEqualTo("r1");

        assertThat(calls("resource_create")).isEqualTo(3);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3));
        assertThat(resources()).isEqualTo(1);
    }

    @Test
    void a429WithoutRetryAfterIsRetriedWithBackoff() {
        fake.enqueue(FakeCkanFault.respond(429, "text/plain", "Too Many Requests").onlyFor("resource_create"));

        ckan.resourceCreate(link("r1"));

        assertThat(calls("resource_create")).isEqualTo(2);
        assertThat(sleeps).hasSize(1);
        assertThat(sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void anUploadAndAMultipartReviseAreRetriedAfterARateLimit() throws Exception {
        fake.enqueue(FakeCkanFault.tooManyRequests(1).onlyFor("resource_create"));
        CkanUploaded up = ckan.uploadNew(CkanResourceWrite.builder().packageId("ds").name("u").build(),
                file(), CkanUploadProgress.none());
        assertThat(up.bytes()).isEqualTo(8);
        fake.enqueue(FakeCkanFault.unavailable(1).onlyFor("package_revise"));
        ckan.packageReviseFiles(F.objectNode().put("name", "ds"), F.objectNode(),
                List.of(CkanFileUpload.newResource(CkanResourceWrite.builder().name("f").build(), file())),
                CkanUploadProgress.none());

        assertThat(calls("resource_create")).isEqualTo(2);
        assertThat(calls("package_revise")).isEqualTo(2);
        assertThat(resources()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void aRefusedConnectionIsRetriedForAnyWriteAndSaysNothingWasSent() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CkanClient closed = builder("http://127.0.0.1:" + port).build()) {
            assertThatThrownBy(() -> closed.resourceCreate(link("r")))
                    .isInstanceOfSatisfying(CkanTransportException.class, e -> {
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.attempts()).isEqualTo(4);
                        assertThat(e.getMessage()).contains("nothing was sent");
                    });
        }
        assertThat(sleeps).hasSize(3);
    }

    @Test
    void a429ThatOutlastsTheRetriesSaysHowManyAttemptsWereMade() {
        for (int i = 0; i < 4; i++) {
            fake.enqueue(FakeCkanFault.tooManyRequests(1).onlyFor("resource_create"));
        }
        assertThatThrownBy(() -> ckan.resourceCreate(link("r")))
                .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                    assertThat(e.isRateLimited()).isTrue();
                    assertThat(e.outcomeUnknown()).isFalse();
                    assertThat(e.attempts()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("limiting requests after 4 attempts")
                            .contains("nothing was applied");
                });
        assertThat(resources()).isZero();
    }

    @Test
    void aRetryAfterPastTheCallTimeoutGivesUpAtOnceWithNothingApplied() {
        fake.enqueue(FakeCkanFault.tooManyRequests(5).onlyFor("resource_create"));
        try (CkanClient c = builder(fake.baseUrl()).callTimeout(Duration.ofSeconds(2)).build()) {
            assertThatThrownBy(() -> c.resourceCreate(link("r")))
                    .isInstanceOfSatisfying(CkanTransportException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.outcomeUnknown()).isFalse();
                        assertThat(e.getCause()).isInstanceOf(CkanUnexpectedResponseException.class);
                    });
        }
        assertThat(sleeps).isEmpty();
    }

    // ---------------------------------------------------------------- idempotent

    @Test
    void byDefaultNoWriteIsRepeatedAfterALostAnswerNotEvenPatchUpdateOrRevise() {
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_patch"));
        assertUnknown(() -> ckan.packagePatch(CkanDatasetWrite.builder().name("ds").notes("n").build()));
        CkanDataset d = ckan.packageShow("ds");
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_update"));
        assertUnknown(() -> ckan.packageUpdate(d.toWrite().toBuilder().title("U").build()));
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_revise"));
        assertUnknown(() -> ckan.packageRevise(F.objectNode().put("name", "ds"), F.objectNode().put("title", "R")));

        assertThat(calls("package_patch")).isEqualTo(1);
        assertThat(calls("package_update")).isEqualTo(1);
        assertThat(calls("package_revise")).isEqualTo(1);
        // each landed once, and the caller was told it may have
        assertThat(ckan.packageShow("ds").title()).isEqualTo("R");
        assertThat(resources()).isZero();
    }

    @Test
    void aWriteAnApplicationListsAsRetryableIsRepeatedAfterALostAnswer() {
        try (CkanClient c = builder(fake.baseUrl()).retryPolicy(new RetryPolicy(4, Duration.ofMillis(100),
                Duration.ofSeconds(10), java.util.Set.of("package_patch"))).build()) {
            fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_patch"));
            assertThat(c.packagePatch(CkanDatasetWrite.builder().name("ds").notes("n").build()).notes())
                    .isEqualTo("n");
        }
        assertThat(calls("package_patch")).isEqualTo(2);
    }

    private static void assertUnknown(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CkanException.class,
                e -> assertThat(e.outcomeUnknown()).as(e.getMessage()).isTrue());
    }

    @Test
    void aCreateIsRetriedDirectlyAfterARateLimitAndNotTwiceOver() {
        fake.enqueue(FakeCkanFault.tooManyRequests(1).onlyFor("package_create"));
        ckan.packageCreate(CkanDatasetWrite.builder().name("ds2").ownerOrg("o1").build());
        assertThat(fake.requests().subList(seen, fake.requests().size())).extracting(r -> r.path().replace("/api/3/action/", ""))
                .containsExactly("package_create", "package_create");
    }

    // ---------------------------------------------------------------- safeUpdate

    @Test
    void safeUpdateRecognisesItsOwnWriteAfterALostAnswer() {
        fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_revise"));

        CkanDataset d = ckan.safeUpdate("ds", w -> w.toBuilder().title("Моя").build());

        assertThat(d.title()).isEqualTo("Моя");
        // not repeated: the re-read after the unknown outcome found its own write
        assertThat(calls("package_revise")).isEqualTo(1);
    }

    @Test
    void safeUpdateRecognisesItsOwnWriteWithoutRetries() {
        try (CkanClient once = builder(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build()) {
            fake.enqueue(FakeCkanFault.dropAfterApplying().onlyFor("package_revise"));

            assertThat(once.safeUpdate("ds", w -> w.toBuilder().title("Моя").build()).title())
                    .isEqualTo("Моя");
        }
        assertThat(calls("package_revise")).isEqualTo(1);
    }

    @Test
    void safeUpdateThrowsTheFailureWhenNothingWasWritten() {
        try (CkanClient once = builder(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build()) {
            fake.enqueue(FakeCkanFault.dropBeforeApplying().onlyFor("package_revise"));

            assertThatThrownBy(() -> once.safeUpdate("ds", w -> w.toBuilder().title("Моя").build()))
                    .isInstanceOfSatisfying(CkanTransportException.class, e -> assertThat(e.outcomeUnknown()).isTrue());
        }
        assertThat(ckan.packageShow("ds").title()).isEqualTo("T");
    }

    @Test
    void safeUpdateStillReportsAGenuineConcurrentChangeAfterAnUnknownOutcome() {
        fake.enqueue(FakeCkanFault.dropBeforeApplying().onlyFor("package_revise"));
        try (CkanClient other = builder(fake.baseUrl()).build()) {
            assertThatThrownBy(() -> ckan.safeUpdate("ds", w -> {
                other.packagePatch(CkanDatasetWrite.builder().name("ds").notes("чужа").build());
                return w.toBuilder().title("Моя").build();
            })).isInstanceOf(CkanConflictException.class);
        }
        CkanDataset after = ckan.packageShow("ds");
        assertThat(after.title()).isEqualTo("T");
        assertThat(after.notes()).isEqualTo("чужа");
    }
}
