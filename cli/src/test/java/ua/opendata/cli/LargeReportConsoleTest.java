package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large register: the console stays readable (listings cut with "… and N more", no line of more than a
 * few hundred characters), and the report folder is written as one set with nothing temporary beside it.
 */
class LargeReportConsoleTest {

    private static final String HEADER = "identifier;title;description;accrualPeriodicity;keyword;purpose;landingPage;"
            + "distributionFormat;publisherName;publisherIdentifier;contactPointFn;contactPointHasEmail;status;"
            + "annexDataset;restrictionBasis;restrictedSince;responsiblePerson;nextUpdateDue";

    @TempDir
    Path dir;

    private final Cli cli = new Cli();

    /** 300 entries, each with an unknown frequency of 1,000 characters and an overdue update, 60 people. */
    private Path register() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        String longWord = "інколи".repeat(170);
        for (int i = 1; i <= 300; i++) {
            csv.append("big-").append(i).append(";Набір ").append(i).append(";Опис набору ").append(i).append(';')
                    .append(longWord).append(";ключ;мета;https://data.gov.ua/dataset/big-").append(i)
                    .append(";CSV;Щастинська міська військова адміністрація;44591028;Особа;o@example.gov.ua;published;;;;")
                    .append("Особа ").append(i % 60).append(";30.06.2026\r\n");
        }
        Path file = dir.resolve("big.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void listingsAreCutAndNoLineIsLong() throws IOException {
        Path out = dir.resolve("report");
        Cli.Result r = cli.run("validate", register().toString(), "--out", out.toString(), "--lang=en");
        assertThat(r.exit()).as(r.err()).isEqualTo(OpendataCommand.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(400));
        assertThat(r.out()).contains("Overdue updates: 300").contains("… and 280 more (see report.html)")
                .containsPattern("not recognised 300 \\(big-1 .*… and 29\\d more\\)");
        int datasetLines = (int) lines.stream().filter(l -> l.startsWith("    big-")).count();
        assertThat(datasetLines).isEqualTo(ConsoleList.MAX_LINES);

        Cli.Result uk = cli.run("validate", register().toString(), "--out", out.toString(), "--lang=uk");
        assertThat(uk.out()).contains("… і ще 280 (див. report.html)").containsPattern("… і ще 29\\d\\)");
    }

    @Test
    void theReportFolderIsOneSetWithNothingTemporaryBesideIt() throws IOException {
        Path out = dir.resolve("report");
        Path register = register();
        assertThat(cli.run("validate", register.toString(), "--out", out.toString(), "--lang=en").exit()).isZero();
        assertThat(out.resolve("report-data/002.js")).exists();
        // a smaller report replaces the whole set: the old data folder goes with it
        assertThat(cli.run("validate", "--out", out.toString(), "--lang=en").exit()).isZero();
        assertThat(out.resolve("report-data")).doesNotExist();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("report.json")).exists();
        assertThat(out.resolve("findings.csv")).exists();
        assertThat(out.resolve("annex-mapping.csv")).exists();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("big.csv", "report");
        }
        // a folder shared with the user's own files keeps them
        Files.writeString(out.resolve("my-notes.txt"), "mine");
        assertThat(cli.run("validate", register.toString(), "--out", out.toString(), "--lang=en").exit()).isZero();
        assertThat(Files.readString(out.resolve("my-notes.txt"))).isEqualTo("mine");
        assertThat(out.resolve("report-data/002.js")).exists();
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("big.csv", "report");
        }
    }
}
