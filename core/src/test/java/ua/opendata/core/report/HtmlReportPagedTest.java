package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;

/**
 * A large report opens: the page stays under 5 MB whatever the number of datasets, every row and every
 * finding is in the data files beside it (or in findings.csv), and no text of the data can close a script.
 */
class HtmlReportPagedTest {

    static final String SCRIPT_TITLE = "</script><script>alert(1)</script> & \u2028 \"x\" \\ <!--";
    private static final long FIVE_MB = 5L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /**
     * {@code n} datasets, of which every third passes; the others have 3 errors and 2 warnings with long
     * texts (as a real audit's findings), 40 responsible people, one hostile title.
     */
    static ValidationReport synthetic(int n) {
        List<DatasetResult> ds = new ArrayList<>(n);
        List<Finding> findings = new ArrayList<>(n * 4);
        String longText = "Поле заповнено не за вимогами постанови КМУ № 835, виправте його в паспорті набору даних ";
        for (int i = 0; i < n; i++) {
            boolean ok = i % 3 == 0;
            String id = "ds-" + i;
            String title = i == 7 ? SCRIPT_TITLE : "Набір даних номер " + i + " про діяльність громади";
            ds.add(new DatasetResult(i, id, title, EntryStatus.PUBLISHED, ok ? 0 : 3, ok ? 0 : 2, 0,
                    ok ? HtmlReportTest.onTime("2027-01-15") : HtmlReportTest.late("2026-11-14", 12),
                    "Особа " + (i % 40)));
            if (!ok) {
                for (String rule : List.of("R835-TITLE-LENGTH", "R835-EMAIL-FORMAT", "R835-TIMELINESS-LATE")) {
                    findings.add(new Finding(rule, Severity.ERROR, id, "title", new LocalizedText(longText + i,
                            "The field does not meet Resolution 835 " + i),
                            new LocalizedText("Виправте поле " + i, "Fix the field " + i), title));
                }
                for (String rule : List.of("R835-PERSON-DESIGNATED", "R835-KEYWORDS")) {
                    findings.add(new Finding(rule, Severity.WARNING, id, "contactPoint",
                            new LocalizedText(longText, "A warning"), new LocalizedText("Виправте", "Fix"), null));
                }
            }
        }
        findings.add(new Finding("R835-IDENTIFIER-REQUIRED", Severity.ERROR, null, "entries[1].identifier",
                new LocalizedText("Реєстр", "Register"), new LocalizedText("Виправте", "Fix"), null));
        return new ValidationReport(HtmlReportTest.NOW, findings, ds, 0.85, List.of());
    }

