package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.ckan.testkit.FakeRequest;

/**
 * {@code plan} and {@code publish} in-process against a fake CKAN configured like data.gov.ua: a fresh
 * organization, a dry run, an execute and its rerun, conflicts, blocked passports, the key, failures.
 */
class PublishCommandTest {
    static final String ORG = "shchastia-cma";
    static final String REGISTER_NAME = "registr-naboriv-danykh";
    static final String OBJECTS_NAME = "perelik-obiektiv";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @TempDir
    Path dir;

    private FakeCkan ckan;

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().dataGovUaSchema(true).start();
        ckan.createOrganization(ORG, "Щастинська МВА");
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    /**
     * Writes a register of two current datasets that pass the rulebook on {@link Cli#CLOCK} (copied from
     * the test resources with fresh dates), their passports, and one local file for the register's CSV
     * distribution, into {@code dir}; returns the arguments that point at them.
     */
    static List<String> writeInput(Path dir, String secondName) throws IOException {
        ObjectNode first = (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/json/passport-full.json")));
        first.put("lastModified", "2026-11-20T10:00:00+02:00");
        first.put("dataAsOf", "2026-11-20");
        ObjectNode second = first.deepCopy();
        second.put("identifier", "44536124-0007");
        second.put("title", "Перелік об’єктів комунальної власності Щастинської громади");
        second.put("landingPage", "https://data.gov.ua/dataset/" + secondName);
        second.put("datasetUrl", "https://shchastia-vca.gov.ua/opendata/obiekty/obiekty.csv");
        ArrayNode dist = second.putArray("distributions");
        dist.addObject().put("title", "Об’єкти (CSV)").put("url", "https://shchastia-vca.gov.ua/opendata/obiekty/obiekty.csv")
                .put("format", "CSV");
        second.remove("extras");

        ObjectNode register = (ObjectNode) JSON.readTree(Files.readString(Path.of("src/test/resources/json/register.json")));
        ArrayNode entries = (ArrayNode) register.get("entries");
        ObjectNode e1 = (ObjectNode) entries.get(0);
        e1.put("nextUpdateDue", "2026-12-20");
        ObjectNode e2 = e1.deepCopy();
        e2.put("identifier", "44536124-0007");
        e2.put("title", second.get("title").asText());
        e2.put("landingPage", "https://data.gov.ua/dataset/" + secondName);
        e2.remove("annexDataset");
        e2.putArray("distributionFormats").add("CSV");
        entries.removeAll();
        entries.add(e1).add(e2);

        Files.createDirectories(dir.resolve("passports"));
        Files.writeString(dir.resolve("register.json"), JSON.writeValueAsString(register));
        Files.writeString(dir.resolve("passports/0006.json"), JSON.writeValueAsString(first));
        Files.writeString(dir.resolve("passports/0007.json"), JSON.writeValueAsString(second));
        Files.createDirectories(dir.resolve("files"));
        Files.writeString(dir.resolve("files/reiestr.csv"), "identifier;title\n44536124-0006;Реєстр\n");
        return List.of(dir.resolve("register.json").toString(), "--passports", dir.resolve("passports").toString(),
                "--files", dir.resolve("files").toString(), "--organization", ORG);
    }

    private String[] args(String command, List<String> input, String... more) {
        List<String> all = new ArrayList<>();
        all.add(command);
        all.addAll(input);
        all.add("--portal");
        all.add(ckan.baseUrl());
        all.addAll(Arrays.asList(more));
        return all.toArray(String[]::new);
    }

    private Cli withKey() {
        return new Cli().env(Map.of("OPENDATA_API_KEY", ckan.sysadminKey()));
    }

    private long writes() {
        return ckan.requests().stream().filter(PublishCommandTest::isWrite).count();
    }

    static boolean isWrite(FakeRequest r) {
        return r.method().equals("POST") && (r.path().contains("package_create") || r.path().contains("package_update")
                || r.path().contains("package_patch") || r.path().contains("resource_"));
    }

    private List<CkanDataset> onPortal() {
        try (CkanClient c = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            return c.harvest(CkanSearchQuery.builder().fq("organization:" + ORG).includePrivate(true).build()).toList();
        }
    }

    @Test
    void planShowsCreateForAFreshOrganizationAndWritesNothing() throws IOException {
        Cli.Result r = new Cli().run(args("plan", writeInput(dir, OBJECTS_NAME)));
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).startsWith("Publication plan for organization " + ORG + " (profile data.gov.ua)")
                .contains("  Create: 2\n")
                .contains("[Create] " + REGISTER_NAME + " (44536124-0006)")
                .contains("[Create] " + OBJECTS_NAME + " (44536124-0007)")
                .contains("file " + dir.resolve("files/reiestr.csv").toAbsolutePath())
                .doesNotContain("blocks ");
        assertThat(r.err()).isEmpty();
        assertThat(writes()).isZero();
        assertThat(onPortal()).isEmpty();
    }

