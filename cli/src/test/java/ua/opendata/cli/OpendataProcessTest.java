package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * The tool end to end as a separate process ({@code java -cp <test class path> OpendataCommand}), as a
 * person or a script meets it: exit codes, standard output and error, files written.
 */
class OpendataProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private JavaProcess.Result opendata(String... args) throws IOException, InterruptedException {
        return JavaProcess.run(work, Map.of(), OpendataCommand.class, args);
    }

    @Test
    void withoutArgumentsValidatesTheSampleThenReportReRendersItInUkrainian() throws Exception {
        JavaProcess.Result run = opendata();
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("ua-opendata — register of datasets summary")
                .contains("(bundled SAMPLE)")
                .contains("KPI 52 % (target 85 %) — not met")
                .contains("Reports: opendata-report/report.html, opendata-report/report.json,"
                        + " opendata-report/findings.csv");
        assertThat(run.err()).isEmpty();
        Path reports = work.resolve("opendata-report");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("lang=\"en\"");
        assertThat(reports.resolve("findings.csv")).isNotEmptyFile();

        JavaProcess.Result again = opendata("report", "opendata-report/report.json", "--lang", "uk");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Відповідність постанові № 835: 12 з 23")
                .contains("Записано: opendata-report/report.uk.html");
        assertThat(Files.readString(reports.resolve("report.uk.html"))).contains("lang=\"uk\"").contains("shch-012");
    }

    @Test
    void aBrokenRegisterListsFileRowColumnAndExitsWithOne() throws Exception {
        Files.writeString(work.resolve("broken.csv"), String.join("\n",
                "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,distributionFormat,"
                        + "publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail,status",
                "r-1,A,B,once a year,k,p,https://x.example/a,CSV,P,14360570,F,e@example.org,maybe",
                ""), StandardCharsets.UTF_8);
        JavaProcess.Result run = opendata("validate", "broken.csv");
        assertThat(run.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(run.err()).contains("The register has broken rows (1)").contains("broken.csv:2:13:")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(work.resolve("opendata-report")).doesNotExist();
    }

    @Test
    void jsonFormatAndTheKpiThreshold() throws Exception {
        JavaProcess.Result run = opendata("validate", "--format", "json", "--fail-on", "kpi", "--out", "out");
        assertThat(run.exit()).isEqualTo(OpendataCommand.FINDINGS);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("kpi").asDouble()).isBetween(0.52, 0.53);
        assertThat(json.get("meetsTarget").asBoolean()).isFalse();
        assertThat(json.at("/reports/html").asText()).isEqualTo(Path.of("out", "report.html").toString());
        assertThat(work.resolve("out/report.json")).isNotEmptyFile();
        assertThat(run.err()).contains("below the target");
    }

    @Test
    void harvestsTheFakeCkanToJsonLines() throws Exception {
        try (FakeCkan ckan = FakeCkan.builder().rowsMax(10).start()) {
            ckan.createOrganization("city", "City council");
            ckan.createOrganization("other", "Other");
            ckan.seedDatasets("city", "city-ds", 23);
            ckan.seedDatasets("other", "other-ds", 5);
            JavaProcess.Result run = opendata("harvest", "--portal", ckan.baseUrl(), "--organization", "city", "--out",
                    "city.jsonl", "--page-size", "10");
            assertThat(run.exit()).as(run.err()).isZero();
            List<String> lines = Files.readAllLines(work.resolve("city.jsonl"));
            assertThat(lines).hasSize(23);
            assertThat(lines).allSatisfy(l -> assertThat(JSON.readTree(l).get("name").asText()).startsWith("city-ds-"));
            assertThat(run.err()).contains("Harvest city: 23 of 23").contains("Harvested 23 datasets to city.jsonl")
                    .doesNotContain("\r");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void auditsAnOrganizationOnTheFakeCkanAndWritesTheReports() throws Exception {
        try (FakeCkan ckan = FakeCkan.builder().rowsMax(10).start()) {
            ckan.createOrganization("city", "City council");
            ckan.createOrganization("other", "Other");
            ckan.seedDatasets("city", "city-ds", 12);
            ckan.seedDatasets("other", "other-ds", 3);
            JavaProcess.Result run = opendata("audit", "--portal", ckan.baseUrl(), "--organization", "city", "--out", "audit",
                    "--lang", "en");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("city: 12 datasets").contains("Files: not checked");
            assertThat(run.err()).contains("Reading datasets of city").doesNotContain("\r");
            assertThat(work.resolve("audit/report.html")).isNotEmptyFile();
            assertThat(work.resolve("audit/findings.csv")).isNotEmptyFile();
            assertThat(JSON.readTree(work.resolve("audit/report.json").toFile()).get("datasets").size()).isEqualTo(12);
        }
    }

    @Test
    void publishExecuteCreatesTheDatasetsAndARerunChangesNothing() throws Exception {
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start()) {
            ckan.createOrganization(PublishCommandTest.ORG, "Щастинська МВА");
            List<String> input = PublishCommandTest.writeInput(work.resolve("in"), PublishCommandTest.OBJECTS_NAME);
            Path key = work.resolve("key.txt");
            Files.writeString(key, ckan.sysadminKey() + "\n");
            List<String> args = new ArrayList<>(List.of("publish"));
            args.addAll(input);
            args.addAll(List.of("--portal", ckan.baseUrl(), "--api-key-file", key.toString(), "--pacing", "100ms"));

            JavaProcess.Result dry = opendata(args.toArray(String[]::new));
            assertThat(dry.exit()).as(dry.err()).isZero();
            assertThat(dry.out()).startsWith("*** DRY RUN: nothing is written to the portal.");
            assertThat(ckan.requests()).noneMatch(PublishCommandTest::isWrite);

            args.add("--execute");
            JavaProcess.Result run = opendata(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Publication result: 2 done, 0 skipped, 0 blocked, 0 failed")
                    .contains("DONE " + PublishCommandTest.REGISTER_NAME + " [Create]: Done: package_create,"
                            + " resource_patch.");
            assertThat(run.err()).contains("Publish " + PublishCommandTest.ORG + ": 2 of 2")
                    .contains("Published: 2 done").doesNotContain("\r").doesNotContain(ckan.sysadminKey());
            long writes = ckan.requests().stream().filter(PublishCommandTest::isWrite).count();
            assertThat(writes).isEqualTo(3);

            JavaProcess.Result again = opendata(args.toArray(String[]::new));
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(again.out()).startsWith("Publication result: 0 done, 2 skipped");
            assertThat(ckan.requests().stream().filter(PublishCommandTest::isWrite).count()).isEqualTo(writes);
        }
    }

    @Test
    void aPortalAnsweringHtmlExitsWithFour() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            byte[] body = "<!DOCTYPE html><html><body><h1>Welcome to our city</h1></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            JavaProcess.Result run = opendata("harvest", "--portal", url, "--retries", "0");
            assertThat(run.exit()).isEqualTo(OpendataCommand.REFUSED);
            assertThat(run.err().lines().findFirst().orElseThrow())
                    .isEqualTo(url + " answered with an HTML page (HTTP 200) instead of the CKAN API. Give the"
                            + " portal’s base address (e.g. https://data.gov.ua, without /api/3), or try later if"
                            + " the portal is down.");
            assertThat(run.err().lines()).as("one line without --verbose").hasSize(1);
            assertThat(run.err()).doesNotContain("Welcome");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortExitsWithThree() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        JavaProcess.Result run = opendata("harvest", "--portal", "http://127.0.0.1:" + port, "--retries", "0", "--lang", "uk");
        assertThat(run.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(run.err()).startsWith("За адресою http://127.0.0.1:" + port + " ніхто не відповідає");
        assertThat(run.err().lines()).as("one line without --verbose").hasSize(1);
    }

    @Test
    void theKeyIsRefusedOnTheCommandLineAndNeverEchoed() throws Exception {
        JavaProcess.Result run = opendata("harvest", "--portal", "http://127.0.0.1:9", "--api-key", "s3cr3t-key-value");
        assertThat(run.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(run.err()).contains("not accepted on the command line").contains("OPENDATA_API_KEY")
                .doesNotContain("s3cr3t");
        assertThat(run.out()).doesNotContain("s3cr3t");
    }

    @Test
    void versionAndUsageErrors() throws Exception {
        JavaProcess.Result version = opendata("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out()).startsWith("opendata (ua-opendata) ").doesNotContain("unknown");
        JavaProcess.Result usage = opendata("harvest", "--organization", "x");
        assertThat(usage.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(usage.err()).contains("harvest needs the portal: add --portal URL");
    }
}
