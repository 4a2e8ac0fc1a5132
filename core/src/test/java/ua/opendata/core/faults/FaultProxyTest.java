package ua.opendata.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.opendata.ckan.testkit.FakeCkan;

/** What the {@link FaultProxy} does on the wire, fault by fault, seen with a raw socket. */
class FaultProxyTest {

    private static final String SHOW = "{\"id\": \"no-such-dataset\"}";

    private FakeCkan fake;
    private FaultProxy proxy;

    @BeforeEach
    void start() {
        fake = FakeCkan.start();
        proxy = FaultProxy.builder(fake.baseUrl()).retryAfterSeconds(1).stall(Duration.ofMillis(800))
                .trickle(Duration.ofMillis(100)).start();
    }

    @AfterEach
    void stop() {
        proxy.close();
        fake.close();
    }

    /** A raw HTTP exchange: what was read, in how many reads, or the exception that ended it. */
    private record Raw(byte[] bytes, int reads, IOException failure) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Raw post(String action, String body, boolean chunked, int readTimeoutMillis) throws IOException {
        URI u = URI.create(proxy.baseUrl());
        try (Socket s = new Socket(u.getHost(), u.getPort())) {
            s.setSoTimeout(readTimeoutMillis);
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("POST /api/3/action/" + action + " HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: application/json\r\n");
            head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + b.length + "\r\n");
            OutputStream out = s.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (chunked) {
                int half = b.length / 2;
                out.write((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.write(b, 0, half);
                out.write(("\r\n" + Integer.toHexString(b.length - half) + "\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.write(b, half, b.length - half);
                out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } else {
                out.write(b);
            }
            out.flush();
            ByteArrayOutputStream got = new ByteArrayOutputStream();
            InputStream in = s.getInputStream();
            byte[] buf = new byte[65536];
            int reads = 0;
            try {
                for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                    got.write(buf, 0, n);
                    reads++;
                }
            } catch (IOException e) {
                return new Raw(got.toByteArray(), reads, e);
            }
            return new Raw(got.toByteArray(), reads, null);
        }
    }

    @Test
    void withoutFaultsAnswersAreForwardedWholeAndChunkedBodiesArrive() throws IOException {
        Raw plain = post("package_show", SHOW, false, 5_000);
        Raw chunked = post("package_show", SHOW, true, 5_000);

        assertThat(plain.failure()).isNull();
        assertThat(plain.text()).startsWith("HTTP/1.1 404").contains("Connection: close").contains("\"success\"");
        assertThat(chunked.text()).isEqualTo(plain.text().replaceAll("Date: [^\r]*", "Date: " + date(chunked)));
        assertThat(fake.requests()).extracting(r -> r.bodyExcerpt()).containsExactly(SHOW, SHOW);
        assertThat(proxy.exchanges()).extracting(FaultProxy.Exchange::upstreamStatus).containsExactly(404, 404);
    }

    private static String date(Raw r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Date: ([^\r]*)").matcher(r.text());
        return m.find() ? m.group(1) : "";
    }

    @ParameterizedTest
    @EnumSource(value = Fault.class, names = {"BAD_GATEWAY_502", "TOO_MANY_429", "UNAVAILABLE_503", "PAYLOAD_413",
            "LOGIN_302"})
    void aPageFromTheProxyNeverReachesTheServer(Fault fault) throws IOException {
        proxy.inject("package_show", fault);

        Raw r = post("package_show", SHOW, false, 5_000);

        Map<Fault, String> status = new EnumMap<>(Map.of(Fault.BAD_GATEWAY_502, "502", Fault.TOO_MANY_429, "429",
                Fault.UNAVAILABLE_503, "503", Fault.PAYLOAD_413, "413", Fault.LOGIN_302, "302"));
        assertThat(r.text()).startsWith("HTTP/1.1 " + status.get(fault)).contains("Content-Type: text/html");
        if (fault == Fault.TOO_MANY_429 || fault == Fault.UNAVAILABLE_503) {
            assertThat(r.text()).contains("Retry-After: 1\r\n");
        }
        if (fault == Fault.LOGIN_302) {
            assertThat(r.text()).contains("Location: " + proxy.baseUrl() + "/user/login");
        }
        assertThat(fake.requests()).isEmpty();
        assertThat(proxy.exchanges()).singleElement().satisfies(e -> {
            assertThat(e.fault()).isEqualTo(fault);
            assertThat(e.forwarded()).isFalse();
        });
    }

    @Test
    void aResetBeforeForwardingEndsTheConnectionAndNothingReachesTheServer() throws IOException {
        proxy.inject("package_show", Fault.RESET_BEFORE);

        Raw r = post("package_show", SHOW, false, 5_000);

        assertThat(r.bytes()).isEmpty();
        assertThat(r.failure()).hasMessageContaining("reset");
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aResetAfterForwardingComesOnceTheServerAnswered() throws IOException {
        proxy.inject("package_show", Fault.RESET_AFTER);

        Raw r = post("package_show", SHOW, false, 5_000);

        assertThat(r.bytes()).isEmpty();
        assertThat(r.failure()).hasMessageContaining("reset");
        assertThat(fake.requests()).hasSize(1);
        assertThat(proxy.exchanges()).singleElement().extracting(FaultProxy.Exchange::upstreamStatus).isEqualTo(404);
    }

    @Test
    void aTruncatedAnswerStopsHalfWayThroughItsBody() throws IOException {
        Raw whole = post("package_show", SHOW, false, 5_000);
        proxy.inject("package_show", Fault.TRUNCATED);

        Raw r = post("package_show", SHOW, false, 5_000);

        int length = Integer.parseInt(r.text().replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        assertThat(r.failure()).isNull(); // a clean close
        assertThat(bodyLength(r)).isEqualTo(length / 2);
        assertThat(bodyLength(whole)).isEqualTo(length);
        assertThat(fake.requests()).hasSize(2);
    }

    private static int bodyLength(Raw r) {
        return r.bytes().length - r.text().substring(0, r.text().indexOf("\r\n\r\n") + 4)
                .getBytes(StandardCharsets.UTF_8).length;
    }

    @Test
    void aStalledAnswerSaysNothingForLongerThanTheClientWaits() throws IOException {
        proxy.inject("package_show", Fault.STALL);

        Raw r = post("package_show", SHOW, false, 300);

        assertThat(r.bytes()).isEmpty();
        assertThat(r.failure()).isInstanceOf(SocketTimeoutException.class);
        assertThat(fake.requests()).hasSize(1);
    }

    @Test
    void aTrickledAnswerArrivesWholeInManyPieces() throws IOException {
        Raw whole = post("package_show", SHOW, false, 5_000);
        proxy.inject("package_show", Fault.TRICKLE);

        Raw r = post("package_show", SHOW, false, 5_000);

        assertThat(r.failure()).isNull();
        assertThat(r.text().replaceAll("Date: [^\r]*", "")).isEqualTo(whole.text().replaceAll("Date: [^\r]*", ""));
        assertThat(r.reads()).isGreaterThan(20);
    }

    @Test
    void rulesComeFirstAndApplyToTheirActionOnly() throws IOException {
        proxy.faultsOn(new FaultSchedule(1, 1.0, List.of(Fault.BAD_GATEWAY_502), a -> true));
        proxy.inject("status_show", Fault.TOO_MANY_429);

        List<Raw> got = new java.util.ArrayList<>();
        got.add(post("package_show", SHOW, false, 5_000));
        got.add(post("status_show", "{}", false, 5_000));
        got.add(post("status_show", "{}", false, 5_000));
        proxy.faultsOff();
        got.add(post("status_show", "{}", false, 5_000));

        assertThat(got).extracting(Raw::failure).containsOnlyNulls();
        assertThat(got).extracting(r -> r.text().substring(0, 12))
                .containsExactly("HTTP/1.1 502", "HTTP/1.1 429", "HTTP/1.1 502", "HTTP/1.1 200");

        assertThat(proxy.exchanges()).extracting(FaultProxy.Exchange::byRule)
                .containsExactly(false, true, false, false);
        assertThat(proxy.journal()).contains("#1 seed=1 POST package_show fault=BAD_GATEWAY_502 (seeded) upstream=not "
                + "forwarded").contains("#2 seed=1 POST status_show fault=TOO_MANY_429 (rule)")
                .contains("#4 POST status_show fault=none upstream=200");
    }

    @Test
    void theScheduleDependsOnTheSeedAndTheRequestNumberOnly() {
        FaultSchedule a = FaultSchedule.everyFault(42, 0.12);
        FaultSchedule b = FaultSchedule.everyFault(42, 0.12);
        FaultSchedule other = FaultSchedule.everyFault(43, 0.12);
        Map<Fault, Integer> seen = new EnumMap<>(Fault.class);
        int faults = 0;
        int differ = 0;
        for (long n = 10_000; n >= 1; n--) { // asked in any order: the same answers
            Fault f = a.pick(n, "package_show");
            assertThat(b.pick(n, "package_show")).isEqualTo(f);
            if (f != null) {
                faults++;
                seen.merge(f, 1, Integer::sum);
            }
            if (f != other.pick(n, "package_show")) {
                differ++;
            }
        }
        assertThat(faults).isBetween(1_000, 1_400);
        assertThat(seen).containsOnlyKeys(Fault.values());
        assertThat(differ).isGreaterThan(1_000);
        assertThat(new FaultSchedule(42, 1.0, List.of(Fault.STALL), a2 -> a2 != null).pick(1, null)).isNull();
        assertThatThrownBy(() -> new FaultSchedule(1, 1.5, List.of(Fault.STALL), x -> true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
