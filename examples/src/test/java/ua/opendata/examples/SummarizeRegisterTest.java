package ua.opendata.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarizeRegisterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return SummarizeRegister.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarisesTheBundledSampleInEnglish() {
        assertThat(run("--lang", "en")).isEqualTo(SummarizeRegister.OK);
        String text = out();
        assertThat(text)
                .contains("sample-register-shchastia.csv (bundled SAMPLE)")
                .contains("UTF-8 with BOM")
                .contains("delimiter ';'")
                .contains("Structure: OK, 23 entries; extra columns kept: Примітка")
                .contains("planned 4, published 17, restricted 2, withdrawn 0, not stated 0")
                .contains("not recognised 1 (shch-016 \"unscheduled\")")
                .contains("shch-018 \"once a month”\" → once a month")
                .contains("shch-003 \"Щороку\" → once a year")
                .contains("shch-006 \"xlxs\" → XLSX")
                .contains("shch-009 \".сsv\" → CSV")
                .contains("Усі розпорядники інформації (відповідно до компетенції): 10 of 16 (published 9, planned 1,"
                        + " restricted 0, withdrawn 0), missing 6")
                .contains("Органи місцевого самоврядування: 13 of 57 (published 8, planned 3, restricted 2,"
                        + " withdrawn 0), missing 44");
        assertThat(err()).isEmpty();
    }

    @Test
    void speaksUkrainianOnRequest() {
        assertThat(run("--lang", "uk")).isEqualTo(SummarizeRegister.OK);
        assertThat(out()).contains("зведення реєстру наборів даних").contains("23 записів")
                .contains("оприлюднено 17");
    }

    @Test
    void readsARegisterFileGivenOnTheCommandLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(file, String.join("\n",
                "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,distributionFormat,"
                        + "publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail,status,annexDataset",
                "r-1,Реєстр наборів даних,Опис,once a year,реєстр,Закон,https://data.gov.ua/dataset/r-1,CSV,"
                        + "Міська рада,14360570,Іваненко І. І.,i@example.org,published,all-holders:6",
                ""), StandardCharsets.UTF_8);
        assertThat(run(file.toString(), "--lang", "en", "--section", "all-holders")).isEqualTo(SummarizeRegister.OK);
        assertThat(out()).contains("Structure: OK, 1 entries")
                .contains("1 of 16 (published 1,")
                .doesNotContain("Органи місцевого самоврядування");
    }

    @Test
    void listsEveryStructuralProblemWithItsPlace(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, String.join("\n",
                "identifier,title,description,accrualPeriodicity,keyword,purpose,landingPage,distributionFormat,"
                        + "publisherName,publisherIdentifier,contactPointFn,contactPointHasEmail,status,nextUpdateDue",
                "r-1,A,B,once a year,k,p,https://x.example/a,CSV,P,14360570,F,e@example.org,published,31.02.2026",
                "r-2,A,B,once a year,k,p,https://x.example/b,CSV,P,14360570,F,e@example.org,maybe,01.01.2027",
                ""), StandardCharsets.UTF_8);
        assertThat(run(file.toString(), "--lang", "en")).isEqualTo(SummarizeRegister.REGISTER_PROBLEMS);
        assertThat(err()).contains("structural problems (2)")
                .contains("broken.csv:2:14:")
                .contains("broken.csv:3:13:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFileIsOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThat(run(missing.toString(), "--lang", "en")).isEqualTo(SummarizeRegister.IO_ERROR);
        assertThat(err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("--bogus")).isEqualTo(SummarizeRegister.USAGE);
        assertThat(err()).contains("Unknown option --bogus").contains("Usage:");
        assertThat(run("--section", "nowhere")).isEqualTo(SummarizeRegister.USAGE);
    }
}
