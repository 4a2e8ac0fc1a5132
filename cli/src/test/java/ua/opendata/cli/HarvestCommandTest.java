package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.ckan.testkit.FakeRequest;

/** {@code harvest} in-process against the fake CKAN: output, filters, the key, progress, failures. */
class HarvestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeCkan ckan;

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().rowsMax(20).start();
        ckan.createOrganization("city", "City council");
        ckan.createOrganization("water", "Water utility");
        ckan.seedDatasets("city", "city", 45);
        ckan.seedDatasets("water", "water", 7);
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    private static List<JsonNode> lines(String text) {
        return text.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + l, e);
            }
        }).toList();
    }

    @Test
    void theWholePortalGoesToStandardOutputAsJsonLines() {
        Cli.Result r = new Cli().run("--lang", "en", "harvest", "--portal", ckan.baseUrl(), "--page-size", "20",
                "--out", "-");
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> datasets = lines(r.out());
        assertThat(datasets).hasSize(52);
        assertThat(datasets.stream().map(d -> d.get("name").asText()).distinct()).hasSize(52);
        assertThat(datasets).anySatisfy(d -> assertThat(d.at("/organization/name").asText()).isEqualTo("water"));
        assertThat(r.err()).contains("Harvested 52 datasets to standard output");
    }

    @Test
    void pagesFetchedOneAtATimeOrInParallelGiveTheSameDatasets() {
        List<String> names = new java.util.ArrayList<>();
        for (String parallel : List.of("1", "8")) {
            Cli.Result r = new Cli().run("--lang", "en", "harvest", "--portal", ckan.baseUrl(), "--page-size", "7",
                    "--parallel", parallel, "--out", "-");
            assertThat(r.exit()).as(r.err()).isZero();
            List<String> got = lines(r.out()).stream().map(d -> d.get("name").asText()).toList();
            assertThat(got).as("--parallel " + parallel).hasSize(52).doesNotHaveDuplicates();
            if (names.isEmpty()) {
                names.addAll(got);
            } else {
                assertThat(got).containsExactlyElementsOf(names);
            }
        }
    }

    @Test
    void oneOrganizationToAFileWithAJsonSummary() throws IOException {
        Path out = dir.resolve("sub/city.jsonl");
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--organization", "city", "--out",
                out.toString(), "--format", "json");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(Files.readString(out))).hasSize(45)
                .allSatisfy(d -> assertThat(d.at("/organization/name").asText()).isEqualTo("city"));
        JsonNode summary = JSON.readTree(r.out());
        assertThat(summary.get("datasets").asLong()).isEqualTo(45);
        assertThat(summary.get("organization").asText()).isEqualTo("city");
        assertThat(summary.get("out").asText()).isEqualTo(out.toString());
        try (Stream<Path> files = Files.list(out.getParent())) {
            assertThat(files).as("no partial file left behind").containsExactly(out);
        }
    }

    @Test
    void theOrganizationMayBeGivenByItsId() {
        String id = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--organization", "water").out().lines()
                .map(l -> {
                    try {
                        return JSON.readTree(l).at("/organization/id").asText();
                    } catch (IOException e) {
                        throw new AssertionError(e);
                    }
                }).findFirst().orElseThrow();
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--organization", id);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(lines(r.out())).hasSize(7);
    }

    @Test
    void plainProgressLinesWhenNotATerminal() {
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--organization", "city", "--out",
                dir.resolve("c.jsonl").toString());
        assertThat(r.err().lines().filter(l -> l.startsWith("Harvest city: ")).toList())
                .contains("Harvest city: 5 of 45", "Harvest city: 45 of 45")
                .allSatisfy(l -> assertThat(l).matches("Harvest city: \\d+ of 45"));
        assertThat(r.err()).doesNotContain("\r");
    }

    @Test
    void aProgressBarOnATerminal() {
        Cli.Result r = new Cli().terminal(true).run("harvest", "--portal", ckan.baseUrl(), "--organization", "water",
                "--out", dir.resolve("w.jsonl").toString());
        assertThat(r.exit()).isZero();
        assertThat(r.err()).contains("\rHarvest water [").contains("100 % 7/7" + System.lineSeparator());
    }

    @Test
    void theKeyComesFromTheEnvironmentOrAFileAndIsSent() throws IOException {
        Cli.Result fromEnv = new Cli().env(Map.of("OPENDATA_API_KEY", ckan.sysadminKey()))
                .run("harvest", "--portal", ckan.baseUrl(), "--organization", "water", "--out",
                        dir.resolve("a.jsonl").toString());
        assertThat(fromEnv.exit()).isZero();
        assertThat(authorizations()).containsOnly(ckan.sysadminKey());

        Path keyFile = dir.resolve("key.txt");
        Files.writeString(keyFile, ckan.userKey() + "\n");
        int before = ckan.requests().size();
        Cli.Result fromFile = new Cli().env(Map.of("MY_KEY", "ignored-because-the-file-wins"))
                .run("harvest", "--portal", ckan.baseUrl(), "--organization", "water", "--api-key-file",
                        keyFile.toString(), "--api-key-env", "MY_KEY", "--out", dir.resolve("b.jsonl").toString());
        assertThat(fromFile.exit()).isZero();
        assertThat(ckan.requests().subList(before, ckan.requests().size())).extracting(this::authorization)
                .containsOnly(ckan.userKey());
        assertThat(fromEnv.err() + fromFile.err()).doesNotContain(ckan.sysadminKey()).doesNotContain(ckan.userKey());
    }

    private List<String> authorizations() {
        return ckan.requests().stream().map(this::authorization).toList();
    }

    private String authorization(FakeRequest r) {
        return r.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Authorization"))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
    }

    @Test
    void withUserAKeyThePortalIgnoresExitsWithFour() {
        Cli.Result r = new Cli().env(Map.of("OPENDATA_API_KEY", "revoked-key"))
                .run("harvest", "--portal", ckan.baseUrl(), "--user", "ckan_admin", "--out", dir.resolve("x.jsonl")
                        .toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).isEqualTo("The portal " + ckan.baseUrl() + " ignored the API key from the environment"
                + " variable OPENDATA_API_KEY: the calls ran as an anonymous visitor, not as ckan_admin. The key is"
                + " wrong, expired or revoked, or belongs to another user; copy a current key from your user page on"
                + " the portal." + System.lineSeparator());
        assertThat(dir.resolve("x.jsonl")).doesNotExist();
    }

    @Test
    void withUserAnHonouredKeyHarvests() {
        Cli.Result r = new Cli().env(Map.of("OPENDATA_API_KEY", ckan.sysadminKey()))
                .run("harvest", "--portal", ckan.baseUrl(), "--user", "ckan_admin", "--organization", "water");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines()).hasSize(7);
        Cli.Result noKey = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--user", "ckan_admin");
        assertThat(noKey.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(noKey.err()).contains("--user asks to check the API key, but there is none in the environment"
                + " variable OPENDATA_API_KEY");
    }

    @Test
    void aMissingKeyFileExitsWithThree() {
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--api-key-file",
                dir.resolve("none.txt").toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).contains("Could not read the API key file").contains("none.txt");
    }

    @Test
    void aPortalThatRefusesTheKeyExitsWithFourNamingWhereTheKeyCameFrom() {
        ckan.enqueue(FakeCkanFault.respond(403, "application/json",
                "{\"help\":\"x\",\"success\":false,\"error\":{\"__type\":\"Authorization Error\","
                        + "\"message\":\"Access denied\"}}"));
        Cli.Result r = new Cli().env(Map.of("OPENDATA_API_KEY", "stale-key"))
                .run("harvest", "--portal", ckan.baseUrl(), "--retries", "0");
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).contains("refused").contains("HTTP 403").contains("the environment variable OPENDATA_API_KEY")
                .doesNotContain("stale-key");
    }

    @Test
    void aProxyPageIsTheHtmlErrorWithFour() {
        ckan.enqueue(FakeCkanFault.html(502));
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--retries", "0", "--lang", "uk");
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).contains("відповів сторінкою HTML (HTTP 502)").doesNotContain("nginx");
    }

    @Test
    void aPortalTooSlowForTheTimeoutExitsWithThree() {
        ckan.enqueue(FakeCkanFault.delay(java.time.Duration.ofSeconds(4)));
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--timeout", "1", "--retries", "0");
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).isEqualTo("The portal " + ckan.baseUrl() + " did not answer in time. Try again later or"
                + " check the network." + System.lineSeparator());
    }

    static Stream<Arguments> usage() {
        return Stream.of(
                Arguments.of("no portal", List.of("harvest"), "needs the portal"),
                Arguments.of("not a URL", List.of("harvest", "--portal", "data.gov.ua"), "is not a portal address"),
                Arguments.of("json without a file", List.of("harvest", "--portal", "http://127.0.0.1:9", "--format",
                        "json"), "add --out FILE.jsonl"),
                Arguments.of("timeout", List.of("harvest", "--portal", "http://127.0.0.1:9", "--timeout", "0"),
                        "--timeout must be 1 to 3600 seconds"),
                Arguments.of("page size", List.of("harvest", "--portal", "http://127.0.0.1:9", "--page-size", "0"),
                        "--page-size must be 1 to 1000"),
                Arguments.of("parallel pages", List.of("harvest", "--portal", "http://127.0.0.1:9", "--parallel", "9"),
                        "--parallel must be 1 to 8"),
                Arguments.of("the key itself", List.of("harvest", "--portal", "http://127.0.0.1:9", "--key=abc"),
                        "not accepted on the command line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void usage(String name, List<String> args, String said) {
        Cli.Result r = new Cli().run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).contains(said).doesNotContain("\tat ");
    }

    @Test
    void anUnknownOrganizationIsAUsageError() {
        Cli.Result r = new Cli().run("harvest", "--portal", ckan.baseUrl(), "--organization", "nowhere");
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).contains("There is no organization \"nowhere\" on " + ckan.baseUrl());
    }
}
