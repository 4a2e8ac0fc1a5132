package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code validate} in-process: the main job's behaviour (from the former CheckRegister), options and failures. */
class ValidateCommandTest {

    @TempDir
    Path reports;

    private final Cli cli = new Cli();

    private Cli.Result validate(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--out";
        all[args.length + 1] = reports.toString();
        all[args.length + 2] = "--lang=en";
        return cli.run(prepend("validate", all));
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void summarisesTheBundledSampleInEnglish() {
        Cli.Result r = validate();
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out())
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
                .contains("All information holders (within their competence): 10 of 16 (published 9, planned 1,"
                        + " restricted 0, withdrawn 0), missing 6")
                .contains("Local self-government bodies: 13 of 57 (published 8, planned 3, restricted 2,"
                        + " withdrawn 0), missing 44");
        assertThat(r.out())
                .contains("Resolution 835 compliance: 12 of 23 datasets without errors, KPI 52 % (target 85 %) — not met")
                .contains("50 × R835-ANNEX-MISSING")
                .contains("Overdue updates: 1")
                .contains("Мельник А. І.:")
                .contains("shch-008 [sample-register-shchastia.csv:9:18]: The next update was due on 2026-06-30;"
                        + " it is overdue by 149 days.")
                // where to fix the frequent problems, under each (a whole-file location is not repeated)
                .contains("R835-FORMAT-MACHINE-READABLE — ")
                .contains(System.lineSeparator() + "      sample-register-shchastia.csv:8:8, sample-register-shchastia.csv:11:8,"
                        + " sample-register-shchastia.csv:14:8" + System.lineSeparator())
                .doesNotContain("      sample-register-shchastia.csv" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void withoutASubcommandTheToolValidates() {
        Cli.Result r = cli.run("--lang", "en", "--out", reports.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains("(bundled SAMPLE)").contains("KPI 52 %");
        assertThat(reports.resolve("report.html")).exists();
    }

    @Test
    void writesTheJsonReportAndTheFindingsCsv() throws IOException {
        Cli.Result r = validate();
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        String json = Files.readString(reports.resolve("report.json"));
        assertThat(json).contains("\"schema\" : \"ua-opendata/compliance-report\"").contains("\"passed\" : 12");
        List<String> csv = Files.readAllLines(reports.resolve("findings.csv"));
        assertThat(csv.get(0)).isEqualTo("\uFEFFrule;severity;dataset;path;message_uk;message_en;fix_uk;fix_en;excerpt;"
                + "location");
        // the bundled sample's row 13, column 10 (publisherIdentifier): where the clerk fixes it
        assertThat(csv).anySatisfy(l -> assertThat(l).startsWith("R835-EDRPOU-CHECK-DIGIT;ERROR;shch-012;publisher.edrpou;")
                .endsWith(";sample-register-shchastia.csv:13:10"));
        assertThat(json).contains("\"text\" : \"sample-register-shchastia.csv:13:10\"");
        assertThat(r.out()).contains("Reports: " + reports.resolve("report.html") + ", " + reports.resolve("report.json"));
        String html = Files.readString(reports.resolve("report.html"));
        assertThat(html).startsWith("<!DOCTYPE html>").contains("lang=\"en\"").contains("shch-012");
    }

    @Test
    void comparesWithAPreviousReport() throws IOException {
        assertThat(validate().exit()).isEqualTo(OpendataCommand.OK);
        Path previous = reports.resolveSibling(reports.getFileName() + "-previous.json");
        Files.move(reports.resolve("report.json"), previous);
        Cli.Result r = validate("--previous", previous.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains("Compared with the report of 2026-11-26T10:00:00Z: KPI +0 points, new findings 0,"
                + " resolved 0");
        assertThat(Files.readString(reports.resolve("report.json"))).contains("\"comparison\"");
        Files.delete(previous);
        Cli.Result missing = validate("--previous", previous.toString());
        assertThat(missing.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(missing.err()).contains("previous.json").doesNotContain("\tat ");
        assertThat(missing.out()).as("fails before any output").isEmpty();
    }

    @Test
    void anUnwritableReportDirectoryIsOneClearLine() throws IOException {
        Path blocker = reports.resolve("not-a-dir");
        Files.writeString(blocker, "x");
        Cli.Result r = cli.run("validate", "--lang", "en", "--out", blocker.resolve("sub").toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).contains("Could not write").contains("not-a-dir").doesNotContain("\tat ");
        assertThat(r.err().lines().count()).as("one line without --verbose").isEqualTo(1);
    }

    @Test
    void speaksUkrainianOnRequestAndByLocale() {
        Cli.Result asked = cli.run("validate", "--lang", "uk", "--out", reports.toString());
        assertThat(asked.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(asked.out()).contains("зведення реєстру наборів даних").contains("23 записів")
                .contains("оприлюднено 17").contains("Звіти: ");
        Cli.Result byLocale = new Cli().locale(Locale.forLanguageTag("uk-UA")).run("validate", "--out", reports.toString());
        assertThat(byLocale.out()).contains("зведення реєстру наборів даних");
        Cli.Result english = new Cli().locale(Locale.forLanguageTag("de-DE")).run("validate", "--out", reports.toString());
        assertThat(english.out()).contains("register of datasets summary");
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
        Cli.Result r = validate(file.toString(), "--section", "all-holders");
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(r.out()).contains("Structure: OK, 1 entries")
                .contains("1 of 16 (published 1,")
                .doesNotContain("Органи місцевого самоврядування");
    }

    @Test
    void readsTheRegisterJsonDocumentAndPassports(@TempDir Path dir) throws IOException {
        Path register = dir.resolve("register.json");
        Files.copy(Path.of("src/test/resources/json/register.json"), register);
        Path passports = Files.createDirectories(dir.resolve("passports"));
        Files.copy(Path.of("src/test/resources/json/passport-full.json"), passports.resolve("passport-full.json"));
        Cli.Result r = validate(register.toString(), "--passports", passports.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("source").asText()).isEqualTo(register.toString());
        assertThat(json.get("entries").asInt()).isPositive();
        // passport-full.json's identifier is listed in register.json, so it is matched and checked
        assertThat(json.get("passports").asInt()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        // a JSON register's findings name where the entry's object starts: line 4 and line 35, column 5
        List<String> located = new java.util.ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(reports.resolve("report.json").toFile()).path("findings")) {
            located.add(f.path("dataset").asText() + " " + f.path("path").asText() + " "
                    + f.path("location").path("text").asText());
        }
        assertThat(located).contains("44536124-0006 nextUpdateDue " + register + ":4:5",
                "44536124-0031 publisher.edrpou " + register + ":35:5");
        Cli.Result text = validate(register.toString());
        assertThat(text.out()).contains("Source: " + register + " · JSON document");
    }

    @Test
    void aPassportOutsideTheRegisterIsNotedAndSkipped(@TempDir Path dir) throws IOException {
        Path passports = Files.createDirectories(dir.resolve("passports"));
        Files.copy(Path.of("src/test/resources/json/passport-full.json"), passports.resolve("p.json"));
        Cli.Result r = validate("--passports", passports.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(OpendataCommand.OK);
        assertThat(new ObjectMapper().readTree(r.out()).get("passports").asInt()).isZero();
        assertThat(r.err()).contains("p.json").contains("not in the register");
    }

    @Test
    void aBrokenPassportListsItsProblemsWithTheirPlace(@TempDir Path dir) throws IOException {
        Path passports = Files.createDirectories(dir.resolve("passports"));
        Files.writeString(passports.resolve("bad.json"), "{\n  \"identifier\": 12,\n  \"title\": [\n}");
        Cli.Result r = validate("--passports", passports.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(r.err()).contains("The passport").contains("bad.json:").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
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
        Cli.Result r = validate(file.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        assertThat(r.err()).contains("broken rows (2)")
                .contains("broken.csv:2:14:")
                .contains("broken.csv:3:13:")
                .doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void manyBrokenRowsAreListedUpToAHundred(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("identifier,title,description,accrualPeriodicity,keyword,purpose,"
                + "landingPage,distributionFormat,publisherName,publisherIdentifier,contactPointFn,"
                + "contactPointHasEmail,status\n");
        for (int i = 1; i <= 150; i++) {
            csv.append("r-").append(i).append(",A,B,once a year,k,p,https://x.example/a,CSV,P,14360570,F,"
                    + "e@example.org,maybe\n");
        }
        Path file = dir.resolve("many.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        Cli.Result r = validate(file.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("The register has broken rows (150); fix them in the file and run again:");
        assertThat(lines).hasSize(1 + ValidateCommand.MAX_LISTED_PROBLEMS + 1);
        assertThat(lines.get(1)).startsWith("  many.csv:2:13: ");
        assertThat(lines.get(100)).startsWith("  many.csv:101:13: ");
        assertThat(lines.get(101)).isEqualTo("  … and 50 more; fix these first and run again.");
    }

    @Test
    void aMissingFileIsOneClearLine(@TempDir Path dir) {
        Path missing = dir.resolve("nope.csv");
        Cli.Result r = validate(missing.toString());
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).contains("nope.csv").contains("no such file").doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void verboseShowsTheStackTrace(@TempDir Path dir) {
        Cli.Result r = validate(dir.resolve("nope.csv").toString(), "--verbose");
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        assertThat(r.err()).contains("nope.csv").contains("\tat ");
    }

    static Stream<Arguments> wrongUsage() {
        return Stream.of(
                Arguments.of("an unknown option", List.of("--bogus"), "Unknown option --bogus."),
                Arguments.of("an unknown annex section", List.of("--section", "nowhere"), "nowhere"),
                Arguments.of("an unknown language", List.of("--lang", "fr"), "--lang"),
                Arguments.of("an unknown --fail-on", List.of("--fail-on", "sometimes"), "--fail-on"),
                Arguments.of("two register files", List.of("a.csv", "b.csv"), "b.csv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void wrongUsage(String name, List<String> args, String mentioned) {
        Cli.Result r = cli.run(prepend("validate", args.toArray(String[]::new)));
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        assertThat(r.err()).contains(mentioned).doesNotContain("\tat ");
    }

    @Test
    void wrongUsageWithJsonFormatIsJsonToo() throws IOException {
        Cli.Result r = cli.run("validate", "--format", "json", "--bogus");
        assertThat(r.exit()).isEqualTo(OpendataCommand.USAGE);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(2);
        assertThat(json.get("command").asText()).isEqualTo("validate");
        assertThat(json.get("error").asText()).contains("--bogus");
    }

    static Stream<Arguments> failOn() {
        // the sample: KPI 52 % (target 85 %), errors 63, warnings 4
        return Stream.of(
                Arguments.of("never (default)", List.of(), OpendataCommand.OK, ""),
                Arguments.of("kpi below target", List.of("--fail-on", "kpi"), OpendataCommand.FINDINGS,
                        "The KPI 52 % is below the target 85 %"),
                Arguments.of("errors present", List.of("--fail-on", "error"), OpendataCommand.FINDINGS,
                        "There are 63 errors"),
                Arguments.of("warnings present", List.of("--fail-on", "WARNING"), OpendataCommand.FINDINGS,
                        "63 errors and 4 warnings"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void failOn(String name, List<String> args, int exit, String said) {
        Cli.Result r = validate(args.toArray(String[]::new));
        assertThat(r.exit()).isEqualTo(exit);
        assertThat(r.err()).contains(said);
        assertThat(reports.resolve("report.json")).as("reports are written whatever the verdict").exists();
    }

    @Test
    void jsonFormatPrintsOneMachineReadableSummary() throws IOException {
        Cli.Result r = validate("--format", "json", "--fail-on", "kpi");
        assertThat(r.exit()).isEqualTo(OpendataCommand.FINDINGS);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("command").asText()).isEqualTo("validate");
        assertThat(json.get("exitCode").asInt()).isEqualTo(1);
        assertThat(json.get("entries").asInt()).isEqualTo(23);
        assertThat(json.get("passed").asInt()).isEqualTo(12);
        assertThat(json.get("meetsTarget").asBoolean()).isFalse();
        assertThat(json.at("/findings/error").asInt()).isEqualTo(63);
        assertThat(json.at("/byRule/R835-ANNEX-MISSING").asInt()).isEqualTo(50);
        assertThat(json.at("/reports/json").asText()).isEqualTo(reports.resolve("report.json").toString());
        assertThat(json.get("notices")).hasSize(2);
        assertThat(r.out()).doesNotContain("register of datasets summary");
    }

    @Test
    void jsonFormatReportsFailuresAsJsonToo(@TempDir Path dir) throws IOException {
        Cli.Result r = validate(dir.resolve("nope.csv").toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(OpendataCommand.UNREACHABLE);
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("exitCode").asInt()).isEqualTo(3);
        assertThat(json.get("error").asText()).contains("nope.csv");
    }
}
