package ua.opendata.core.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.core.content.ContentReport;
import ua.opendata.core.rules.Severity;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.StructureField;

/** The probe against a loopback server: links, redirects, formats, encodings, content, limits. */
public class ResourceProbeTest {

    public static final DataStructure STRUCTURE = new DataStructure(null, List.of(
            new StructureField("id", null, null, "integer", true),
            new StructureField("назва", null, null, "string", true),
            new StructureField("дата", null, null, "date", true)));
    public static final String GOOD_CSV = "id,назва,дата\n1,Київ,2026-01-31\n2,\"Львів, центр\",2026-02-28\n";
    static final DataFormat CSV = DataFormat.of(KnownFormat.CSV);

    private ProbeServer server;
    private ResourceProbe probe;

    @BeforeEach
    void start() throws IOException {
        server = new ProbeServer();
        probe = loopbackProbe().build();
    }

    @AfterEach
    void stop() {
        probe.close();
        server.close();
    }

    /** The loopback server is private, so these tests allow private addresses. */
    static ResourceProbe.Builder loopbackProbe() {
        return ResourceProbe.builder().allowPrivateAddresses(true).perHostDelay(Duration.ZERO)
                .connectTimeout(Duration.ofSeconds(2)).readTimeout(Duration.ofSeconds(5));
    }

    @Test
    void goodCsvWithItsStructurePasses() {
        byte[] body = GOOD_CSV.getBytes(StandardCharsets.UTF_8);
        server.file("/good.csv", "text/csv; charset=utf-8", body);

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/good.csv"), CSV, STRUCTURE));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.reachable()).isTrue();
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.finalUrl()).isEqualTo(server.url("/good.csv"));
        assertThat(c.redirects()).isEmpty();
        assertThat(c.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(c.contentLength()).isEqualTo(body.length);
        assertThat(c.bytesRead()).isEqualTo(body.length);
        assertThat(c.size()).isEqualTo(body.length);
        assertThat(c.truncated()).isFalse();
        assertThat(c.detectedFormat()).isEqualTo(ResourceFormat.CSV);
        assertThat(c.encoding()).isEqualTo(ResourceEncoding.UTF_8);
        ContentReport content = c.content();
        assertThat(content).isNotNull();
        assertThat(content.passed()).isTrue();
        assertThat(content.rows()).isEqualTo(2);
        assertThat(content.header()).containsExactly("id", "назва", "дата");
        assertThat(c.problems()).isEmpty();
        assertThat(c.passed()).isTrue();
        assertThat(server.seen("/good.csv")).singleElement().satisfies(s -> {
            assertThat(s.headers().get("User-agent")).containsExactly("ua-opendata/0.1 (+https://github.com/ua-opendata)");
            assertThat(s.headers()).doesNotContainKeys("Authorization", "Cookie");
        });
    }

