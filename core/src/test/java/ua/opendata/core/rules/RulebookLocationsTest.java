package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Register;
import ua.opendata.passport.SourceLocation;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterCsvWriter;
import ua.opendata.passport.csv.RegisterReadResult;
import ua.opendata.passport.xlsx.RegisterXlsxReader;
import ua.opendata.passport.xlsx.RegisterXlsxWriter;
import ua.opendata.passport.xlsx.XlsxReadResult;

/** Findings on a register read from a file name the cell where the clerk fixes them. */
class RulebookLocationsTest {

    /** The valid scenario with four known errors in entries 3, 5, 6 and 7 (0-based) and one in a passport. */
    private static Scenario broken() {
        Scenario s = Scenario.valid();
        String dup = s.entries().get(2).identifier();
        return s.entryAt(3, e -> e.contactPoint(ua.opendata.passport.ResponsiblePerson.of("Петренко Іван",
                        "not-an-email")))
                .entryAt(5, e -> e.distributionFormats(List.of(DataFormat.of(KnownFormat.CSV), DataFormat.parse("XYZ"))))
                .entryAt(6, e -> e.identifier(dup))
                .entryAt(7, e -> e.title(null))
                .passport(p -> p.firstPublished(null));
    }

    private static ValidationReport validate(Scenario s, Register read, ValidationSources sources) {
        return Rulebook.create(s.config().build()).validate(read, s.passports(), Map.of(), sources);
    }

    private static String at(ValidationReport report, String rule, String path) {
        return report.findings().stream().filter(f -> f.ruleId().equals(rule) && f.path().equals(path))
                .map(f -> String.valueOf(f.location())).findFirst().orElseThrow(() -> new AssertionError(
                        "no " + rule + " at " + path + " in " + report.findings()));
    }

    @Test
    void csvFindingsNameFileRowAndColumn(@TempDir Path dir) {
        Scenario s = broken();
        Path file = dir.resolve("register.csv");
        RegisterCsvWriter.defaults().write(Register.of(s.entries()), file);
        RegisterReadResult read = RegisterCsvReader.defaults().read(file);
        String firstId = s.entries().get(0).identifier();
        ValidationSources.Builder sources = ValidationSources.builder(read.locations());
        s.passports().keySet().forEach(id -> sources.passport(id, SourceLocation.ofFile(id + ".json")));
        ValidationReport report = validate(s, read.register(), sources.build());

        // header on line 1, entry i on line i + 2; the Ministry's column order
        assertThat(at(report, "R835-EMAIL-FORMAT", "contactPoint.email")).isEqualTo("register.csv:5:12");
        assertThat(at(report, "R835-FORMAT-UNKNOWN", "distributionFormats[1]")).isEqualTo("register.csv:7:8");
        assertThat(at(report, "R835-REGISTER-ID-UNIQUE", "identifier")).isEqualTo("register.csv:8:1");
        assertThat(at(report, "R835-TITLE-REQUIRED", "title")).isEqualTo("register.csv:9:2");
        assertThat(at(report, "R835-FIRST-PUBLISHED-REQUIRED", "passport.firstPublished"))
                .isEqualTo(firstId + ".json");
        Finding email = report.findings().stream().filter(f -> f.ruleId().equals("R835-EMAIL-FORMAT")).findFirst()
                .orElseThrow();
        assertThat(Objects.requireNonNull(email.location()).header()).contains("contactPointHasEmail");
        // every finding is located: an entry's row or cell, the register file, the passport file
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.location()).isNotNull());
    }

    @Test
    void xlsxFindingsNameTheSheetCell(@TempDir Path dir) {
        Scenario s = broken();
        Path file = dir.resolve("register.xlsx");
        RegisterXlsxWriter.defaults().write(Register.of(s.entries()), file);
        XlsxReadResult read = RegisterXlsxReader.defaults().read(file);
        ValidationReport report = validate(s, read.register(), ValidationSources.of(read.locations()));

        assertThat(at(report, "R835-EMAIL-FORMAT", "contactPoint.email")).isEqualTo("register.xlsx:Реєстр!L5");
        assertThat(at(report, "R835-FORMAT-UNKNOWN", "distributionFormats[1]")).isEqualTo("register.xlsx:Реєстр!H7");
        assertThat(at(report, "R835-REGISTER-ID-UNIQUE", "identifier")).isEqualTo("register.xlsx:Реєстр!A8");
        assertThat(at(report, "R835-TITLE-REQUIRED", "title")).isEqualTo("register.xlsx:Реєстр!B9");
        // no passport file given: its finding has no location
        assertThat(report.findings()).filteredOn(f -> f.path().startsWith("passport."))
                .isNotEmpty().allSatisfy(f -> assertThat(f.location()).isNull());
    }

    @Test
    void reorderedAndFurtherColumnsAreFollowed() {
        String csv = "Примітка;Електронна пошта;Код ЄДРПОУ;Назва;identifier;description;accrualPeriodicity;keyword;"
                + "purpose;landingPage;distributionFormat;publisherName;contactPointFn\n"
                + "ok;i@x.gov.ua;04053625;Бюджет;d-1;Опис;щороку;бюджет;Закон;https://x.gov.ua;CSV;Рада;Іван\n"
                + "bad;ivan-at-x;04053626;;d-2;Опис;щороку;бюджет;Закон;https://x.gov.ua;CSV;Рада;Іван\n";
        RegisterReadResult read = RegisterCsvReader.defaults().read(new ByteArrayInputStream(
                csv.getBytes(StandardCharsets.UTF_8)), "reordered.csv");
        ValidationReport report = Rulebook.create(Scenario.valid().config().build())
                .validate(read.register(), Map.of(), Map.of(), ValidationSources.of(read.locations()));
        assertThat(at(report, "R835-EMAIL-FORMAT", "contactPoint.email")).isEqualTo("reordered.csv:3:2");
        assertThat(at(report, "R835-EDRPOU-CHECK-DIGIT", "publisher.edrpou")).isEqualTo("reordered.csv:3:3");
        assertThat(at(report, "R835-TITLE-REQUIRED", "title")).isEqualTo("reordered.csv:3:4");
        // a register-level finding names the file
        assertThat(report.findings()).filteredOn(f -> f.path().startsWith("annex/") && f.datasetId() == null)
                .isNotEmpty().allSatisfy(f -> assertThat(String.valueOf(f.location())).isEqualTo("reordered.csv"));
    }

    @Test
    void withoutSourcesFindingsCarryNoLocation() {
        ValidationReport report = broken().validate();
        assertThat(report.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.location()).isNull());
    }
}