    @Test
    void planAsJsonIsThePlanJsonDocument() throws IOException {
        Cli.Result r = new Cli().run(args("plan", writeInput(dir, OBJECTS_NAME), "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("format").asText()).isEqualTo("ua-opendata-publish-plan/1");
        assertThat(plan.get("organization").asText()).isEqualTo(ORG);
        assertThat(plan.at("/summary/CREATE").asInt()).isEqualTo(2);
        assertThat(plan.get("items")).extracting(i -> i.get("name").asText()).containsExactly(REGISTER_NAME, OBJECTS_NAME);
        assertThat(plan.at("/items/0/uploads/0/distribution").asText())
                .isEqualTo("https://data.gov.ua/dataset/registr-naboriv-danykh/resource/reiestr.csv");
    }

    @Test
    void publishIsADryRunByDefaultAndChangesNothing() throws IOException {
        Cli.Result r = new Cli().run(args("publish", writeInput(dir, OBJECTS_NAME)));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("*** DRY RUN: nothing is written to the portal.")
                .contains("[Create] " + REGISTER_NAME)
                .contains("Dry run (nothing written): 0 done, 2 skipped, 0 blocked, 0 failed")
                .contains("SKIPPED " + OBJECTS_NAME + " [Create]: Dry run: would create.");
        assertThat(r.err()).contains("Dry run: nothing was written; 2 dataset(s) would be written. Add --execute");
        assertThat(writes()).isZero();
        assertThat(onPortal()).isEmpty();
    }

    @Test
    void executeCreatesUploadsAndARerunIsUnchanged() throws IOException {
        List<String> input = writeInput(dir, OBJECTS_NAME);
        Cli.Result r = withKey().run(args("publish", input, "--execute", "--pacing", "0"));
        assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).startsWith("Publication result: 2 done, 0 skipped, 0 blocked, 0 failed")
                .contains("DONE " + REGISTER_NAME + " [Create]").doesNotContain("DRY RUN");
        assertThat(r.err()).contains("Publish " + ORG + ": 2 of 2")
                .contains("Published: 2 done, 0 with nothing to do, 0 blocked, 0 failed.")
                .doesNotContain(ckan.sysadminKey());
        List<CkanDataset> datasets = onPortal();
        assertThat(datasets).extracting(CkanDataset::name).containsExactlyInAnyOrder(REGISTER_NAME, OBJECTS_NAME);
        assertThat(ckan.requests()).filteredOn(q -> q.path().endsWith("resource_patch")).hasSize(1);

        long before = writes();
        Cli.Result plan = withKey().run(args("plan", input));
        assertThat(plan.exit()).isZero();
        assertThat(plan.out()).contains("  Unchanged: 2\n").doesNotContain("[Create]");
        Cli.Result again = withKey().run(args("publish", input, "--execute", "--pacing", "0"));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).startsWith("Publication result: 0 done, 2 skipped, 0 blocked, 0 failed")
                .contains("SKIPPED " + REGISTER_NAME + " [Unchanged]");
        assertThat(writes()).isEqualTo(before);
        assertThat(onPortal()).hasSize(2);
    }

    @Test
    void executeAsJsonHasTheResultsAndThePlan() throws IOException {
        Cli.Result r = withKey().run(args("publish", writeInput(dir, OBJECTS_NAME), "--execute", "--pacing", "0",
                "--concurrency", "1", "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dryRun").asBoolean()).isFalse();
        assertThat(o.at("/outcomes/DONE").asInt()).isEqualTo(2);
        assertThat(o.at("/results/0/calls")).extracting(JsonNode::asText)
                .containsExactly("package_create", "resource_patch");
        assertThat(o.at("/plan/format").asText()).isEqualTo("ua-opendata-publish-plan/1");
    }

