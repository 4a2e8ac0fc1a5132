package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * {@code --as-of} end to end as a separate process, on the real clock: {@code validate} on the bundled
 * sample, {@code audit} against the fake CKAN, and the usage errors with their exit code.
 */
class AsOfProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private JavaProcess.Result opendata(String... args) throws IOException, InterruptedException {
        return JavaProcess.run(work, Map.of(), OpendataCommand.class, args);
    }

    @Test
    void validateAsOfOnTheBundledSample() throws Exception {
        JavaProcess.Result run = opendata("validate", "--as-of", "31.12.2025", "--lang", "en");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("As of 31.12.2025: timeliness, due dates and the KPI are judged on that day;"
                + " annex version 2025-07 (in force on that day).")
                .contains("Overdue updates: 0");
        JsonNode report = JSON.readTree(work.resolve("opendata-report/report.json").toFile());
        assertThat(report.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(Files.readString(work.resolve("opendata-report/report.html"))).contains("State as of 31.12.2025");
    }

    @Test
    void usageErrorsExitWithTwoAndWriteNothing() throws Exception {
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(2)
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        JavaProcess.Result future = opendata("validate", "--as-of", tomorrow, "--lang", "uk");
        assertThat(future.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(future.err()).startsWith("Дата --as-of " + tomorrow + " ще не настала").doesNotContain("\tat ");
        JavaProcess.Result malformed = opendata("audit", "--portal", "http://127.0.0.1:1", "--as-of", "2025-02-30");
        assertThat(malformed.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(malformed.err()).startsWith("--as-of \"2025-02-30\" is not a date;").doesNotContain("\tat ");
        assertThat(work.resolve("opendata-report")).doesNotExist();
        assertThat(work.resolve("opendata-audit")).doesNotExist();
    }

    @Test
    void auditAsOfAgainstTheFakeCkan() throws Exception {
        AsOfCommandTest.MovableClock clock = new AsOfCommandTest.MovableClock("2025-06-01T07:00:00Z");
        try (FakeCkan ckan = FakeCkan.builder().clock(clock).start()) {
            ckan.createOrganization("city", "City council");
            try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
                client.packageCreate(quarterly("city-old", "2025-11-01T10:00:00"));
                client.packageCreate(quarterly("city-changed", "2026-03-01T10:00:00"));
                clock.set("2026-02-01T07:00:00Z");
                client.packageCreate(quarterly("city-new", "2026-02-01T10:00:00"));
            }
            JavaProcess.Result run = opendata("audit", "--portal", ckan.baseUrl(), "--organization", "city",
                    "--as-of", "2025-12-31", "--out", "audit", "--lang", "uk");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).contains("Станом на 31.12.2025: вчасність, строки оновлення та KPI оцінено на цю"
                            + " дату; додаток у редакції 2025-07 (чинній того дня).")
                    .contains("Змінено після цієї дати (стан на неї невідомий, не зараховано): 1; створено після"
                            + " неї: 1.")
                    .contains("  city-changed: дані змінено 2026-03-01, після дати оцінки 2025-12-31")
                    .contains("  city-new: набір створено 2026-02-01, після дати оцінки 2025-12-31");
            JsonNode report = JSON.readTree(work.resolve("audit/report.json").toFile());
            assertThat(report.get("asOf").asText()).isEqualTo("2025-12-31");
            assertThat(report.get("datasets")).anySatisfy(d -> {
                assertThat(d.get("identifier").asText()).isEqualTo("city-old");
                assertThat(d.at("/timeliness/status").asText()).isEqualTo("ON_TIME");
            });
            assertThat(Files.readString(work.resolve("audit/report.html"))).contains("Станом на 31.12.2025")
                    .contains("змінено після дати оцінки").contains("створено після дати оцінки");
        }
    }

    private static CkanDatasetWrite quarterly(String name, String lastModified) {
        return CkanDatasetWrite.builder().name(name).title("Набір " + name).notes("Опис набору " + name)
                .ownerOrg("city").licenseId("cc-by")
                .extra(new CkanExtra("r835_update_frequency", TextNode.valueOf("once a quarter"), Map.of()))
                .resource(CkanResourceWrite.builder().name("data").url("https://files.example/" + name + ".csv")
                        .format("CSV").field("last_modified", lastModified).build())
                .build();
    }
}
