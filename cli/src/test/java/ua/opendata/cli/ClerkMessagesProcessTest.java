package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.passport.sample.SampleRegister;

/**
 * The tool as a process, as a clerk meets it (issue 14): commands and options named in the run's
 * language, the language of {@code LANG} when the JVM falls back to English, values in the run's
 * language, input errors in one style with one exit code whatever the format, and a CKAN answer where a
 * passport is expected.
 */
class ClerkMessagesProcessTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    private JavaProcess.Result opendata(String... args) throws Exception {
        return JavaProcess.run(work, Map.of(), OpendataCommand.class, args);
    }

    // ---------------------------------------------------------------- commands and options

    @Test
    void anUnknownCommandIsNamedAsSuchAndANearMissGetsASuggestion() throws Exception {
        JavaProcess.Result unknown = opendata("frobnicate");
        JavaProcess.Result nearMiss = opendata("valdate", "x.csv");
        JavaProcess.Result uk = opendata("--lang", "uk", "valdate", "x.csv");
        JavaProcess.Result file = opendata("missing-register.csv");

        assertThat(unknown.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(unknown.err().lines().toList()).containsExactly("\"frobnicate\" is not a command of opendata (nor an"
                + " existing file). Commands: validate, report, plan, publish, harvest, audit. See: opendata --help");
        assertThat(nearMiss.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(nearMiss.err()).startsWith("\"valdate\" is not a command of opendata; did you mean \"validate\"?")
                .doesNotContain("Unmatched argument");
        assertThat(uk.err()).startsWith("«valdate» — не команда opendata; можливо, «validate»?").contains("Див.:");
        // a file name that does not exist is still a missing file
        assertThat(file.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(file.err()).contains("there is no such file");
    }

    @Test
    void picocliErrorsAreRetoldInTheRunsLanguage() throws Exception {
        JavaProcess.Result bogus = opendata("validate", "--bogus", "--lang", "uk");
        JavaProcess.Result lang = JavaProcess.runInLanguage(work, Map.of(), "uk", OpendataCommand.class,
                "validate", "--lang", "de");
        JavaProcess.Result failOn = opendata("validate", "--fail-on", "maybe", "--lang", "uk");
        JavaProcess.Result number = opendata("harvest", "--timeout", "abc", "--lang", "uk");
        JavaProcess.Result missing = opendata("validate", "--out");
        JavaProcess.Result verbose = opendata("validate", "--fail-on", "maybe", "--verbose");

        assertThat(bogus.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(bogus.err().lines().toList()).containsExactly(
                "Невідомий параметр --bogus. Див.: opendata validate --help");
        assertThat(lang.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(lang.err().lines().toList()).containsExactly(
                "--lang не приймає «de»; допустимі значення: uk, en. Див.: opendata validate --help");
        assertThat(failOn.err().lines().toList()).containsExactly("--fail-on не приймає «maybe»; допустимі значення:"
                + " kpi, error, warning, never. Див.: opendata validate --help");
        assertThat(number.err()).startsWith("--timeout приймає ціле число, а отримано «abc».");
        assertThat(missing.err().lines().toList()).containsExactly("--out needs a value. See: opendata validate --help");
        for (JavaProcess.Result r : new JavaProcess.Result[] {bogus, lang, failOn, number}) {
            assertThat(r.err()).doesNotContain("Unknown option").doesNotContain("Invalid value")
                    .doesNotContain("expected one of");
        }
        // picocli's own words only with --verbose
        assertThat(verbose.err()).contains("Invalid value for option '--fail-on'")
                .contains("--fail-on does not take \"maybe\"");
    }

    @Test
    void ukrainianFromLangWhenTheJvmFallsBackToEnglish() throws Exception {
        // the JVM runs in English (-Duser.language=en), as it does when uk_UA.UTF-8 is not installed
        JavaProcess.Result lang = JavaProcess.run(work, Map.of("LANG", "uk_UA.UTF-8", "LC_ALL", "",
                "LC_MESSAGES", ""), OpendataCommand.class, "validate", "--out", "a");
        JavaProcess.Result lcAll = JavaProcess.run(work, Map.of("LANG", "uk_UA.UTF-8", "LC_ALL", "en_US.UTF-8",
                "LC_MESSAGES", ""), OpendataCommand.class, "validate", "--out", "b");
        JavaProcess.Result overridden = JavaProcess.run(work, Map.of("LANG", "uk_UA.UTF-8", "LC_ALL", "",
                "LC_MESSAGES", ""), OpendataCommand.class, "validate", "--out", "c", "--lang", "en");

        assertThat(lang.exit()).as(lang.err()).isZero();
        assertThat(lang.out()).startsWith("ua-opendata — зведення реєстру наборів даних");
        assertThat(Files.readString(work.resolve("a/report.html"))).contains("<html lang=\"uk\">");
        // LC_ALL comes first (POSIX)
        assertThat(lcAll.out()).startsWith("ua-opendata — register of datasets summary");
        assertThat(overridden.out()).startsWith("ua-opendata — register of datasets summary");
    }

    @Test
    void frequenciesAndAnnexSectionsAreInTheRunsLanguage() throws Exception {
        JavaProcess.Result uk = opendata("validate", "--lang", "uk", "--out", "uk");
        JavaProcess.Result en = opendata("validate", "--lang", "en", "--out", "en");

        assertThat(uk.out()).contains("shch-003 \"Щороку\" → щороку; shch-018 \"once a month”\" → щомісяця")
                .doesNotContain("→ once a");
        assertThat(uk.out()).contains("  Усі розпорядники інформації (відповідно до компетенції): 10 з 16");
        assertThat(en.out()).contains("shch-003 \"Щороку\" → once a year")
                .contains("  All information holders (within their competence): 10 of 16")
                .contains("  Local self-government bodies: 13 of 57")
                .doesNotContain("Усі розпорядники").doesNotContain("Органи місцевого");
    }

    // ---------------------------------------------------------------- input errors

    @Test
    void aCsvGivenToReportIsNamedWithoutTheParsersWords() throws Exception {
        Files.writeString(work.resolve("some.csv"), "identifier;title\nx;y\n");
        Files.writeString(work.resolve("other.json"), "{\"schema\": \"something else\"}");
        JavaProcess.Result csv = opendata("report", "some.csv");
        JavaProcess.Result other = opendata("report", "other.json", "--lang", "uk");
        JavaProcess.Result verbose = opendata("report", "other.json", "--verbose");

        assertThat(csv.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(csv.err().lines().toList()).containsExactly("some.csv is not a report.json (it is not JSON): give"
                + " the report.json that opendata validate wrote (in its --out directory, opendata-report/ by default).");
        assertThat(other.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(other.err().lines().toList()).containsExactly("other.json — не report.json, записаний opendata"
                + " validate (або пошкоджений): вкажіть той файл або запустіть opendata validate знову.");
        for (JavaProcess.Result r : new JavaProcess.Result[] {csv, other}) {
            assertThat(r.err()).doesNotContain("REDACTED").doesNotContain("StreamReadFeature")
                    .doesNotContain("Unrecognized token").doesNotContain("Could not read the report");
        }
        assertThat(verbose.err()).contains("is not a ua-opendata compliance report");
    }

    @Test
    void aUtf32JsonRegisterIsRefusedWithWhatToDoInTheRunsLanguage() throws Exception {
        byte[] body = "{\"schemaVersion\": 1, \"entries\": []}".getBytes(Charset.forName("UTF-32BE"));
        byte[] file = new byte[body.length + 4];
        file[2] = (byte) 0xFE;
        file[3] = (byte) 0xFF;
        System.arraycopy(body, 0, file, 4, body.length);
        Files.write(work.resolve("register.json"), file);
        JavaProcess.Result uk = opendata("validate", "register.json", "--lang", "uk");

        assertThat(uk.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(uk.err().lines().toList()).containsExactly("register.json — текст у UTF-16 чи UTF-32, який не"
                + " читається як реєстр: збережіть його в UTF-8 (в Excel — «CSV UTF-8», у редакторі — кодування UTF-8)"
                + " і запустіть знову.");
        assertThat(uk.err()).doesNotContain("Invalid UTF-32");
    }

    @Test
    void binaryArchivesAndDamagedWorkbooksAreNotRegistersWhateverTheirName() throws Exception {
        byte[] random = new byte[20_000];
        new Random(14).nextBytes(random);
        Files.write(work.resolve("random.csv"), random);
        Files.write(work.resolve("random.json"), random);
        byte[] zip = "PK\u0003\u0004\u0014\u0000\u0000\u0000data/readme.txt".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(work.resolve("archive.csv"), zip);
        byte[] xlsx = "PK\u0003\u0004\u0014\u0000\u0006\u0000[Content_Types].xml".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(work.resolve("register.xlsx"), xlsx);

        JavaProcess.Result csv = opendata("validate", "random.csv");
        JavaProcess.Result json = opendata("validate", "random.json");
        JavaProcess.Result archive = opendata("validate", "archive.csv");
        JavaProcess.Result workbook = opendata("validate", "register.xlsx", "--lang", "uk");

        for (JavaProcess.Result r : new JavaProcess.Result[] {csv, json, archive, workbook}) {
            assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.UNREACHABLE);
            assertThat(r.err().lines().toList()).hasSize(1);
            assertThat(r.err()).doesNotContain("Windows-1251").doesNotContain("broken rows");
            assertThat(r.out()).isEmpty();
        }
        assertThat(csv.err()).startsWith("random.csv is not a text file, so it is not a register:");
        assertThat(json.err()).startsWith("random.json is not a text file, so it is not a register:");
        assertThat(archive.err()).startsWith("archive.csv is a ZIP archive, not a register: unpack it");
        // a workbook is read as one; this one is damaged, which is said in one line, in the run's language
        assertThat(workbook.err()).startsWith("register.xlsx: файл пошкоджено");
    }

    @Test
    void aRegisterOverTheLimitGetsTheSameMessageAndCodeAsCsvAndAsJson() throws Exception {
        String padding = "x".repeat(1000);
        StringBuilder csv = new StringBuilder("identifier,title\n");
        StringBuilder json = new StringBuilder("{\"schemaVersion\":1,\"entries\":[");
        for (int i = 0; i < 1200; i++) {
            csv.append("id").append(i).append(',').append(padding).append('\n');
            json.append(i == 0 ? "" : ",").append("{\"identifier\":\"id").append(i).append("\",\"title\":\"")
                    .append(padding).append("\"}");
        }
        Files.writeString(work.resolve("big.csv"), csv);
        Files.writeString(work.resolve("big.json"), json.append("]}"));

        JavaProcess.Result c = opendata("validate", "big.csv", "--max-file-mb", "1");
        JavaProcess.Result j = opendata("validate", "big.json", "--max-file-mb", "1");
        JavaProcess.Result uk = opendata("validate", "big.json", "--max-file-mb", "1", "--lang", "uk");
        JavaProcess.Result wrong = opendata("validate", "big.json", "--max-file-mb", "0");

        assertThat(c.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(j.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(c.err().lines().toList()).containsExactly("The register big.csv is 1.2 MB, more than the limit of"
                + " 1 MB. Check that it is the right file; if it is, split it, or raise the limit with --max-file-mb 64.");
        assertThat(j.err().lines().toList()).containsExactly("The register big.json is 1.2 MB, more than the limit of"
                + " 1 MB. Check that it is the right file; if it is, split it, or raise the limit with --max-file-mb 64.");
        assertThat(uk.err()).startsWith("Реєстр big.json має 1,2 МБ, більше за межу 1 МБ.");
        assertThat(c.err() + j.err()).doesNotContain("bytes").doesNotContain("RegisterCsvReader")
                .doesNotContain("maxFileBytes");
        assertThat(wrong.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(wrong.err()).startsWith("--max-file-mb must be 1 to 4096, got 0.");
    }

    @Test
    void aRegisterWithNoEntriesIsRefusedWithTheReason() throws Exception {
        Files.writeString(work.resolve("empty.json"), "{\"schemaVersion\": 1}");
        String header;
        try (InputStream in = SampleRegister.openCsv();
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            header = r.readLine();
        }
        Files.writeString(work.resolve("empty.csv"), header + "\r\n");
        JavaProcess.Result json = opendata("validate", "empty.json");
        JavaProcess.Result csv = opendata("validate", "empty.csv", "--lang", "uk");

        assertThat(json.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(json.err().lines().toList()).containsExactly("The register document empty.json has no entries"
                + " (\"entries\" is missing or empty): add the datasets under \"entries\", or check that it is the"
                + " right file.");
        assertThat(json.out()).isEmpty();
        assertThat(work.resolve("opendata-report")).doesNotExist();
        assertThat(csv.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(csv.err()).startsWith("Реєстр empty.csv не має рядків з наборами даних під заголовком");
    }

    @Test
    void aJsonSyntaxErrorNamesTheLineAndColumnAndTheParserOnlyWithVerbose() throws Exception {
        Files.writeString(work.resolve("register.json"), "{\"schemaVersion\": 1,\n \"entries\": [}\n");
        JavaProcess.Result plain = opendata("validate", "register.json");
        JavaProcess.Result verbose = opendata("validate", "register.json", "--verbose");

        // a broken register, like a CSV with broken rows
        assertThat(plain.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(plain.err().lines().toList()).containsExactly("register.json is not valid JSON (line 2, column 14):"
                + " check the file there (a missing comma, quote or brace), or save it again from the program that"
                + " made it.");
        assertThat(plain.err()).doesNotContain("Unexpected close").doesNotContain("REDACTED");
        assertThat(verbose.err()).contains("Unexpected close marker");
    }

    // ---------------------------------------------------------------- CKAN answers as passports

    @Test
    void aPackageShowAnswerIsReadAsAPassportWithANoteAndOtherCkanAnswersAreExplained() throws Exception {
        ObjectNode answer;
        try (InputStream in = getClass().getResourceAsStream(
                "/fixtures/datagovua-package_show-opencars-govdata-redacted.json")) {
            answer = (ObjectNode) JSON.readTree(in);
        }
        // the recorded answer is redacted; give it the name of a dataset in the sample register
        ((ObjectNode) answer.get("result")).put("name", "shch-001").put("title", "Паспорт з порталу");
        Path passports = Files.createDirectories(work.resolve("passports"));
        Files.writeString(passports.resolve("shch-001.json"), JSON.writeValueAsString(answer));
        JavaProcess.Result read = opendata("validate", "--passports", "passports", "--format", "json");

        assertThat(read.exit()).as(read.err()).isZero();
        assertThat(read.err()).startsWith("Note: passports/shch-001.json is a CKAN package_show answer (dataset"
                + " \"shch-001\"), not a passport; its result is read as the passport of \"shch-001\" through the"
                + " data.gov.ua mapping.");
        assertThat(JSON.readTree(read.out()).get("passports").asInt()).isEqualTo(1);

        Path search = Files.createDirectories(work.resolve("search"));
        Files.writeString(search.resolve("all.json"), "{\"help\": \"https://data.gov.ua/api/3/action/help_show?"
                + "name=package_search\", \"success\": true, \"result\": {\"count\": 0, \"results\": []}}");
        JavaProcess.Result refused = opendata("validate", "--passports", "search", "--lang", "uk");
        assertThat(refused.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(refused.err().lines().toList()).containsExactly("search/all.json — відповідь порталу CKAN"
                + " (package_search), а не паспорт набору даних. Портали читають opendata audit і opendata harvest;"
                + " --passports приймає по одному паспорту (JSON) на набір, як його записує opendata, або відповідь"
                + " package_show.");
        assertThat(refused.err()).doesNotContain("unknown property");
    }
}
