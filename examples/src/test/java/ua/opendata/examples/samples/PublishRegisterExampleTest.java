package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.publish.ItemResult;
import ua.opendata.core.publish.PlanAction;
import ua.opendata.core.publish.PublishResult;

/** {@link PublishRegisterExample} against a fake CKAN like data.gov.ua: a dry run, an execute, a rerun. */
class PublishRegisterExampleTest {
    static final String ORG = "shchastia-cma";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeCkan ckan;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().dataGovUaSchema(true).start();
        ckan.createOrganization(ORG, "Щастинська МВА");
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    /** A register of one current dataset with its passport (the test resources with dates fresh on the clock). */
    private Path writeInput() throws IOException {
        ObjectNode passport = (ObjectNode) JSON.readTree(Path.of("src/test/resources/json/passport-full.json").toFile());
        passport.put("lastModified", "2026-11-20T10:00:00+02:00");
        passport.put("dataAsOf", "2026-11-20");
        ObjectNode register = (ObjectNode) JSON.readTree(Path.of("src/test/resources/json/register.json").toFile());
        ArrayNode entries = (ArrayNode) register.get("entries");
        ObjectNode first = (ObjectNode) entries.get(0);
        first.put("nextUpdateDue", "2026-12-20");
        entries.removeAll().add(first);
        Files.createDirectories(dir.resolve("passports"));
        JSON.writeValue(dir.resolve("passports/p.json").toFile(), passport);
        JSON.writeValue(dir.resolve("register.json").toFile(), register);
        return dir.resolve("register.json");
    }

    private List<CkanDataset> onPortal() {
        try (CkanClient c = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            return c.harvest(CkanSearchQuery.builder().fq("organization:" + ORG).includePrivate(true).build()).toList();
        }
    }

    private PublishResult run(boolean execute, Locale locale) throws IOException {
        return PublishRegisterExample.run(ckan.baseUrl(), ckan.sysadminKey(), ORG, writeInput(),
                dir.resolve("passports"), execute, ValidateRegisterExampleTest.CLOCK, locale, out);
    }

    @Test
    void aDryRunPrintsThePlanAndWritesNothing() throws IOException {
        PublishResult result = run(false, Locale.ENGLISH);

        assertThat(result.dryRun()).isTrue();
        assertThat(result.items()).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo(PlanAction.CREATE);
            assertThat(i.outcome()).isEqualTo(ItemResult.Outcome.SKIPPED);
        });
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("organization " + ORG)
                .contains("[Create]").contains("Dry run: nothing is written to the portal (add --execute).");
        assertThat(onPortal()).isEmpty();
    }

    @Test
    void executeCreatesTheDatasetAndARerunChangesNothing() throws IOException {
        PublishResult result = run(true, Locale.ENGLISH);

        assertThat(result.dryRun()).isFalse();
        assertThat(result.count(ItemResult.Outcome.DONE)).as(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        List<CkanDataset> datasets = onPortal();
        assertThat(datasets).extracting(CkanDataset::name).containsExactly(result.items().get(0).name());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).doesNotContain("Dry run:")
                .doesNotContain(ckan.sysadminKey());

        bytes.reset();
        PublishResult again = run(true, Locale.forLanguageTag("uk"));
        assertThat(again.items()).singleElement().satisfies(i -> {
            assertThat(i.action()).isEqualTo(PlanAction.UNCHANGED);
            assertThat(i.outcome()).isEqualTo(ItemResult.Outcome.SKIPPED);
        });
        assertThat(onPortal()).hasSize(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Без змін");
    }

    @Test
    void mainExecutesWithTheKeyFromTheEnvironment() throws IOException {
        Path register = writeInput();
        Captured main = Captured.withKey(ckan.sysadminKey(), Locale.ENGLISH);
        int exit = PublishRegisterExample.launch(new String[] {"--execute", ckan.baseUrl(), ORG, register.toString(),
                dir.resolve("passports").toString()}, main.console);

        assertThat(exit).isZero();
        assertThat(onPortal()).hasSize(1);
        assertThat(main.out()).contains("organization " + ORG).doesNotContain("Dry run:")
                .doesNotContain(ckan.sysadminKey());
    }

    @Test
    void mainWithoutExecuteIsADryRun() throws IOException {
        Path register = writeInput();
        Captured main = Captured.withKey(ckan.sysadminKey(), Locale.ENGLISH);
        int exit = PublishRegisterExample.launch(new String[] {ckan.baseUrl(), ORG, register.toString(),
                dir.resolve("passports").toString()}, main.console);

        assertThat(exit).isZero();
        assertThat(main.out()).contains("Dry run: nothing is written to the portal (add --execute).");
        assertThat(onPortal()).isEmpty();
    }

    @Test
    void mainRefusesExecuteWithoutAKeyAndWrongUsageBeforeAskingThePortal() throws IOException {
        Path register = writeInput();
        Captured noKey = Captured.withoutKey(Locale.forLanguageTag("uk"));
        assertThat(PublishRegisterExample.launch(new String[] {ckan.baseUrl(), ORG, register.toString(), "--execute"},
                noKey.console)).isEqualTo(2);
        assertThat(noKey.err()).contains("Для --execute потрібен API-ключ").contains("OPENDATA_API_KEY");

        Captured usage = Captured.withoutKey(Locale.ENGLISH);
        assertThat(PublishRegisterExample.launch(new String[] {ckan.baseUrl(), ORG}, usage.console)).isEqualTo(2);
        assertThat(usage.err()).startsWith("Usage / Використання: PublishRegisterExample");
        assertThat(ckan.requests()).isEmpty();
    }

    @Test
    void executeWithoutAKeyFailsBeforeAskingThePortal() throws IOException {
        Path register = writeInput();
        assertThatThrownBy(() -> PublishRegisterExample.run(ckan.baseUrl(), null, ORG, register,
                dir.resolve("passports"), true, ValidateRegisterExampleTest.CLOCK, Locale.ENGLISH, out))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("OPENDATA_API_KEY");
        assertThat(ckan.requests()).isEmpty();
    }
}
