package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.sample.SampleRegister;

/**
 * The report on the bundled sample register, compared with a golden file. Any change to the rules,
 * their texts or the JSON schema shows here; review the difference, then regenerate with
 * {@code ./mvnw -pl core -am verify -Dtest=SampleReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true}.
 */
class SampleReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/report/sample-report.json");

    @Test
    void theSampleRegisterReportMatchesTheGoldenFile() throws IOException {
        ValidationReport report;
        try (InputStream in = SampleRegister.openCsv()) {
            var register = RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register();
            report = Rulebook.create(RulebookConfig.builder()
                    .clock(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC)).build())
                    .validate(register);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);
        String actual = out.toString(StandardCharsets.UTF_8);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));

        // The deliberate defects of the sample are all found.
        assertThat(report.findingsOf("R835-REGISTER-ID-UNIQUE")).extracting(f -> f.datasetId()).containsExactly("shch-017");
        assertThat(report.findingsOf("R835-EDRPOU-CHECK-DIGIT")).extracting(f -> f.datasetId()).containsExactly("shch-012");
        assertThat(report.findingsOf("R835-EMAIL-FORMAT")).extracting(f -> f.datasetId()).containsExactly("shch-011");
        assertThat(report.findingsOf("R835-TITLE-LENGTH")).extracting(f -> f.datasetId()).containsExactly("shch-021");
        assertThat(report.findingsOf("R835-KEYWORDS-REQUIRED")).extracting(f -> f.datasetId()).containsExactly("shch-022");
        assertThat(report.findingsOf("R835-URL-ABSOLUTE")).extracting(f -> f.datasetId()).containsExactly("shch-023");
        assertThat(report.findingsOf("R835-FREQUENCY-UNKNOWN")).extracting(f -> f.datasetId()).containsExactly("shch-016");
        assertThat(report.findingsOf("R835-RESTRICTION-BASIS")).extracting(f -> f.datasetId()).containsExactly("shch-015");
        assertThat(report.findingsOf("R835-PURPOSE-REQUIRED")).extracting(f -> f.datasetId()).containsExactly("shch-017");
        assertThat(report.findingsOf("R835-NEXT-UPDATE-OVERDUE")).extracting(f -> f.datasetId())
                .containsExactly("shch-008");
        assertThat(report.findingsOf("R835-FORMAT-MACHINE-READABLE")).extracting(f -> f.datasetId())
                .containsExactly("shch-007", "shch-010", "shch-013");
        assertThat(report.findingsOf("R835-ANNEX-RESTRICTED")).extracting(f -> f.datasetId())
                .containsExactly("shch-015", "shch-014");
        assertThat(report.findingsOf("R835-AUDIT-DATASET")).extracting(f -> f.datasetId()).containsExactly("shch-010");
        assertThat(report.findingsOf("R835-REGISTER-DATASET")).isEmpty();
        assertThat(report.passedCount()).isEqualTo(12);
    }
}