    @Test
    void aNameTakenByAnotherOrganizationIsAConflictWithExitCodeOne() throws IOException {
        ckan.createOrganization("other", "Other council");
        ckan.seedDatasets("other", "taken", 1);
        List<String> input = writeInput(dir, "taken-0001");
        Cli.Result plan = new Cli().run(args("plan", input));
        assertThat(plan.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(plan.out()).contains("[Conflict] taken-0001").contains("already taken on the portal by a dataset"
                + " of organization 'other'").contains("[Create] " + REGISTER_NAME);
        assertThat(plan.err()).startsWith("The plan has 1 conflict(s)");

        Cli.Result publish = withKey().run(args("publish", input, "--execute", "--pacing", "0"));
        assertThat(publish.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(publish.out()).contains("DONE " + REGISTER_NAME).contains("SKIPPED taken-0001 [Conflict]");
        assertThat(onPortal()).extracting(CkanDataset::name).containsExactly(REGISTER_NAME);
    }

    @Test
    void passportsWithValidationErrorsAreBlockedUnlessForced() throws IOException {
        Files.createDirectories(dir.resolve("p"));
        Files.copy(Path.of("src/test/resources/json/passport-full.json"), dir.resolve("p/0006.json"));
        List<String> input = List.of("src/test/resources/json/register.json", "--passports", dir.resolve("p").toString(),
                "--organization", ORG);
        Cli.Result blocked = withKey().run(args("publish", input, "--execute", "--pacing", "0"));
        assertThat(blocked.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(blocked.out()).contains("BLOCKED " + REGISTER_NAME + " [Create]").contains("R835-TIMELINESS-LATE");
        assertThat(blocked.err()).contains("2 dataset(s) blocked by validation errors").contains("--force");
        assertThat(writes()).isZero();

        Cli.Result forced = withKey().run(args("publish", input, "--execute", "--pacing", "0", "--force"));
        assertThat(forced.out()).contains("DONE " + REGISTER_NAME + " [Create]");
        assertThat(onPortal()).extracting(CkanDataset::name).contains(REGISTER_NAME);
    }

    @Test
    void aCreateThePortalRejectsIsAFailedItemWithExitCodeOne() throws IOException {
        ckan.enqueue(FakeCkanFault.html(502).onlyFor("package_create"));
        Cli.Result r = withKey().run(args("publish", writeInput(dir, OBJECTS_NAME), "--execute", "--pacing", "0",
                "--concurrency", "1", "--retries", "0"));
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(r.out()).startsWith("Publication result: 1 done, 0 skipped, 0 blocked, 1 failed")
                .contains("FAILED " + REGISTER_NAME + " [Create]");
        assertThat(r.err()).contains("Published: 1 done, 0 with nothing to do, 0 blocked, 1 failed.");
        assertThat(onPortal()).extracting(CkanDataset::name).containsExactly(OBJECTS_NAME);
    }

    @Test
    void executeWithoutAKeyIsOneLineAndExitCodeTwoBeforeAnyCall() throws IOException {
        Cli.Result r = new Cli().run(args("publish", writeInput(dir, OBJECTS_NAME), "--execute"));
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).isEqualTo("publish --execute needs the API key, and there is none in the environment"
                + " variable OPENDATA_API_KEY: set it, or give a key file with --api-key-file (or leave out --execute"
                + " for a dry run)." + System.lineSeparator());
        assertThat(r.out()).isEmpty();
        assertThat(ckan.requests()).isEmpty();
    }

    @Test
    void withUserAKeyThePortalIgnoresStopsBeforeAnyWriteWithFour() throws IOException {
        Cli.Result r = new Cli().env(Map.of("OPENDATA_API_KEY", "revoked-key")).run(args("publish",
                writeInput(dir, OBJECTS_NAME), "--execute", "--user", "ckan_admin"));
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).startsWith("The portal " + ckan.baseUrl() + " ignored the API key from the environment"
                + " variable OPENDATA_API_KEY").doesNotContain("revoked-key");
        assertThat(writes()).isZero();
    }

    @Test
    void theOrganizationMayBeGivenByItsId() throws IOException {
        String id = ckan.createOrganization("water", "Water utility");
        Cli.Result r = new Cli().run("plan", writeInput(dir, OBJECTS_NAME).get(0), "--organization", id,
                "--portal", ckan.baseUrl());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Publication plan for organization water ");
    }

    @Test
    void theKeyFromAFileIsUsedAndNeverShown() throws IOException {
        Path key = dir.resolve("key.txt");
        Files.writeString(key, ckan.sysadminKey() + "\n");
        Cli.Result r = new Cli().run(args("publish", writeInput(dir, OBJECTS_NAME), "--execute", "--pacing", "0",
                "--api-key-file", key.toString()));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(onPortal()).hasSize(2);
        assertThat(r.out() + r.err()).doesNotContain(ckan.sysadminKey());
    }

    @Test
    void filesThatMatchNoLinkAreNamedInANote() throws IOException {
        List<String> input = writeInput(dir, OBJECTS_NAME);
        Files.delete(dir.resolve("files/reiestr.csv"));
        Files.writeString(dir.resolve("files/unrelated.csv"), "x\n");
        Cli.Result r = new Cli().run(args("plan", input));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).isEqualTo("Note: no file in " + dir.resolve("files") + " matches a distribution link of the"
                + " passports; nothing will be uploaded. See --help for the rule." + System.lineSeparator());
        assertThat(r.out()).doesNotContain("    file ");
    }

