package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * The tool as a process, for the cases of issue 6 that {@link OpendataProcessTest} does not run: a key the
 * portal ignores, the details under {@code --verbose}, a portal address given wrong or unknown, a
 * machine-readable failure with {@code --format json}, the language of the system locale, and a progress
 * bar on a terminal.
 */
class OpendataProcessErrorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVOKED_KEY = "revoked-0123456789abcdef0123456789";

    @TempDir
    Path work;

    private FakeCkan ckan;

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().rowsMax(10).start();
        ckan.createOrganization("city", "City council");
        ckan.seedDatasets("city", "city-ds", 23);
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    private JavaProcess.Result opendata(String... args) throws Exception {
        return JavaProcess.run(work, Map.of(), OpendataCommand.class, args);
    }

    @Test
    void aKeyThePortalIgnoresExitsWithFourInOneLineWithoutTheKey() throws Exception {
        JavaProcess.Result run = JavaProcess.run(work, Map.of("OPENDATA_API_KEY", REVOKED_KEY), OpendataCommand.class,
                "harvest", "--portal", ckan.baseUrl(), "--user", "ckan_admin", "--out", "city.jsonl");

        assertThat(run.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("The portal " + ckan.baseUrl() + " ignored the API key from the environment variable"
                        + " OPENDATA_API_KEY: the calls ran as an anonymous visitor, not as ckan_admin.");
        assertThat(run.out() + run.err()).doesNotContain(REVOKED_KEY);
        assertThat(work.resolve("city.jsonl")).doesNotExist();
        // the key went to the portal, in the header only
        assertThat(ckan.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.path()).doesNotContain(REVOKED_KEY));
    }

    @Test
    void theApiPathInsteadOfTheBaseAddressIsOneLineAndVerboseAddsTheDetails() throws Exception {
        String wrong = ckan.baseUrl() + "/api/3";
        JavaProcess.Result plain = opendata("harvest", "--portal", wrong, "--retries", "0");
        JavaProcess.Result verbose = opendata("harvest", "--portal", wrong, "--retries", "0", "--verbose");

        String line = wrong + " answered with an HTML page (HTTP 404) instead of the CKAN API. Give the portal’s base"
                + " address (e.g. https://data.gov.ua, without /api/3), or try later if the portal is down.";
        assertThat(plain.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(plain.err().lines().toList()).containsExactly(line);
        assertThat(verbose.exit()).isEqualTo(OpendataCommand.REFUSED);
        List<String> details = verbose.err().lines().toList();
        assertThat(details.get(0)).isEqualTo(line);
        assertThat(details).hasSizeGreaterThan(3)
                .anySatisfy(l -> assertThat(l).contains("CkanUnexpectedResponseException"))
                .anySatisfy(l -> assertThat(l).startsWith("\tat "));
    }

    @Test
    void anUnknownHostExitsWithThreeInOneLine() throws Exception {
        // .invalid never resolves (RFC 6761)
        JavaProcess.Result run = opendata("harvest", "--portal", "https://data.gov.ua.invalid", "--retries", "0",
                "--timeout", "5");

        assertThat(run.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(run.err().lines().toList()).containsExactly(
                "The portal’s host \"data.gov.ua.invalid\" is unknown (DNS). Check the address in --portal.");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anAddressWithoutSchemeIsWrongUsageInUkrainianByTheSystemLocale() throws Exception {
        JavaProcess.Result run = JavaProcess.runInLanguage(work, Map.of(), "uk", OpendataCommand.class,
                "harvest", "--portal", "data.gov.ua");

        assertThat(run.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("«data.gov.ua» — не адреса порталу");
        assertThat(ckan.requests()).isEmpty();
    }

    @Test
    void theSystemLocaleChoosesTheLanguageAndLangOverridesIt() throws Exception {
        JavaProcess.Result uk = JavaProcess.runInLanguage(work, Map.of(), "uk", OpendataCommand.class,
                "validate", "--out", "uk");
        JavaProcess.Result en = JavaProcess.runInLanguage(work, Map.of(), "uk", OpendataCommand.class,
                "validate", "--out", "en", "--lang", "en");

        assertThat(uk.exit()).as(uk.err()).isZero();
        assertThat(uk.out()).contains("Відповідність постанові № 835").doesNotContain("Resolution 835 compliance");
        assertThat(Files.readString(work.resolve("uk/report.html"))).contains("lang=\"uk\"");
        assertThat(en.exit()).as(en.err()).isZero();
        assertThat(en.out()).contains("Resolution 835 compliance").doesNotContain("Відповідність постанові");
    }

    @Test
    void aPortalThatIsDownGivesJsonWithTheExitCodeOnStandardOutput() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        JavaProcess.Result run = opendata("harvest", "--portal", "http://127.0.0.1:" + port, "--retries", "0",
                "--format", "json", "--out", "all.jsonl");

        assertThat(run.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("command").asText()).isEqualTo("harvest");
        assertThat(json.get("exitCode").asInt()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(json.get("error").asText()).isEqualTo(run.err().strip())
                .startsWith("Nothing answers at http://127.0.0.1:" + port);
        assertThat(work.resolve("all.jsonl")).doesNotExist();
    }

    @Test
    void onATerminalHarvestDrawsAProgressBar() throws Exception {
        JavaProcess.Result run = JavaProcess.runOnTerminal(work, Map.of(), OpendataCommand.class,
                "harvest", "--portal", ckan.baseUrl(), "--organization", "city", "--out", "city.jsonl",
                "--page-size", "10");

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("\rHarvest city [").contains("100 % 23/23")
                .contains("Harvested 23 datasets to city.jsonl")
                .doesNotContain("Harvest city: 1 of 23");
        assertThat(Files.readAllLines(work.resolve("city.jsonl"))).hasSize(23);
    }
}
