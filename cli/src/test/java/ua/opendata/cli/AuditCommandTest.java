package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;

/** {@code audit} in-process against the fake CKAN, with files served from a loopback server. */
class AuditCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSV = "id,назва\n1,Київ\n2,Львів\n";

    @TempDir
    Path dir;

    private FakeCkan ckan;
    private HttpServer files;

    @BeforeEach
    void start() throws IOException {
        files = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        serve("/good.csv", 200, "text/csv; charset=utf-8", CSV.getBytes(StandardCharsets.UTF_8));
        serve("/cp1251.csv", 200, "text/csv", CSV.getBytes(Charset.forName("windows-1251")));
        serve("/page.csv", 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>Сторінка</body></html>".getBytes(StandardCharsets.UTF_8));
        serve("/gone.csv", 404, "text/html", "<html>Not found</html>".getBytes(StandardCharsets.UTF_8));
        files.start();
        ckan = FakeCkan.builder().start();
        ckan.createOrganization("city", "City council");
        ckan.createOrganization("water", "Water utility");
        ckan.seedDatasets("water", "water", 3);
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            client.packageCreate(dataset("city-good").resource(res("good", "/good.csv"))
                    .resource(res("cp1251", "/cp1251.csv")).build());
            client.packageCreate(dataset("city-bad").resource(res("page", "/page.csv"))
                    .resource(res("gone", "/gone.csv")).build());
        }
    }

    @AfterEach
    void stop() {
        ckan.close();
        files.stop(0);
    }

    private void serve(String path, int status, String type, byte[] body) {
        files.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
    }

    private String fileUrl(String path) {
        return "http://127.0.0.1:" + files.getAddress().getPort() + path;
    }

    private static CkanDatasetWrite.Builder dataset(String name) {
        return CkanDatasetWrite.builder().name(name).title("Набір " + name).notes("Опис набору " + name)
                .ownerOrg("city").licenseId("cc-by");
    }

    private CkanResourceWrite res(String name, String path) {
        return CkanResourceWrite.builder().name(name).url(fileUrl(path)).format("CSV").build();
    }

    @Test
    void checksTheFilesAndWritesTheThreeReports() throws IOException {
        Path out = dir.resolve("audit");
        Cli.Result r = new Cli().run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--check-files", "--allow-private-addresses", "--out", out.toString(), "--format", "json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("command").asText()).isEqualTo("audit");
        assertThat(s.get("organization").asText()).isEqualTo("city");
        assertThat(s.get("datasets").asInt()).isEqualTo(2);
        assertThat(s.at("/files/total").asInt()).isEqualTo(4);
        assertThat(s.at("/files/checked").asBoolean()).isTrue();
        assertThat(s.at("/files/failed").asInt()).as("the HTML page and the dead link").isEqualTo(2);
        assertThat(s.at("/files/warning").asInt()).as("the Windows-1251 file").isEqualTo(1);
        assertThat(s.has("register")).isFalse();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("findings.csv")).exists();
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.has("portal")).isTrue();
        String html = Files.readString(out.resolve("report.html"));
        assertThat(html).contains("city-good").contains("city-bad");
        assertThat(r.err()).contains("Checking files of city");
    }

    @Test
    void withoutCheckFilesNoFileIsFetched() {
        Cli.Result r = new Cli().run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--out", dir.resolve("a").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("city: 2 datasets, 4 files.").contains("Files: not checked (add --check-files).")
                .contains("KPI ");
    }

    @Test
    void theProfileIsDetectedOrGivenAndSaidAndThePagesAreThePortals() throws IOException {
        Path out = dir.resolve("p");
        Cli.Result detected = new Cli().run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization",
                "city", "--out", out.toString());
        assertThat(detected.exit()).as(detected.err()).isZero();
        // a stock CKAN without scheming and without r835_ extras: nothing tells, the stock profile is used
        assertThat(detected.out()).contains("Read as stock-ckan (nothing told the profile");
        JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
        assertThat(report.at("/portal/pageBase").asText()).isEqualTo(ckan.baseUrl() + "/dataset/");

        Cli.Result given = new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--profile", "data-gov-ua", "--page-base", "https://data.gov.ua/dataset/",
                "--out", dir.resolve("q").toString(), "--format", "json");
        assertThat(given.exit()).as(given.err()).isZero();
        JsonNode s = JSON.readTree(given.out());
        assertThat(s.get("profile").asText()).isEqualTo("data.gov.ua");
        assertThat(s.get("profileSource").asText()).isEqualTo("given");
        JsonNode r2 = JSON.readTree(dir.resolve("q").resolve("report.json").toFile());
        assertThat(r2.at("/portal/pageBase").asText()).isEqualTo("https://data.gov.ua/dataset/");

        Cli.Result bad = new Cli().run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--profile", "ckan3",
                "--out", dir.resolve("r").toString());
        assertThat(bad.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(bad.err()).contains("Unknown profile \"ckan3\"");
    }

    @Test
    void privateAddressesAreBlockedByDefault() throws IOException {
        Cli.Result r = new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "city", "--check-files",
                "--out", dir.resolve("b").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.at("/files/failed").asInt()).as("every loopback link refused").isEqualTo(4);
    }

    @Test
    void theWholePortalInUkrainian() {
        Cli.Result r = new Cli().locale(new Locale("uk")).run("audit", "--portal", ckan.baseUrl(),
                "--out", dir.resolve("c").toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("наборів — 5").contains("Файли: не перевірено");
    }

    @Test
    void aRegisterIsComparedWithThePortal() throws IOException {
        Path register = dir.resolve("register.csv");
        try (var in = ua.opendata.passport.sample.SampleRegister.openCsv()) {
            Files.copy(in, register);
        }
        Cli.Result r = new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "city", "--register",
                register.toString(), "--out", dir.resolve("d").toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.at("/register/extra").asInt()).as("neither portal dataset is in the sample").isEqualTo(2);
        assertThat(s.at("/register/missing").asInt()).isPositive();
    }

    @Test
    void withPassportsACsvIsCheckedAgainstItsStructure() throws IOException {
        // passport-full.json (identifier 44536124-0006) declares the columns identifier, title (both required)
        serve("/register.csv", 200, "text/csv; charset=utf-8", "identifier\n44536124-0001\n".getBytes(StandardCharsets.UTF_8));
        try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            client.packageCreate(dataset("44536124-0006").resource(res("register", "/register.csv")).build());
        }
        Path register = dir.resolve("register.json");
        Files.copy(Path.of("src/test/resources/json/register.json"), register);
        Path passports = Files.createDirectories(dir.resolve("passports"));
        Files.copy(Path.of("src/test/resources/json/passport-full.json"), passports.resolve("passport-full.json"));

        Cli.Result without = new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--check-files", "--allow-private-addresses", "--out", dir.resolve("h").toString(), "--format", "json");
        Cli.Result with = new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--register", register.toString(), "--passports", passports.toString(),
                "--check-files", "--allow-private-addresses", "--out", dir.resolve("i").toString(), "--format", "json");

        assertThat(without.exit()).as(without.err()).isZero();
        assertThat(with.exit()).as(with.err()).isZero();
        assertThat(JSON.readTree(without.out()).at("/files/failed").asInt()).as("page and dead link").isEqualTo(2);
        assertThat(JSON.readTree(with.out()).at("/files/failed").asInt()).as("and the CSV without its title column")
                .isEqualTo(3);
        JsonNode report = JSON.readTree(dir.resolve("i/report.json").toFile());
        assertThat(report.toString()).contains("44536124-0006");
    }

    @Test
    void failOnErrorGivesExitCodeOne() {
        Cli.Result r = new Cli().run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization", "city",
                "--fail-on", "error", "--out", dir.resolve("e").toString());
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(r.err()).contains("(--fail-on error): exit code 1.");
    }

    @Test
    void usageAndPortalErrors() {
        assertThat(new Cli().run("audit", "--out", dir.toString()).exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(new Cli().run("audit", "--portal", ckan.baseUrl(), "--passports", dir.toString()).exit())
                .isEqualTo(OpendataCommand.USAGE);
        assertThat(new Cli().run("audit", "--portal", ckan.baseUrl(), "--organization", "nobody",
                "--out", dir.resolve("f").toString()).exit()).isEqualTo(OpendataCommand.USAGE);
        Cli.Result dead = new Cli().run("audit", "--portal", "http://127.0.0.1:1", "--retries", "0",
                "--out", dir.resolve("g").toString());
        assertThat(dead.exit()).as(dead.err()).isEqualTo(OpendataCommand.UNREACHABLE);
    }
}
