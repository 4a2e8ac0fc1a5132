package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.core.rules.ValidationSources;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.sample.SampleRegister;

/**
 * Each deliberate defect of the bundled sample register is found at the cell a clerk opens: rows are
 * the physical lines where records start (shch-018 has a cell of two lines, so the rows after it are one
 * further down than their record number), columns those of the sample's header.
 */
class SampleRegisterLocationsTest {

    private static final String FILE = SampleRegister.CSV_FILE_NAME;

    @Test
    void everyDefectOfTheSampleIsLocatedInItsCell() throws IOException {
        RegisterReadResult read;
        try (InputStream in = SampleRegister.openCsv()) {
            read = RegisterCsvReader.defaults().read(in, FILE);
        }
        ValidationReport report = Rulebook.create(RulebookConfig.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC)).build())
                .validate(read.register(), Map.of(), Map.of(), ValidationSources.of(read.locations()));
        assertThat(at(report, "R835-EDRPOU-CHECK-DIGIT")).isEqualTo(FILE + ":13:10");
        assertThat(at(report, "R835-EMAIL-FORMAT")).isEqualTo(FILE + ":12:12");
        assertThat(at(report, "R835-FREQUENCY-UNKNOWN")).isEqualTo(FILE + ":17:4");
        assertThat(at(report, "R835-RESTRICTION-BASIS")).isEqualTo(FILE + ":16:15");
        assertThat(at(report, "R835-NEXT-UPDATE-OVERDUE")).isEqualTo(FILE + ":9:18");
        assertThat(at(report, "R835-FORMAT-MACHINE-READABLE")).isEqualTo(FILE + ":8:8");
        // the first shch-017 has no purpose
        assertThat(at(report, "R835-PURPOSE-REQUIRED")).isEqualTo(FILE + ":18:6");
        // after the two-line cell of shch-018 (lines 19 and 20): its second use
        assertThat(at(report, "R835-REGISTER-ID-UNIQUE")).isEqualTo(FILE + ":22:1");
        assertThat(at(report, "R835-TITLE-LENGTH")).isEqualTo(FILE + ":23:2");
        assertThat(at(report, "R835-KEYWORDS-REQUIRED")).isEqualTo(FILE + ":24:5");
        assertThat(at(report, "R835-URL-ABSOLUTE")).isEqualTo(FILE + ":25:7");
        // the register's own findings name the file
        assertThat(report.findingsOf("R835-ANNEX-MISSING")).isNotEmpty()
                .allSatisfy(f -> assertThat(String.valueOf(f.location())).isEqualTo(FILE));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isNotNull());
    }

    private static String at(ValidationReport report, String rule) {
        Finding f = report.findingsOf(rule).get(0);
        return String.valueOf(f.location());
    }
}
