package ua.opendata.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.json.PassportJson;
import ua.opendata.passport.sample.SampleRegister;

/**
 * What an application does with the starter's beans works with the libraries on the class path (the
 * parent's versions, or Spring Boot's with {@code -Pspring-boot-bom}): the rulebook (Hibernate Validator)
 * checks the bundled sample register, its JSON report (Jackson) reads back the same, a passport read
 * from JSON breaks its Jakarta constraints (our validators under the provider's version).
 */
class StarterLibrariesTest {
    /** The day the README's figures of the sample register were taken. */
    private static final Clock README_DAY = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OpendataAutoConfiguration.class))
            .withBean(Clock.class, () -> README_DAY);

    private static Register sample() throws IOException {
        try (InputStream in = SampleRegister.openCsv()) {
            return RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
        }
    }

    @Test
    void theRulebookBeanChecksTheSampleRegisterAsTheReadmeSays() {
        runner.run(context -> {
            Register register = sample();
            ValidationReport report = context.getBean(Rulebook.class).validate(register);
            // README.md, "Try it" and "Spring Boot": 23 entries, 12 of 23 datasets without errors, KPI 52 %
            assertThat(register.size()).isEqualTo(23);
            assertThat(report.datasets()).hasSize(23);
            assertThat(report.passedCount()).isEqualTo(12);
            assertThat(report.count(Severity.ERROR)).isEqualTo(63);
            assertThat(report.count(Severity.WARNING)).isEqualTo(4);
            assertThat(Math.round(report.kpi() * 100)).isEqualTo(52);
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.message().en()).isNotBlank().doesNotContain("{"));
        });
    }

    @Test
    void theJsonReportOfTheCheckReadsBackTheSame() {
        runner.run(context -> {
            ValidationReport report = context.getBean(Rulebook.class).validate(sample());
            ByteArrayOutputStream json = new ByteArrayOutputStream();
            ReportJson.write(report, json);
            ValidationReport read = ReportJson.read(new ByteArrayInputStream(json.toByteArray()), "report.json");
            assertThat(read.findings()).hasSameSizeAs(report.findings());
            assertThat(read.passedCount()).isEqualTo(report.passedCount());
            assertThat(read.kpi()).isEqualTo(report.kpi());
        });
    }

    @Test
    void aPassportReadFromJsonIsCheckedWithItsConstraints() {
        runner.run(context -> {
            String json;
            try (InputStream in = StarterLibrariesTest.class.getResourceAsStream("/passport-full.json")) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            // a wrong EDRPOU check digit (@ValidEdrpou) and a dataset link that is not http(s) (@HttpUrl)
            json = json.replace("\"edrpou\": \"44536124\"", "\"edrpou\": \"44536125\"")
                    .replace("\"datasetUrl\": \"https://", "\"datasetUrl\": \"ftp://");
            Passport passport = PassportJson.defaults().readPassport(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "passport-broken.json");
            ValidationReport report = context.getBean(Rulebook.class).validate(passport);
            assertThat(report.findings()).extracting(Finding::ruleId).containsExactlyInAnyOrder("R835-URL-ABSOLUTE",
                    "R835-EDRPOU-CHECK-DIGIT", "R835-TIMELINESS-LATE");
            assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("R835-EDRPOU-CHECK-DIGIT")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).isEqualTo("“44536125” is not a valid EDRPOU code"
                            + " (eight digits with a correct check digit)."));
            assertThat(report.findings()).filteredOn(f -> f.ruleId().equals("R835-URL-ABSOLUTE")).singleElement()
                    .satisfies(f -> assertThat(f.message().en()).startsWith("The link “ftp://data.gov.ua/dataset/"));
            assertThat(report.findings()).allSatisfy(f -> assertThat(f.message().uk()).isNotBlank());
        });
    }
}