    @Test
    void aPortalAnsweringHtmlExitsWithFour() throws IOException {
        ckan.enqueue(FakeCkanFault.html(502));
        Cli.Result r = new Cli().run(args("plan", writeInput(dir, OBJECTS_NAME), "--retries", "0"));
        assertThat(r.exit()).isEqualTo(OpendataCommand.REFUSED);
        assertThat(r.err()).isEqualTo(ckan.baseUrl() + " answered with an HTML page (HTTP 502) instead of the CKAN API."
                + " Give the portal’s base address (e.g. https://data.gov.ua, without /api/3), or try later if the"
                + " portal is down." + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void anUnreachablePortalExitsWithThree() throws IOException {
        Cli.Result r = withKey().run("publish", writeInput(dir, OBJECTS_NAME).get(0), "--organization", ORG,
                "--portal", "http://127.0.0.1:9", "--retries", "0", "--execute");
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).contains("Nothing answers at http://127.0.0.1:9");
    }

    @Test
    void theDryRunSaysSoInUkrainian() throws IOException {
        Cli.Result r = new Cli().run(args("publish", writeInput(dir, OBJECTS_NAME), "--lang", "uk"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("*** ПРОБНИЙ ЗАПУСК: на портал нічого не записується.")
                .contains("План публікації для організації " + ORG)
                .contains("Пробний запуск (нічого не записано)");
        assertThat(r.err()).contains("Пробний запуск: нічого не записано; буде записано наборів: 2.");
    }

    @Test
    void progressIsABarOnATerminal() throws IOException {
        Cli.Result r = withKey().terminal(true).run(args("publish", writeInput(dir, OBJECTS_NAME), "--execute",
                "--pacing", "0", "--concurrency", "1"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.err()).contains("\rPublish " + ORG + " [").contains("100 % 2/2" + System.lineSeparator());
    }

    static Stream<Arguments> usage() {
        return Stream.of(
                Arguments.of("no organization", List.of("plan", "r.csv", "--portal", "http://127.0.0.1:9"),
                        "plan needs the organization: add --organization NAME"),
                Arguments.of("no register", List.of("plan", "--portal", "http://127.0.0.1:9", "--organization", "x"),
                        "REGISTER is missing: give it after the command."),
                Arguments.of("no portal", List.of("publish", "r.csv", "--organization", "x"), "publish needs the portal"),
                Arguments.of("unknown profile", List.of("plan", "r.csv", "--portal", "http://127.0.0.1:9",
                        "--organization", "x", "--profile", "dkan"), "Unknown profile \"dkan\""),
                Arguments.of("pacing", List.of("publish", "r.csv", "--portal", "http://127.0.0.1:9", "--organization",
                        "x", "--pacing", "soon"), "--pacing must be a duration from 0 to 1h"),
                Arguments.of("pacing too long", List.of("publish", "r.csv", "--portal", "http://127.0.0.1:9",
                        "--organization", "x", "--pacing", "2h"), "--pacing must be a duration from 0 to 1h"),
                Arguments.of("concurrency", List.of("publish", "r.csv", "--portal", "http://127.0.0.1:9",
                        "--organization", "x", "--concurrency", "17"), "--concurrency must be 1 to 16, got 17"),
                Arguments.of("the key itself", List.of("publish", "r.csv", "--portal", "http://127.0.0.1:9",
                        "--organization", "x", "--api-key", "secret"), "not accepted on the command line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void usage(String name, List<String> args, String said) {
        Cli.Result r = new Cli().run(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).contains(said).doesNotContain("\tat ").doesNotContain("secret");
    }

    @ParameterizedTest(name = "{0} is {1} ms")
    @CsvSource({"2s, 2000", "500ms, 500", "1m, 60000", "3, 3000", "0, 0", "PT1.5S, 1500", "' 250 MS ', 250"})
    void pacingDurations(String text, long millis) {
        assertThat(PublishCommand.parseDuration(text)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void anUnknownOrganizationIsAUsageError() throws IOException {
        List<String> input = new ArrayList<>(writeInput(dir, OBJECTS_NAME));
        input.set(input.indexOf(ORG), "nowhere");
        Cli.Result r = new Cli().run(args("plan", input));
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).contains("There is no organization \"nowhere\" on " + ckan.baseUrl());
    }

    @Test
    void theStockCkanProfileAndAnotherLicence() throws IOException {
        Cli.Result r = new Cli().run(args("plan", writeInput(dir, OBJECTS_NAME), "--profile", "stock-ckan",
                "--license", "cc-zero", "--format", "json"));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode plan = JSON.readTree(r.out());
        assertThat(plan.get("profile").asText()).isEqualTo("stock-ckan");
        assertThat(plan.get("licenseId").asText()).isEqualTo("cc-zero");
    }
}
