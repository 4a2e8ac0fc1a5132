package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * {@code --as-of DATE} on {@code validate} and {@code audit}, in-process (today is 26.11.2026 by
 * {@link Cli#CLOCK}): the state judged on that day, the annex in force on it, datasets changed or created
 * after it, and the usage errors.
 */
class AsOfCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    private Cli.Result validate(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "validate";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--out";
        all[args.length + 2] = dir.resolve("out").toString();
        return cli.run(all);
    }

    // ---------------------------------------------------------------- validate

    @Test
    void validateAsOfTheEndOfLastYearOnTheBundledSample() throws IOException {
        Cli.Result today = validate("--lang", "en");
        assertThat(today.out()).contains("The next update was due on 2026-06-30; it is overdue by 149 days.")
                .doesNotContain("As of ");

        Cli.Result r = validate("--lang", "en", "--as-of", "2025-12-31");
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("As of 31.12.2025: timeliness, due dates and the KPI are judged on that day;"
                        + " annex version 2025-07 (in force on that day).")
                .contains("Changed after that day (state on it not known, not counted as passing): 0;"
                        + " created after it: 0.")
                .contains("Annex 2025-07, sections:")
                // due on 30.06.2026: not yet overdue on 31.12.2025
                .doesNotContain("The next update was due on 2026-06-30");
        // the day comes before the figures it qualifies, the datasets after it at the end
        assertThat(r.out().indexOf("As of 31.12.2025")).isLessThan(r.out().indexOf("Resolution 835 compliance:"));
        assertThat(r.out().indexOf("Changed after that day")).isGreaterThan(r.out().indexOf("Reports: "));
        JsonNode report = JSON.readTree(dir.resolve("out/report.json").toFile());
        assertThat(report.get("asOf").asText()).isEqualTo("2025-12-31");
        assertThat(Files.readString(dir.resolve("out/report.html")))
                .contains("State as of 31.12.2025: timeliness, due dates and the KPI are computed for that day");
    }

    @Test
    void theDateAsUkrainianClerksWriteItAndTheAnnexInForceThen() throws IOException {
        Cli.Result r = validate("--lang", "uk", "--as-of", "31.12.2024", "--format", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.at("/asOf/date").asText()).isEqualTo("2024-12-31");
        assertThat(s.at("/asOf/annexVersion").asText()).isEqualTo("2024-10");
        assertThat(s.at("/asOf/changedAfter").asInt()).isZero();
        assertThat(s.at("/asOf/createdAfter").asInt()).isZero();
        Cli.Result text = validate("--lang", "uk", "--as-of", "1.7.2025");
        assertThat(text.out()).contains("Станом на 01.07.2025: вчасність, строки оновлення та KPI оцінено на цю дату;"
                + " додаток у редакції 2025-07 (чинній того дня).");
        assertThat(JSON.readTree(validate("--format", "json").out()).has("asOf")).isFalse();
    }

    @Test
    void passportsChangedOrCreatedAfterTheDayAreNamedAndDoNotPass() throws IOException {
        Path passports = Files.createDirectories(dir.resolve("passports"));
        Files.writeString(passports.resolve("shch-001.json"), passport("shch-001", "2025-03-01T10:00:00+02:00",
                "2026-02-10T10:00:00+02:00"));
        Files.writeString(passports.resolve("shch-002.json"), passport("shch-002", "2026-01-20T10:00:00+02:00",
                "2026-01-20T10:00:00+02:00"));
        Cli.Result r = validate("--lang", "en", "--as-of", "2025-12-31", "--passports", passports.toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains("Changed after that day (state on it not known, not counted as passing): 1;"
                        + " created after it: 1.")
                .contains("  shch-001: the data changed on 2026-02-10, after the as-of date 2025-12-31: the state on"
                        + " 2025-12-31 is not known from this data")
                .contains("  shch-002: the dataset was created on 2026-01-20, after the as-of date 2025-12-31: it did"
                        + " not exist then");
        JsonNode report = JSON.readTree(dir.resolve("out/report.json").toFile());
        Map<String, JsonNode> byId = new HashMap<>();
        report.get("datasets").forEach(d -> byId.put(d.get("identifier").asText(), d));
        assertThat(byId.get("shch-001").at("/timeliness/status").asText()).isEqualTo("CHANGED_AFTER_AS_OF");
        assertThat(byId.get("shch-001").get("passed").asBoolean()).isFalse();
        assertThat(byId.get("shch-002").at("/timeliness/status").asText()).isEqualTo("CREATED_AFTER_AS_OF");
        assertThat(byId.get("shch-002").get("passed").asBoolean()).isFalse();
        assertThat(report.get("findings")).anySatisfy(f -> {
            assertThat(f.get("rule").asText()).isEqualTo("R835-TIMELINESS-AFTER-AS-OF");
            assertThat(f.get("dataset").asText()).isEqualTo("shch-001");
            assertThat(f.at("/message/uk").asText()).contains("після дати оцінки 2025-12-31");
        });
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("changed after the as-of date").contains("created after the as-of date");
    }

    private static String passport(String id, String firstPublished, String lastModified) {
        return "{\"identifier\":\"" + id + "\",\"title\":\"Набір " + id + "\",\"updateFrequency\":\"once a quarter\","
                + "\"firstPublished\":\"" + firstPublished + "\",\"lastModified\":\"" + lastModified + "\"}";
    }

    // ---------------------------------------------------------------- usage errors

    @ParameterizedTest
    @ValueSource(strings = {"2025-13-01", "2025-02-30", "31/12/2025", "yesterday", "31.12.25", "2025-1-5"})
    void aMalformedDateIsAUsageErrorNamingTheOptionAndTheFix(String value) {
        Cli.Result en = validate("--lang", "en", "--as-of", value);
        assertThat(en.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(en.err()).startsWith("--as-of \"" + value + "\" is not a date; write it as YYYY-MM-DD or"
                + " DD.MM.YYYY, e.g. --as-of 2025-12-31 or --as-of 31.12.2025.").doesNotContain("\tat ");
        assertThat(en.out()).isEmpty();
        Cli.Result uk = validate("--lang", "uk", "--as-of", value);
        assertThat(uk.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(uk.err()).startsWith("--as-of «" + value + "» — не дата; запишіть її як РРРР-ММ-ДД або ДД.ММ.РРРР");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aDateInTheFutureIsAUsageErrorOnBothCommands() {
        Cli.Result en = validate("--lang", "en", "--as-of", "2026-11-27");
        assertThat(en.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(en.err()).startsWith("--as-of 2026-11-27 has not come yet (today is 26.11.2026); give today or a"
                + " past date.");
        Cli.Result uk = cli.run("audit", "--lang", "uk", "--portal", "http://127.0.0.1:1", "--as-of", "01.01.2027",
                "--out", dir.resolve("a").toString());
        assertThat(uk.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(uk.err()).startsWith("Дата --as-of 01.01.2027 ще не настала (сьогодні 26.11.2026); вкажіть"
                + " сьогоднішню або минулу дату.");
        assertThat(validate("--lang", "en", "--as-of", "2026-11-26").exit()).isEqualTo(OpendataCommand.OK);
    }

    @Test
    void theHelpOfBothCommandsDescribesTheOption() {
        assertThat(cli.run("validate", "--help", "--lang", "en").out()).contains("--as-of=DATE")
                .contains("Judge the state as of a past day, YYYY-MM-DD or DD.");
        assertThat(new Cli().locale(Locale.forLanguageTag("uk")).run("audit", "--help").out()).contains("--as-of=DATE")
                .contains("Оцінити стан на минулу дату");
    }

    // ---------------------------------------------------------------- audit against the fake CKAN

    /** A clock the test moves: datasets are created on the fake portal at chosen days. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(String instant) {
            now = Instant.parse(instant);
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** {@code audit --as-of} against the fake CKAN, with datasets created and updated on chosen days. */
    @Nested
    class Audit {
        private FakeCkan ckan;

        @BeforeEach
        void startPortal() {
            MovableClock clock = new MovableClock("2025-06-01T07:00:00Z");
            ckan = FakeCkan.builder().clock(clock).start();
            ckan.createOrganization("city", "City council");
            try (CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
                client.packageCreate(quarterly("city-old", "2025-11-01T10:00:00"));
                client.packageCreate(quarterly("city-late", "2025-06-01T10:00:00"));
                client.packageCreate(quarterly("city-changed", "2026-03-01T10:00:00"));
                clock.set("2026-02-01T07:00:00Z");
                client.packageCreate(quarterly("city-new", "2026-02-01T10:00:00"));
            }
        }

        @AfterEach
        void stopPortal() {
            ckan.close();
        }

        private static CkanDatasetWrite quarterly(String name, String lastModified) {
            return CkanDatasetWrite.builder().name(name).title("Набір " + name).notes("Опис набору " + name)
                    .ownerOrg("city").licenseId("cc-by").extra(new CkanExtra("r835_update_frequency",
                            com.fasterxml.jackson.databind.node.TextNode.valueOf("once a quarter"), Map.of()))
                    .resource(CkanResourceWrite.builder().name("data").url("https://files.example/" + name + ".csv")
                            .format("CSV").field("last_modified", lastModified).build())
                    .build();
        }

        @Test
        void auditAsOfTheEndOfLastYear() throws IOException {
            Path out = dir.resolve("audit");
            Cli.Result r = cli.run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization", "city",
                    "--as-of", "31.12.2025", "--out", out.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("As of 31.12.2025: timeliness, due dates and the KPI are judged on that day;"
                            + " annex version 2025-07 (in force on that day).")
                    .contains("Changed after that day (state on it not known, not counted as passing): 1; created after"
                            + " it: 1.")
                    .contains("  city-changed: the data changed on 2026-03-01, after the as-of date 2025-12-31")
                    .contains("  city-new: the dataset was created on 2026-02-01, after the as-of date 2025-12-31");
            assertThat(r.out().indexOf("As of 31.12.2025")).isLessThan(r.out().indexOf("KPI "));
            Map<String, String> status = statuses(out);
            assertThat(status).containsEntry("city-old", "ON_TIME").containsEntry("city-late", "LATE")
                    .containsEntry("city-changed", "CHANGED_AFTER_AS_OF").containsEntry("city-new", "CREATED_AFTER_AS_OF");
            JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
            assertThat(report.get("asOf").asText()).isEqualTo("2025-12-31");
            // 01.06.2025 + 91 days = 31.08.2025; to 31.12.2025: 122 days late (to today it would be 452)
            for (JsonNode d : report.get("datasets")) {
                if (d.get("identifier").asText().equals("city-late")) {
                    assertThat(d.at("/timeliness/daysLate").asInt()).isEqualTo(122);
                }
            }
            assertThat(report.get("findings")).filteredOn(f -> f.get("rule").asText().equals("R835-TIMELINESS-AFTER-AS-OF"))
                    .singleElement().satisfies(f -> assertThat(f.get("dataset").asText()).isEqualTo("city-changed"));
            assertThat(report.get("findings")).filteredOn(f -> f.get("rule").asText().equals("R835-CREATED-AFTER-AS-OF"))
                    .singleElement().satisfies(f -> assertThat(f.get("dataset").asText()).isEqualTo("city-new"));
            assertThat(Files.readString(out.resolve("report.html"))).contains("State as of 31.12.2025");

            // as of today the same portal reads differently: every dataset late, none after the day
            Path now = dir.resolve("now");
            Cli.Result today = cli.run("--lang", "en", "audit", "--portal", ckan.baseUrl(), "--organization", "city",
                    "--out", now.toString(), "--format", "json");
            assertThat(today.exit()).as(today.err()).isZero();
            assertThat(JSON.readTree(today.out()).has("asOf")).isFalse();
            assertThat(statuses(now)).containsEntry("city-old", "LATE").containsEntry("city-changed", "LATE")
                    .containsEntry("city-new", "LATE");
        }

        @Test
        void auditJsonSummaryCountsTheDatasetsAfterTheDay() throws IOException {
            Cli.Result r = cli.run("audit", "--portal", ckan.baseUrl(), "--organization", "city", "--as-of", "2025-12-31",
                    "--out", dir.resolve("j").toString(), "--format", "json");
            assertThat(r.exit()).as(r.err()).isZero();
            JsonNode s = JSON.readTree(r.out());
            assertThat(s.at("/asOf/date").asText()).isEqualTo("2025-12-31");
            assertThat(s.at("/asOf/annexVersion").asText()).isEqualTo("2025-07");
            assertThat(s.at("/asOf/changedAfter").asInt()).isEqualTo(1);
            assertThat(s.at("/asOf/createdAfter").asInt()).isEqualTo(1);
            assertThat(s.get("late").asInt()).isEqualTo(1);
        }

        private static Map<String, String> statuses(Path out) throws IOException {
            JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
            Map<String, String> status = new HashMap<>();
            for (JsonNode d : report.get("datasets")) {
                status.put(d.get("identifier").asText(), d.at("/timeliness/status").asText());
            }
            return status;
        }
    }
}
