package ua.opendata.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRegisterTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path reports;

    private int run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = reports.toString();
        return CheckRegister.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void summarisesTheBundledSampleInEnglish() {
        assertThat(run("--lang", "en")).isEqualTo(CheckRegister.OK);
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
        assertThat(text)
                .contains("Resolution 835 compliance: 12 of 23 datasets without errors, KPI 52 % (target 85 %) — not met")
                .contains("50 × R835-ANNEX-MISSING")
                .contains("Overdue updates: 1")
                .contains("Мельник А. І.:")
                .contains("shch-008: The next update was due on 2026-06-30; it is overdue by 149 days.");
        assertThat(err()).isEmpty();
    }

    @Test
    void writesTheJsonReportAndTheFindingsCsv() throws IOException {
        assertThat(run("--lang", "en")).isEqualTo(CheckRegister.OK);
        String json = Files.readString(reports.resolve("report.json"));
        assertThat(json).contains("\"schema\" : \"ua-opendata/compliance-report\"").contains("\"passed\" : 12");
        List<String> csv = Files.readAllLines(reports.resolve("findings.csv"));
        assertThat(csv.get(0)).isEqualTo("\uFEFFrule;severity;dataset;path;message_uk;message_en;fix_uk;fix_en;excerpt");
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("R835-EDRPOU-CHECK-DIGIT;ERROR;shch-012;publisher.edrpou;"));
        assertThat(out()).contains("Reports: " + reports.resolve("report.html") + ", " + reports.resolve("report.json"));
        String html = Files.readString(reports.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"").contains("shch-012");
    }

    @Test
    void comparesWithAPreviousReport() throws IOException {
        assertThat(run("--lang", "en")).isEqualTo(CheckRegister.OK);
        Path previous = reports.resolveSibling(reports.getFileName() + "-previous.json");
        Files.move(reports.resolve("report.json"), previous);
        out.reset();
        assertThat(run("--lang", "en", "--previous", previous.toString())).isEqualTo(CheckRegister.OK);
        assertThat(out()).contains("Compared with the report of 2026-11-26T10:00:00Z: KPI +0 points, new findings 0,"
                + " resolved 0");
        assertThat(Files.readString(reports.resolve("report.json"))).contains("\"comparison\"");
        Files.delete(previous);
        assertThat(run("--lang", "en", "--previous", previous.toString())).isEqualTo(CheckRegister.IO_ERROR);
        assertThat(err()).contains("previous.json");
    }

    @Test
    void anUnwritableReportDirectoryIsOneClearLine() throws IOException {
        Path blocker = reports.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        int code = CheckRegister.run(new String[] {"--lang", "en", "--out", blocker.resolve("sub").toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
        assertThat(code).isEqualTo(CheckRegister.IO_ERROR);
        assertThat(err()).contains("Could not write").contains("not-a-dir").doesNotContain("\tat ");
    }

    @Test
    void speaksUkrainianOnRequest() {
        assertThat(run("--lang", "uk")).isEqualTo(CheckRegister.OK);
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
        assertThat(run(file.toString(), "--lang", "en", "--section", "all-holders")).isEqualTo(CheckRegister.OK);
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
        assertThat(run(file.toString(), "--lang", "en")).isEqualTo(CheckRegister.REGISTER_PROBLEMS);
        assertThat(err()).contains("structural problems (2)")
                .contains("broken.csv:2:14:")
                .contains("broken.csv:3:13:");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingFileIsOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        assertThat(run(missing.toString(), "--lang", "en")).isEqualTo(CheckRegister.IO_ERROR);
        assertThat(err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void wrongUsageExitsWithTwo() {
        assertThat(run("--bogus")).isEqualTo(CheckRegister.USAGE);
        assertThat(err()).contains("Unknown option --bogus").contains("Usage:");
        assertThat(run("--section", "nowhere")).isEqualTo(CheckRegister.USAGE);
    }
}
