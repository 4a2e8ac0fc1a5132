package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.rules.Severity;

/** {@link AuditPublisherExample} against a fake CKAN with two organizations. */
class AuditPublisherExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeCkan ckan;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().start();
        ckan.createOrganization("water", "Water utility");
        ckan.createOrganization("city", "City council");
        ckan.seedDatasets("water", "water", 3);
        ckan.seedDatasets("city", "city", 5);
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    @Test
    void auditsOneOrganizationAndWritesBothReports() throws IOException {
        Path outDir = dir.resolve("audit");
        AuditResult audit = AuditPublisherExample.run(ckan.baseUrl(), null, "water", outDir,
                ValidateRegisterExampleTest.CLOCK, Locale.ENGLISH, out);

        assertThat(audit.datasets()).extracting(AuditDataset::name)
                .containsExactlyInAnyOrder("water-0001", "water-0002", "water-0003");
        JsonNode json = JSON.readTree(outDir.resolve("report.json").toFile());
        assertThat(json.at("/kpi/total").asInt()).isEqualTo(3);
        assertThat(json.at("/kpi/passed").asInt()).isEqualTo(audit.report().passedCount());
        assertThat(json.at("/counts/ERROR").asLong()).isEqualTo(audit.report().count(Severity.ERROR));
        String html = Files.readString(outDir.resolve("report.html"));
        assertThat(html).containsIgnoringCase("<html");
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("Organization: water (" + ckan.baseUrl() + ")")
                .contains("Datasets on the portal: 3")
                .contains("Passed: " + audit.report().passedCount())
                .contains("Reports: " + outDir.resolve("report.html") + ", " + outDir.resolve("report.json"));
    }

    @Test
    void mainAuditsTheOrganizationIntoTheDirectoryGiven() throws IOException {
        Path outDir = dir.resolve("main");
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        int exit = AuditPublisherExample.launch(new String[] {ckan.baseUrl(), "city", outDir.toString()}, main.console);

        assertThat(exit).isZero();
        assertThat(main.out()).contains("Organization: city (" + ckan.baseUrl() + ")")
                .contains("Datasets on the portal: 5");
        assertThat(JSON.readTree(outDir.resolve("report.json").toFile()).at("/kpi/total").asInt()).isEqualTo(5);
        assertThat(outDir.resolve("report.html")).isRegularFile();
    }

    @Test
    void mainWithoutTheOrganizationIsWrongUsageAndAsksNothing() {
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        assertThat(AuditPublisherExample.launch(new String[] {ckan.baseUrl()}, main.console)).isEqualTo(2);
        assertThat(main.err()).startsWith("Usage / Використання: AuditPublisherExample PORTAL-URL ORGANIZATION");
        assertThat(ckan.requests()).isEmpty();
    }

    @Test
    void speaksUkrainianAndSeesOnlyTheOrganizationAsked() throws IOException {
        AuditResult audit = AuditPublisherExample.run(ckan.baseUrl(), ckan.sysadminKey(), "city", dir,
                ValidateRegisterExampleTest.CLOCK, Locale.forLanguageTag("uk"), out);

        assertThat(audit.datasets()).hasSize(5).allSatisfy(d -> assertThat(d.name()).startsWith("city-"));
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Наборів на порталі: 5")
                .contains("Звіти: ").doesNotContain("Datasets on");
        assertThat(dir.resolve("report.json")).isRegularFile();
    }
}