    @Test
    void deadLinkIsAnHttpError() {
        server.on("/gone.csv", ex -> ProbeServer.send(ex, 404, "text/html", "<html>Not found</html>".getBytes()));

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/gone.csv"), "csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.HTTP_ERROR);
        assertThat(c.reachable()).isFalse();
        assertThat(c.status()).isEqualTo(404);
        assertThat(c.detectedFormat()).isNull();
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-HTTP-STATUS");
        ResourceProblem p = c.problems().get(0);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message().en()).contains("HTTP 404");
        assertThat(p.message().uk()).contains("HTTP 404").contains("замість файлу");
        assertThat(c.passed()).isFalse();
    }

    @Test
    void redirectToAnHtmlPageIsCaught() {
        server.redirect("/data.csv", 302, "/portal/page");
        server.file("/portal/page", "text/html; charset=utf-8",
                "\n<!DOCTYPE html><html><head><title>Набір</title></head><body>…</body></html>".getBytes(StandardCharsets.UTF_8));

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/data.csv"), CSV, STRUCTURE));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.redirects()).containsExactly(server.url("/portal/page"));
        assertThat(c.finalUrl()).isEqualTo(server.url("/portal/page"));
        assertThat(c.status()).isEqualTo(200);
        assertThat(c.detectedFormat()).isEqualTo(ResourceFormat.HTML);
        assertThat(c.content()).isNull();
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-HTML-INSTEAD-OF-DATA");
        assertThat(c.problems().get(0).message().en()).isEqualTo("The link leads to a web page, not to a CSV file.");
        assertThat(c.problems().get(0).message().uk()).isEqualTo("Посилання веде на вебсторінку, а не на файл CSV.");
    }

    @Test
    void windows1251CsvIsReadAndReported() {
        byte[] body = GOOD_CSV.getBytes(Charset.forName("windows-1251"));
        server.file("/cp1251.csv", "text/csv", body);

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/cp1251.csv"), CSV, STRUCTURE));

        assertThat(c.encoding()).isEqualTo(ResourceEncoding.WINDOWS_1251);
        assertThat(c.content()).isNotNull();
        assertThat(c.content().charset().name()).isEqualTo("windows-1251");
        assertThat(c.content().header()).containsExactly("id", "назва", "дата");
        assertThat(c.content().errorCount()).isZero();
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-ENCODING-1251");
        assertThat(c.problems().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(c.passed()).isTrue();
    }

    @Test
    void csvBreakingItsStructureIsReportedWithTheContentReport() {
        String csv = "id,назва\n1,Київ\nx,\n";
        server.file("/bad.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/bad.csv"), CSV, STRUCTURE));

        ContentReport content = c.content();
        assertThat(content).isNotNull();
        assertThat(content.problemCounts()).containsEntry("CONTENT-MISSING-COLUMN", 1L)
                .containsEntry("CONTENT-INTEGER", 1L).containsEntry("CONTENT-REQUIRED", 1L);
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-CONTENT-ERRORS");
        ResourceProblem p = c.problems().get(0);
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message().en()).startsWith("The file does not follow its data structure: 3 errors, the first: row 1, ")
                .contains("“дата”");
        assertThat(p.message().uk()).startsWith("Файл не відповідає своїй структурі даних: помилок — 3, перша: рядок 1, ");
    }

    @Test
    void slowServerTimesOut() {
        server.on("/slow.csv", ex -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ProbeServer.send(ex, 200, "text/csv", GOOD_CSV.getBytes(StandardCharsets.UTF_8));
        });
        try (ResourceProbe impatient = loopbackProbe().readTimeout(Duration.ofMillis(300)).build()) {
            ResourceCheck c = impatient.check(ResourceTarget.of(server.url("/slow.csv"), "CSV"));

            assertThat(c.outcome()).isEqualTo(LinkOutcome.TIMEOUT);
            assertThat(c.status()).isZero();
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-UNREACHABLE");
            assertThat(c.problems().get(0).message().en())
                    .isEqualTo("The file could not be reached at 127.0.0.1: the server did not answer in time.");
            assertThat(c.elapsed()).isLessThan(Duration.ofMillis(2_500));
        }
    }

    @Test
    void declaredXlsxThatIsReallyAPdf() {
        server.file("/report.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/report.xlsx"), "xlsx"));

        assertThat(c.detectedFormat()).isEqualTo(ResourceFormat.PDF);
        assertThat(c.encoding()).isNull();
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-FORMAT-MISMATCH");
        assertThat(c.problems().get(0).message().en()).isEqualTo("The format is declared as XLSX, but the file is PDF.");
        assertThat(c.problems().get(0).message().uk()).isEqualTo("Формат зазначено як XLSX, але файл насправді PDF.");
    }

    @Test
    void zipArchivesAndOfficeFilesInsideThem() throws IOException {
        server.file("/data.zip", "application/zip", zip("data.csv", "readme.txt"));
        server.file("/book.xlsx", "application/octet-stream", zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"));

        List<ResourceCheck> c = probe.checkAll(List.of(
                ResourceTarget.of(server.url("/data.zip"), "zip"),
                ResourceTarget.of(server.url("/book.xlsx"), "XLSX"),
                ResourceTarget.of(server.url("/book.xlsx"), "zip"),
                ResourceTarget.of(server.url("/data.zip"), "xlsx")));

        assertThat(c).extracting(ResourceCheck::detectedFormat)
                .containsExactly(ResourceFormat.ZIP, ResourceFormat.XLSX, ResourceFormat.XLSX, ResourceFormat.ZIP);
        assertThat(c.get(0).problems()).isEmpty();
        assertThat(c.get(1).problems()).isEmpty();
        assertThat(c.get(2).problems()).isEmpty();
        assertThat(c.get(3).problems()).extracting(ResourceProblem::code).containsExactly("RES-FORMAT-MISMATCH");
    }

    @Test
    void csvOverTheReadLimitIsCheckedUpToItAndSaysSo() {
        StringBuilder big = new StringBuilder("id,назва,дата\n");
        for (int i = 1; big.length() < 2_000_000; i++) {
            big.append(i).append(",Рядок ").append(i).append(",2026-01-01\n");
        }
        byte[] body = big.toString().getBytes(StandardCharsets.UTF_8);
        server.file("/big.csv", "text/csv", body);
        try (ResourceProbe limited = loopbackProbe().maxBytes(100_000).build()) {
            ResourceCheck c = limited.check(ResourceTarget.of(server.url("/big.csv"), CSV, STRUCTURE));

            assertThat(c.truncated()).isTrue();
            assertThat(c.bytesRead()).isEqualTo(100_001);
            assertThat(c.contentLength()).isEqualTo(body.length);
            assertThat(c.content()).isNotNull();
            assertThat(c.content().problemCounts()).containsOnlyKeys("CSV-FILE-TOO-LARGE");
            assertThat(c.content().rows()).isGreaterThan(1000).isLessThan(4000);
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-TOO-LARGE");
            assertThat(c.problems().get(0).message().en()).contains("100000 bytes");
            assertThat(c.passed()).isTrue();
        }
    }

    @Test
    void binaryOverTheReadLimitWithoutALengthStopsAtTheLimit() {
        byte[] chunk = new byte[64 * 1024];
        chunk[0] = 0x1F;
        chunk[1] = (byte) 0x8B;
        server.on("/dump.gz", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/gzip");
            ex.sendResponseHeaders(200, 0); // chunked, no length
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 160; i++) { // 10 MiB
                    out.write(chunk);
                }
            }
        });
        try (ResourceProbe limited = loopbackProbe().maxBytes(200_000).build()) {
            ResourceCheck c = limited.check(ResourceTarget.of(server.url("/dump.gz"), "gz"));

            assertThat(c.detectedFormat()).isEqualTo(ResourceFormat.GZIP);
            assertThat(c.contentLength()).isNull();
            assertThat(c.truncated()).isTrue();
            assertThat(c.bytesRead()).isEqualTo(200_001);
            assertThat(c.size()).isNull();
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-TOO-LARGE");
        }
    }

    @Test
    void emptyFileAndUndeclaredFormat() {
        server.file("/empty.csv", "text/csv", new byte[0]);
        server.file("/data.json", "application/json", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));

        List<ResourceCheck> c = probe.checkAll(List.of(ResourceTarget.of(server.url("/empty.csv"), "csv"),
                ResourceTarget.of(server.url("/data.json"), "джейсон"), ResourceTarget.of(server.url("/data.json"), null)));

        assertThat(c.get(0).detectedFormat()).isEqualTo(ResourceFormat.EMPTY);
        assertThat(c.get(0).problems()).extracting(ResourceProblem::code).containsExactly("RES-EMPTY");
        assertThat(c.get(1).detectedFormat()).isEqualTo(ResourceFormat.JSON);
        assertThat(c.get(1).problems()).extracting(ResourceProblem::code).containsExactly("RES-FORMAT-UNDECLARED");
        assertThat(c.get(1).problems().get(0).message().en()).contains("“джейсон”").contains("JSON");
        assertThat(c.get(2).problems()).extracting(ResourceProblem::code).containsExactly("RES-FORMAT-UNDECLARED");
    }

    @Test
    void aOneColumnCsvIsStillCheckedAgainstItsStructure() {
        server.file("/codes.csv", "text/csv", "edrpou\n14360570\n14360571\n".getBytes(StandardCharsets.UTF_8));
        DataStructure codes = new DataStructure(null, List.of(new StructureField("edrpou", null, null, "edrpou", true)));

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/codes.csv"), CSV, codes));

        assertThat(c.detectedFormat()).isEqualTo(ResourceFormat.TEXT);
        assertThat(c.content()).isNotNull();
        assertThat(c.content().rows()).isEqualTo(2);
        assertThat(c.content().problemCounts()).containsOnlyKeys("CONTENT-EDRPOU");
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-CONTENT-ERRORS");
    }

    @Test
    void aBodyThatBreaksOffIsReported() {
        server.on("/cut.csv", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/csv");
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write(GOOD_CSV.getBytes(StandardCharsets.UTF_8));
            out.flush();
            ex.getHttpContext().getServer().stop(0); // drops the connection mid-body
        });

        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/cut.csv"), CSV, STRUCTURE));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.contentLength()).isEqualTo(10_000);
        assertThat(c.bytesRead()).isLessThan(10_000);
        assertThat(c.problems()).extracting(ResourceProblem::code).contains("RES-BODY-INTERRUPTED");
        assertThat(c.passed()).isFalse();
    }

    @Test
    void aServerThatDripsIsCutAtTheTotalTimeout() {
        server.on("/drip.csv", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/csv");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < 100; i++) {
                out.write(("row" + i + ",x\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.close();
        });
        try (ResourceProbe p = loopbackProbe().readTimeout(Duration.ofSeconds(2)).totalTimeout(Duration.ofMillis(400))
                .build()) {
            ResourceCheck c = p.check(ResourceTarget.of(server.url("/drip.csv"), "csv"));

            assertThat(c.problems()).extracting(ResourceProblem::code).contains("RES-BODY-INTERRUPTED");
            assertThat(c.problems().get(0).message().en())
                    .isEqualTo("The download broke off: the server did not answer in time.");
            assertThat(c.elapsed()).isLessThan(Duration.ofMillis(2_500));
        }
    }

    @Test
    void aCheckRoundTripsThroughItsBuilder() {
        server.file("/good.csv", "text/csv", GOOD_CSV.getBytes(StandardCharsets.UTF_8));
        ResourceCheck c = probe.check(ResourceTarget.of(server.url("/good.csv"), CSV, STRUCTURE));

        assertThat(c.toBuilder().build()).isEqualTo(c);
        ResourceCheck dead = c.toBuilder().outcome(LinkOutcome.HTTP_ERROR).status(500).build();
        assertThat(dead.reachable()).isFalse();
        assertThat(dead.status()).isEqualTo(500);
        assertThat(dead.content()).isEqualTo(c.content());
    }

    @Test
    void tooManyRedirects() {
        server.redirect("/loop", 301, "/loop");
        try (ResourceProbe p = loopbackProbe().maxRedirects(3).build()) {
            ResourceCheck c = p.check(ResourceTarget.of(server.url("/loop"), "csv"));

            assertThat(c.outcome()).isEqualTo(LinkOutcome.TOO_MANY_REDIRECTS);
            assertThat(c.redirects()).hasSize(3);
            assertThat(server.seen("/loop")).hasSize(4);
            assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-TOO-MANY-REDIRECTS");
        }
    }

    @Test
    void refusedConnection() throws IOException {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            port = s.getLocalPort();
        }
        ResourceCheck c = probe.check(ResourceTarget.of("http://127.0.0.1:" + port + "/x.csv", "csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.REFUSED);
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-UNREACHABLE");
        assertThat(c.problems().get(0).message().uk()).contains("у з’єднанні відмовлено");
    }

    @Test
    void unresolvableHost() {
        ResourceCheck c = probe.check(ResourceTarget.of("https://no-such-host.invalid/data.csv", "csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.DNS_FAILURE);
        assertThat(c.problems()).extracting(ResourceProblem::code).containsExactly("RES-UNREACHABLE");
    }

    @Test
    void badLinksAreNotFetched() {
        List<ResourceCheck> c = probe.checkAll(List.of(ResourceTarget.of("ftp://example.org/data.csv", "csv"),
                ResourceTarget.of("data.csv", "csv"), ResourceTarget.of("http://exa mple.org/", "csv")));

        assertThat(c).extracting(ResourceCheck::outcome).containsExactly(LinkOutcome.UNSUPPORTED_SCHEME,
                LinkOutcome.INVALID_URL, LinkOutcome.INVALID_URL);
        assertThat(c.get(0).problems()).extracting(ResourceProblem::code).containsExactly("RES-UNSUPPORTED-SCHEME");
        assertThat(c.get(1).problems()).extracting(ResourceProblem::code).containsExactly("RES-INVALID-URL");
    }

    @Test
    void credentialsInALinkAreNeverSentNorShown() {
        server.file("/good.csv", "text/csv", GOOD_CSV.getBytes(StandardCharsets.UTF_8));
        String link = "http://user:s3cret@127.0.0.1:" + server.port() + "/good.csv";

        ResourceCheck c = probe.check(ResourceTarget.of(link, "csv"));

        assertThat(c.outcome()).isEqualTo(LinkOutcome.OK);
        assertThat(c.url()).isEqualTo(server.url("/good.csv")).doesNotContain("s3cret");
        assertThat(c.finalUrl()).doesNotContain("s3cret");
        assertThat(server.seen("/good.csv")).singleElement()
                .satisfies(s -> assertThat(s.headers()).doesNotContainKey("Authorization"));
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String name : names) {
                z.putNextEntry(new ZipEntry(name));
                z.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
