package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.csv.RegisterCsvReader;
import ua.opendata.passport.csv.RegisterFormatException;
import ua.opendata.passport.sample.SampleRegister;

/** {@link ValidateRegisterExample} on the bundled sample, on a copy of it, in Ukrainian, and on a broken file. */
class ValidateRegisterExampleTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), RulebookConfig.KYIV);

    @TempDir
    Path dir;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String output() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int sampleSize() throws IOException {
        try (InputStream in = SampleRegister.openCsv()) {
            return RegisterCsvReader.defaults().read(in, SampleRegister.CSV_FILE_NAME).register().size();
        }
    }

    @Test
    void validatesTheBundledSampleAndWritesTheHtmlReport() throws IOException {
        Path outDir = dir.resolve("nested/out");
        ValidationReport report = ValidateRegisterExample.run(null, outDir, CLOCK, Locale.ENGLISH, out);

        int entries = sampleSize();
        assertThat(entries).isPositive();
        assertThat(report.datasets()).isNotEmpty();
        assertThat(output()).contains("Register: " + SampleRegister.CSV_FILE_NAME)
                .contains("Entries: " + entries)
                .contains("Datasets checked: " + report.datasets().size())
                .contains("Passed: " + report.passedCount())
                .contains("KPI: " + Math.round(report.kpi() * 100) + " % (target "
                        + Math.round(report.kpiTarget() * 100) + " %, " + (report.meetsTarget() ? "met" : "not met"))
                .contains("errors " + report.count(Severity.ERROR) + ", warnings " + report.count(Severity.WARNING))
                .contains("Report: " + outDir.resolve("report.html"));
        Path html = outDir.resolve("report.html");
        assertThat(html).isRegularFile();
        String page = Files.readString(html);
        assertThat(page).containsIgnoringCase("<html");
        // every dataset checked appears in the page
        report.datasets().stream().map(d -> d.identifier()).filter(java.util.Objects::nonNull)
                .forEach(id -> assertThat(page).contains(id));
    }

    @Test
    void readsARegisterFileAndSpeaksUkrainian() throws IOException {
        Path csv = dir.resolve("my-register.csv");
        try (InputStream in = SampleRegister.openCsv()) {
            Files.copy(in, csv);
        }
        ValidationReport fromFile = ValidateRegisterExample.run(csv, dir, CLOCK, Locale.forLanguageTag("uk"), out);
        ValidationReport fromSample = ValidateRegisterExample.run(null, dir.resolve("b"), CLOCK, Locale.ENGLISH,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(output()).contains("Реєстр: " + csv).contains("Записів: " + sampleSize())
                .contains("Звіт: " + dir.resolve("report.html")).doesNotContain("Entries:");
        assertThat(fromFile.findings()).isEqualTo(fromSample.findings());
        assertThat(dir.resolve("report.html")).isRegularFile();
    }

    @Test
    void mainValidatesTheSampleIntoTheDirectoryGivenAsRunDoes() throws IOException {
        for (String sample : new String[] {"-", ""}) {
            Path outDir = dir.resolve("main" + sample.length());
            Captured main = Captured.withoutKey(Locale.forLanguageTag("uk"));
            assertThat(ValidateRegisterExample.launch(new String[] {sample, outDir.toString()}, main.console)).isZero();

            bytes.reset();
            ValidateRegisterExample.run(null, outDir, CLOCK, Locale.forLanguageTag("uk"), out);
            assertThat(main.out()).as("main with \"%s\" prints what run prints", sample).isEqualTo(output())
                    .contains("Реєстр: " + SampleRegister.CSV_FILE_NAME);
            assertThat(main.err()).isEmpty();
            assertThat(outDir.resolve("report.html")).isRegularFile();
        }
    }

    @Test
    void mainReadsTheRegisterFileGiven() throws IOException {
        Path csv = dir.resolve("mine.csv");
        try (InputStream in = SampleRegister.openCsv()) {
            Files.copy(in, csv);
        }
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        assertThat(ValidateRegisterExample.launch(new String[] {csv.toString(), dir.resolve("out").toString()},
                main.console)).isZero();
        assertThat(main.out()).contains("Register: " + csv).contains("Entries: " + sampleSize())
                .contains("Report: " + dir.resolve("out/report.html"));
    }

    @Test
    void mainRefusesTooManyArgumentsWithExitCodeTwo() {
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        assertThat(ValidateRegisterExample.launch(new String[] {"a.csv", "out", "extra"}, main.console)).isEqualTo(2);
        assertThat(main.err()).startsWith("Usage / Використання: ValidateRegisterExample");
        assertThat(main.out()).isEmpty();
    }

    @Test
    void aBrokenRegisterFailsNamingTheFileAndWritesNoReport() throws IOException {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "\"unclosed quote;a;b\nx;y\n");
        assertThatThrownBy(() -> ValidateRegisterExample.run(csv, dir.resolve("out"), CLOCK, Locale.ENGLISH, out))
                .isInstanceOf(RegisterFormatException.class)
                .hasMessageContaining("broken.csv");
        assertThat(dir.resolve("out/report.html")).doesNotExist();
    }
}
