package ua.opendata.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.core.report.HtmlReport;
import ua.opendata.core.report.ReportJson;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Register;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.sample.SampleRegister;

/** The README's quick start, compiled and run; and a check that the README shows exactly this code. */
class ReadmeQuickStartTest {

    @TempDir
    Path dir;

    @Test
    void theQuickStartRunsOnTheSampleRegister() throws IOException {
        try (InputStream sample = SampleRegister.openCsv()) {
            Files.copy(sample, dir.resolve("register.csv"));
        }
        List<String> printed = new ArrayList<>();

        // README-START
        // Read a register as Excel exports it (UTF-8 or Windows-1251, ',' or ';')
        Register register = RegisterCsvReader.defaults().read(dir.resolve("register.csv")).register();

        // Check it against Resolution No. 835: findings in Ukrainian and English, and the KPI
        Rulebook rulebook = Rulebook.create(RulebookConfig.defaults());
        ValidationReport report = rulebook.validate(register);
        printed.add(String.format("KPI %.0f %% (target %.0f %%)", report.kpi() * 100, report.kpiTarget() * 100));
        for (Finding f : report.findings()) {
            printed.add(f.datasetId() + " " + f.ruleId() + ": " + f.message().uk());
        }

        // Write the reports: one self-contained HTML page (Ukrainian) and JSON for machines
        HtmlReport.builder().build().write(report, dir.resolve("report.html"));
        ReportJson.write(report, dir.resolve("report.json"));
        // README-END

        assertThat(printed.get(0)).matches("KPI \\d+ % \\(target 85 %\\)");
        assertThat(printed).anySatisfy(l -> assertThat(l).startsWith("shch-012 R835-EDRPOU-CHECK-DIGIT: «44591082»"));
        assertThat(dir.resolve("report.html")).isNotEmptyFile();
        assertThat(dir.resolve("report.json")).isNotEmptyFile();
    }

    @Test
    void theReadmeShowsExactlyTheTestedCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/ua/opendata/examples/ReadmeQuickStartTest.java"),
                StandardCharsets.UTF_8);
        String snippet = source.substring(source.indexOf("// README-START\n") + "// README-START\n".length(),
                source.indexOf("        // README-END"));
        String unindented = snippet.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .reduce((a, b) -> a + "\n" + b).orElseThrow()
                .replace("dir.resolve(", "Path.of(")
                .replace("printed.add(String.format(", "System.out.println(String.format(")
                .replace("printed.add(", "System.out.println(");
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertThat(readme).as("README.md must show the quick start exactly as tested here").contains(unindented);
    }
}
