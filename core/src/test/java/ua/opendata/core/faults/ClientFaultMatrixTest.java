package ua.opendata.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.RetryPolicy;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.faults.FaultProxy.Exchange;
import ua.opendata.core.faults.WriteKind.Snapshot;

/**
 * Every kind of write the client makes, under every fault of the {@link FaultProxy}, one fault injected
 * into the write's first attempt. Whatever the client reports, the server ends up with the write done at
 * most once (no duplicate resource; a write that is not idempotent never lands twice, and an idempotent one,
 * {@code package_update} or {@code package_patch} of the same values, may be repeated only to the same
 * result) and with nothing half done; when the client reports success the write happened, once in effect.
 * Where the fault proves the request never reached the server and asks to come back ({@code 429} and {@code
 * 503} with {@code Retry-After}), the client retries after that delay and succeeds; a trickled answer is
 * read whole; a {@code 413} page and a redirect to the login page fail the call with nothing written. {@link
 * CkanClient#safeUpdate} whose own write landed unheard recognises it and reports success, never a conflict
 * (that is, that nothing was written).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClientFaultMatrixTest {

    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(1);
    private static final int RETRY_AFTER_SECONDS = 1;

    private FakeCkan fake;
    private FaultProxy proxy;
    private CkanClient direct;
    private CkanClient client;
    private String orgId;
    private Path dir;

    @BeforeAll
    void start() throws IOException {
        fake = FakeCkan.start();
        orgId = fake.createOrganization("fault-matrix", "Fault matrix");
        proxy = FaultProxy.builder(fake.baseUrl()).retryAfterSeconds(RETRY_AFTER_SECONDS)
                .stall(RESPONSE_TIMEOUT.multipliedBy(3)).trickle(Duration.ofMillis(150)).start();
        direct = CkanClient.builder(fake.baseUrl()).apiKey(fake.sysadminKey()).build();
        client = CkanClient.builder(proxy.baseUrl()).apiKey(fake.sysadminKey())
                .responseTimeout(RESPONSE_TIMEOUT).callTimeout(Duration.ofSeconds(10))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(20), Duration.ofSeconds(2),
                        RetryPolicy.defaults().retryableWrites()))
                .build();
        dir = Files.createTempDirectory("uaod-fault-matrix");
    }

    @AfterAll
    void stop() throws IOException {
        client.close();
        direct.close();
        proxy.close();
        fake.close();
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(WriteKind.values())
                .flatMap(k -> Stream.of(Fault.values()).map(f -> Arguments.of(k, f)));
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("cases")
    void aWriteLandsAtMostOnceAndExactlyOnceWhenReportedDone(WriteKind kind, Fault fault) throws IOException {
        String name = ("mx-" + kind + "-" + fault).toLowerCase(Locale.ROOT).replace('_', '-');
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, "id,case\n1," + name + "\n", StandardCharsets.UTF_8);
        WriteKind.Case c = new WriteKind.Case(client, direct, orgId, name, file);
        kind.prepare(c);
        Snapshot before = WriteKind.observe(direct, name);
        Snapshot once = kind.expected(before, c);
        long mark = proxy.lastNo();

        proxy.inject(kind.action, fault);
        CkanException failure = null;
        try {
            kind.call(c);
        } catch (CkanException e) {
            failure = e;
        }
        proxy.awaitIdle(Duration.ofSeconds(5));
        proxy.faultsOff();

        List<Exchange> writes = proxy.exchanges(mark, e -> kind.action.equals(e.action()));
        long landed = writes.stream().filter(Exchange::landedWrite).count();
        Snapshot after = WriteKind.observe(direct, name);
        String story = kind + " under " + fault + ": the client " + (failure == null ? "reported success"
                : "failed with " + failure.getClass().getSimpleName() + ": " + failure.getMessage())
                + "; " + landed + " write(s) landed\n" + proxy.exchanges(mark, e -> true).stream()
                .map(e -> "  " + e + "\n").reduce("", String::concat);

        assertThat(writes).as(story).isNotEmpty();
        assertThat(writes.get(0).fault()).as(story).isEqualTo(fault);
        if (!kind.idempotent) {
            assertThat(landed).as("never repeated: " + story).isLessThanOrEqualTo(1);
        }
        assertThat(after.resources()).as("no duplicate resource: " + story).doesNotHaveDuplicates();
        assertThat(after).as("nothing half done, nothing lost, nothing twice: " + story)
                .isEqualTo(landed >= 1 ? once : before);
        if (failure == null) {
            assertThat(landed).as("reported done, so done: " + story).isPositive();
        }
        switch (fault) {
            case TOO_MANY_429, UNAVAILABLE_503 -> {
                assertThat(failure).as("nothing reached the server and it said when to come back: " + story).isNull();
                Exchange refused = writes.get(0);
                Exchange retry = writes.get(1);
                assertThat(Duration.ofNanos(retry.startNanos() - refused.answerNanos()))
                        .as("the retry waited for Retry-After: " + story)
                        .isGreaterThanOrEqualTo(Duration.ofSeconds(RETRY_AFTER_SECONDS).minusMillis(50));
            }
            case TRICKLE -> assertThat(failure).as("a slow answer is still an answer: " + story).isNull();
            case PAYLOAD_413, LOGIN_302 -> {
                assertThat(failure).as("not a CKAN answer: " + story).isNotNull();
                assertThat(landed).as(story).isZero();
            }
            default -> {
                // unknown outcome: the invariants above are all that can be asked
            }
        }
        if (kind == WriteKind.SAFE_UPDATE && landed == 1) {
            assertThat(failure).as("safeUpdate's own write landed: it must recognise it, never report a "
                    + "conflict (nothing written): " + story).isNull();
        }
    }
}