    @ParameterizedTest(name = "{0} datasets")
    @ValueSource(ints = {10_000, 40_000})
    void theReportOfManyDatasetsIsSmallAndCompleteBesideIt(int n) throws IOException {
        ValidationReport report = synthetic(n);
        Path html = dir.resolve("report.html");
        HtmlReport.builder().build().write(report, html);
        ReportCsv.defaults().write(report, dir.resolve("findings.csv"));

        long size = Files.size(html);
        assertThat(size).as("report.html bytes").isLessThanOrEqualTo(FIVE_MB);
        if (n == 10_000) {
            CountingWriter whole = new CountingWriter();
            HtmlReport.builder().build().write(report, whole);
            assertThat(size).as("the page against the whole report in one page (%d characters)", whole.count)
                    .isLessThan(whole.count / 10);
        }

        Path data = dir.resolve("report-data");
        int pages = (n + HtmlPaging.PAGE - 1) / HtmlPaging.PAGE;
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.filter(p -> p.getFileName().toString().matches("\\d{3,}\\.js")).count())
                    .isEqualTo(pages);
        }
        int rows = 0;
        int findingRows = 0;
        long biggest = 0;
        for (int p = 0; p < pages; p++) {
            Path file = data.resolve(HtmlPaging.fileName(HtmlPaging.DATASETS, p));
            biggest = Math.max(biggest, Files.size(file));
            JsonNode page = args(file, "opendataReport.page(\"d\"," + p + ",");
            for (JsonNode row : page) {
                assertThat(row.get(0).asText()).contains("data-index=\"" + rows + "\"");
                rows++;
                findingRows += count(row.get(1).asText(), "<tr class=\"f-");
            }
        }
        assertThat(rows).isEqualTo(n);
        assertThat(findingRows).as("every finding of a dataset is in a data file").isEqualTo(
                report.findings().stream().filter(f -> f.datasetId() != null).count());
        assertThat(biggest).as("the largest data file").isLessThan(1024 * 1024);
        int indexed = 0;
        for (int part = 0; part * HtmlPaging.INDEX_PART < n; part++) {
            indexed += args(data.resolve(HtmlPaging.fileName("i", part)), "opendataReport.index(" + part + ",").size();
        }
        assertThat(indexed).isEqualTo(n);

        List<String> csv = Files.readAllLines(dir.resolve("findings.csv"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(report.findings().size() + 1);
    }

    @Test
    void thePageHoldsTheSummaryTheWorstDatasetsAndTheFirstPage() throws IOException {
        ValidationReport report = synthetic(1_000);
        Path html = dir.resolve("compliance.html");
        HtmlReport.builder().locale(Locale.ENGLISH).build().write(report, html);
        String page = Files.readString(html);
        assertThat(page).contains("<section id=\"kpi\">", "<section id=\"fix-first\">", "<section id=\"worst\">",
                "<section id=\"charts\">", "id=\"datasets-pager\"", "data-src=\"compliance-data/\"",
                "Showing the first 100 of 1000 datasets");
        assertThat(count(page, "<tr data-index=")).isEqualTo(HtmlPaging.PAGE);
        assertThat(page).contains("script-src 'self' 'unsafe-inline'");
        String worst = page.substring(page.indexOf("<section id=\"worst\">"), page.indexOf("<section id=\"charts\">"));
        assertThat(count(worst, "<tr><td class=\"num\">")).isEqualTo(HtmlPaging.WORST);
        // most errors first: a failing dataset (3 errors), the first in register order
        assertThat(worst).contains("<tr><td class=\"num\">2</td><td><code>ds-1</code>");
        assertThat(Files.isDirectory(dir.resolve("compliance-data"))).isTrue();
        // the findings of the first page are in the page, those of the second page are not
        assertThat(page).contains("<code>ds-99</code>").doesNotContain("<code>ds-100</code>");
    }

    @Test
    void noTextOfTheDataClosesAScriptOrOpensMarkup() throws IOException {
        ValidationReport report = synthetic(300);
        Path html = dir.resolve("report.html");
        HtmlReport.builder().build().write(report, html);
        String page = Files.readString(html);
        assertThat(page).doesNotContain("</script><script>alert").contains("&lt;/script&gt;&lt;script&gt;alert(1)");
        try (Stream<Path> files = Files.list(dir.resolve("report-data"))) {
            for (Path f : files.toList()) {
                String text = Files.readString(f);
                assertThat(text).as(f.toString()).doesNotContain("<").doesNotContain(">").doesNotContain("\u2028");
            }
        }
        // decoded, the data file gives back the markup the page would show, escaped once
        JsonNode row = args(dir.resolve("report-data/000.js"), "opendataReport.page(\"d\",0,").get(7);
        assertThat(row.get(0).asText()).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp;");
        String index = Files.readString(dir.resolve("report-data/index-000.js"));
        assertThat(args(dir.resolve("report-data/index-000.js"), "opendataReport.index(0,").get(7).asText())
                .contains(SCRIPT_TITLE.toLowerCase(Locale.ROOT));
        assertThat(index).doesNotContain("</");
    }

    @Test
    void aSmallReportAfterALargeOneRemovesTheOldDataFolder() throws IOException {
        Path html = dir.resolve("report.html");
        HtmlReport.builder().build().write(synthetic(250), html);
        assertThat(dir.resolve("report-data/002.js")).exists();
        HtmlReport.builder().build().write(HtmlReportTest.sample(), html);
        assertThat(dir.resolve("report-data")).doesNotExist();
        assertThat(Files.readString(html)).doesNotContain("data-pages=").contains("<tr data-index=\"5\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.html");
        }
    }

    @Test
    void aReportOfAPageOrLessIsOnePageAsBefore() throws IOException {
        ValidationReport report = synthetic(HtmlPaging.PAGE);
        Path html = dir.resolve("report.html");
        HtmlReport.builder().build().write(report, html);
        assertThat(Files.readString(html)).isEqualTo(HtmlReport.builder().build().render(report));
        assertThat(dir.resolve("report-data")).doesNotExist();
    }

    /** The JSON array that the data file passes after {@code prefix}. */
    private static JsonNode args(Path file, String prefix) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith(prefix).endsWith(");\n");
        return JSON.readTree(text.substring(prefix.length(), text.length() - 3));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** Counts the characters written, keeps none. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] cbuf, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
