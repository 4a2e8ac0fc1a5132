package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rule;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.Frequency;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.annex.AnnexCatalogue;

class HtmlReportTest {

    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    static final String HOSTILE_TITLE = "<script>alert(1)</script> & \"лапки\" 'апостроф'";
    static final String HOSTILE_PERSON = "<img src=x onerror=alert(2)>";
    static final Locale UK = LocalizedText.UKRAINIAN;

    // ---------------------------------------------------------------- fixture

    /**
     * A fixed small report: six datasets (two pass), nine findings (six errors, two warnings, one
     * info), a hostile title and person, an entry without identifier, two annex sections.
     */
    static ValidationReport sample() {
        List<DatasetResult> ds = List.of(
                new DatasetResult(0, "ds-budget", "Бюджет громади", EntryStatus.PUBLISHED, 0, 1, 0,
                        onTime("2026-12-31"), "Коваленко Олена Петрівна"),
                new DatasetResult(1, "ds-roads", "Ремонт доріг", EntryStatus.PUBLISHED, 2, 0, 0,
                        late("2026-11-14", 12), "Шевченко Тарас Григорович"),
                new DatasetResult(2, "ds-hostile", HOSTILE_TITLE, EntryStatus.PLANNED, 1, 0, 1, null, HOSTILE_PERSON),
                new DatasetResult(3, "ds-permits", "Дозволи на розміщення реклами", EntryStatus.PUBLISHED, 1, 0, 0,
                        late("2026-11-23", 3), "Коваленко Олена Петрівна"),
                new DatasetResult(4, "ds-parking", "Паркувальні майданчики", EntryStatus.PUBLISHED, 0, 0, 0,
                        onTime("2027-01-15"), "Бондар Ірина"),
                new DatasetResult(5, null, "Без ідентифікатора", null, 1, 0, 0, null, null));
        List<Finding> findings = List.of(
                finding("R835-PERSON-DESIGNATED", Severity.WARNING, "ds-budget", "contactPoint",
                        "Особу не призначено розпорядженням", "The person is not designated by an order",
                        "Коваленко Олена Петрівна"),
                finding("R835-TIMELINESS-LATE", Severity.ERROR, "ds-roads", "timeliness",
                        "Набір оновлено невчасно: 12 днів прострочення", "The dataset is 12 days late", null),
                finding("R835-EMAIL-FORMAT", Severity.ERROR, "ds-roads", "contactPoint.email",
                        "Адреса електронної пошти некоректна", "The e-mail address is malformed", "roads(at)example"),
                finding("R835-TITLE-LENGTH", Severity.ERROR, "ds-hostile", "title",
                        "Назва задовга", "The title is too long", HOSTILE_TITLE),
                finding("R835-TIMELINESS-UNCHECKABLE", Severity.INFO, "ds-hostile", "timeliness",
                        "Своєчасність неможливо перевірити", "Timeliness cannot be checked", null),
                finding("R835-TIMELINESS-LATE", Severity.ERROR, "ds-permits", "timeliness",
                        "Набір оновлено невчасно: 3 дні прострочення", "The dataset is 3 days late", null),
                finding("R835-IDENTIFIER-REQUIRED", Severity.ERROR, null, "entries[5].identifier",
                        "Ідентифікатор не зазначено", "The identifier is missing", null),
                finding("R835-ANNEX-MISSING", Severity.ERROR, null, "annex/local-self-government:20",
                        "Обов'язкового набору немає в реєстрі", "A mandatory dataset is not in the register",
                        "local-self-government:20"),
                finding("R835-ANNEX-PLANNED", Severity.WARNING, null, "annex/all-holders:16",
                        "Обов'язковий набір лише заплановано", "A mandatory dataset is only planned", null));
        List<AnnexCoverage> annex = List.of(
                new AnnexCoverage(AnnexCatalogue.ALL_HOLDERS, "Усі розпорядники інформації",
                        List.of("all-holders:1", "all-holders:2", "all-holders:6"), List.of("all-holders:16"),
                        List.of(), List.of()),
                new AnnexCoverage(AnnexCatalogue.LOCAL_SELF_GOVERNMENT, "Органи місцевого самоврядування",
                        List.of("local-self-government:1"), List.of(), List.of("local-self-government:5"),
                        List.of("local-self-government:20", "local-self-government:21")));
        return new ValidationReport(NOW, findings, ds, 0.85, annex);
    }

    static TimelinessVerdict onTime(String due) {
        return new TimelinessVerdict(TimelinessStatus.ON_TIME,
                new UpdateEvidence(LocalDate.parse(due).minusDays(60), UpdateEvidence.Basis.PASSPORT_LAST_MODIFIED),
                LocalDate.parse(due), 60, 0, null);
    }

    static TimelinessVerdict late(String due, long daysLate) {
        return new TimelinessVerdict(TimelinessStatus.LATE,
                new UpdateEvidence(LocalDate.parse(due).minusDays(91), UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED),
                LocalDate.parse(due), 91 + daysLate, daysLate, null);
    }

    static Finding finding(String rule, Severity severity, String datasetId, String path, String uk, String en,
                           String excerpt) {
        return new Finding(rule, severity, datasetId, path, new LocalizedText(uk, en),
                new LocalizedText("Виправте " + path + ".", "Fix " + path + "."), excerpt);
    }

    /** A report of {@code total} clean datasets of which {@code total - passed} have one error. */
    static ValidationReport passing(int passed, int total) {
        List<DatasetResult> ds = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            boolean ok = i < passed;
            ds.add(new DatasetResult(i, "ds-" + i, "Набір " + i, EntryStatus.PUBLISHED, ok ? 0 : 1, 0, 0, null,
                    "Особа " + i));
            if (!ok) {
                findings.add(finding("R835-TITLE-LENGTH", Severity.ERROR, "ds-" + i, "title", "Назва задовга",
                        "The title is too long", "Набір " + i));
            }
        }
        return new ValidationReport(NOW, findings, ds, 0.85, List.of());
    }

    static String render(ValidationReport report, Locale locale) {
        return HtmlReport.builder().locale(locale).build().render(report);
    }

    private static int occurrences(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    private static String datasetRow(String html, int index) {
        Matcher m = Pattern.compile("<tr data-index=\"" + index + "\"[^>]*>(.*?)</tr>").matcher(html);
        assertThat(m.find()).as("row %d", index).isTrue();
        return m.group(1);
    }

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s", id).isNotNegative();
        int end = html.indexOf("\n<section id=", start + 1);
        return html.substring(start, end < 0 ? html.indexOf("</main>") : end);
    }

    // ---------------------------------------------------------------- KPI

    @Test
    void kpiSentenceAndPercentageInUkrainian() {
        ValidationReport report = sample();
        String html = render(report, UK);
        assertThat(report.passedCount()).isEqualTo(2);
        assertThat(html).contains("2 з 6 наборів відповідають (KPI 33,3\u00a0%, ціль 85\u00a0%)");
        assertThat(html).contains("Ціль не досягнуто: кількість наборів, що відповідають рекомендаціям, треба збільшити "
                + "щонайменше на 4.");
        assertThat(html).contains(">33,3\u00a0%</text>");
    }

    @Test
    void kpiSentenceAndPercentageInEnglish() {
        String html = render(sample(), Locale.ENGLISH);
        assertThat(html).contains("2 of 6 datasets meet the recommendations (KPI 33.3\u00a0%, target 85\u00a0%)");
        assertThat(html).contains("The target is missed: the number of datasets that meet the recommendations must "
                + "grow by at least 4.");
    }

    static Stream<Arguments> gauges() {
        return Stream.of(
                Arguments.of(Named.of("all pass", passing(10, 10)), "gauge-ok", "100\u00a0%"),
                Arguments.of(Named.of("exactly the target, 17 of 20", passing(17, 20)), "gauge-ok", "85\u00a0%"),
                Arguments.of(Named.of("just below, 16 of 19", passing(16, 19)), "gauge-fail", "84,2\u00a0%"),
                Arguments.of(Named.of("would round up to 85 %, 1699 of 2000", passing(1699, 2000)), "gauge-fail",
                        "84,9\u00a0%"),
                Arguments.of(Named.of("the sample, 2 of 6", sample()), "gauge-fail", "33,3\u00a0%"),
                Arguments.of(Named.of("empty register", passing(0, 0)), "gauge-fail", "0\u00a0%"));
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("gauges")
    void gaugeColourFollowsTheTarget(ValidationReport report, String cssClass, String shown) {
        String html = render(report, UK);
        assertThat(html).contains("<svg class=\"gauge " + cssClass + "\"");
        assertThat(html).contains("<div class=\"kpi " + (report.meetsTarget() ? "kpi-ok" : "kpi-fail") + "\">");
        assertThat(html).contains("class=\"value-text\"").contains(">" + shown + "</text>");
        assertThat(html).contains("(KPI " + shown + ", ціль 85\u00a0%)");
        String other = cssClass.equals("gauge-ok") ? "gauge-fail" : "gauge-ok";
        assertThat(html).doesNotContain("gauge " + other);
    }

    @Test
    void gaugeArcLengthIsTheKpi() {
        assertThat(render(passing(17, 20), UK)).contains("pathLength=\"100\" stroke-dasharray=\"85 100\"");
        assertThat(render(passing(1, 3), UK)).contains("pathLength=\"100\" stroke-dasharray=\"33.33 100\"");
    }

    @Test
    void emptyRegisterSaysThereIsNoKpi() {
        String html = render(passing(0, 0), UK);
        assertThat(html).contains("У реєстрі немає наборів даних: KPI не обчислюється.");
        assertThat(html).contains("Наборів даних немає.");
        assertThat(html).contains("Зауважень немає.");
    }

    // ---------------------------------------------------------------- header and counts

    @Test
    void headerCountsAndGenerationTimeInKyiv() {
        ValidationReport report = sample();
        String html = render(report, UK);
        assertThat(html).contains("<div class=\"c-datasets\"><dt>Наборів даних</dt><dd>6</dd></div>");
        assertThat(html).contains("<div class=\"c-passed\"><dt>Відповідають</dt><dd>2</dd></div>");
        assertThat(html).contains("<div class=\"c-failed\"><dt>Не відповідають</dt><dd>4</dd></div>");
        assertThat(html).contains("<div class=\"c-error\"><dt>Помилок</dt><dd>" + report.count(Severity.ERROR) + "</dd>");
        assertThat(html).contains("<div class=\"c-warning\"><dt>Попереджень</dt><dd>" + report.count(Severity.WARNING)
                + "</dd>");
        assertThat(html).contains("<div class=\"c-info\"><dt>Інформаційних</dt><dd>" + report.count(Severity.INFO)
                + "</dd>");
        assertThat(report.count(Severity.ERROR)).isEqualTo(6);
        // 10:00 UTC on 26 November is 12:00 in Kyiv (UTC+2 in winter)
        assertThat(html).contains("Сформовано 26.11.2026 12:00 (за київським часом)");
        String summer = render(new ValidationReport(Instant.parse("2026-07-01T21:30:00Z"), List.of(), List.of(), 0.85,
                List.of()), Locale.ENGLISH);
        assertThat(summer).contains("Generated 02.07.2026 00:30 (Kyiv time)");
    }

    @Test
    void defaultAndCustomTitles() {
        assertThat(render(sample(), UK)).contains("<title>Звіт про відповідність постанові КМУ № 835</title>")
                .contains("<h1>Звіт про відповідність постанові КМУ № 835</h1>");
        assertThat(render(sample(), Locale.ENGLISH)).contains("<title>Resolution 835 compliance report</title>");
        String custom = HtmlReport.builder().title("Щастинська МВА <2026> & Co").build().render(sample());
        assertThat(custom).contains("<title>Щастинська МВА &lt;2026&gt; &amp; Co</title>")
                .contains("<h1>Щастинська МВА &lt;2026&gt; &amp; Co</h1>")
                .doesNotContain("<2026>");
        assertThat(HtmlReport.builder().title("  ").build().title()).isNull();
        assertThat(HtmlReport.builder().title("Мій звіт").defaultTitle().build().render(sample()))
                .contains("<title>Звіт про відповідність постанові КМУ № 835</title>").doesNotContain("Мій звіт");
    }

    // ---------------------------------------------------------------- languages

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of(Named.of("uk", UK), "uk", List.of("Набори даних", "Зауваження", "Своєчасність",
                        "оприлюднено", "заплановано", "не відповідає", "відповідає", "помилка", "попередження",
                        "Реєстр у цілому та записи без ідентифікатора", "Як виправити:", "Назва задовга",
                        "Невчасно оновлені набори за відповідальними особами", "12 дн. прострочення")),
                Arguments.of(Named.of("uk-UA", Locale.forLanguageTag("uk-UA")), "uk", List.of("Набори даних")),
                Arguments.of(Named.of("en", Locale.ENGLISH), "en", List.of("Datasets", "Findings", "Timeliness",
                        "published", "planned", "fail", "pass", "error", "warning",
                        "The register as a whole and entries without an identifier", "How to fix:",
                        "The title is too long", "Late datasets by responsible person", "12 days late")),
                Arguments.of(Named.of("de falls back to English", Locale.GERMAN), "en", List.of("Datasets")),
                Arguments.of(Named.of("ru falls back to English", Locale.forLanguageTag("ru")), "en",
                        List.of("Datasets")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void labelsInTheReportLanguage(Locale locale, String lang, List<String> expected) {
        HtmlReport writer = HtmlReport.builder().locale(locale).build();
        assertThat(writer.locale().getLanguage()).isEqualTo(lang);
        String html = writer.render(sample());
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"" + lang + "\">");
        assertThat(html).contains(expected);
        if (lang.equals("en")) {
            assertThat(html).doesNotContain("Набори даних", "Зауваження", "невчасно", "Назва задовга", "Як виправити");
        } else {
            assertThat(html).doesNotContain(">Datasets<", ">Findings<", "The title is too long", "How to fix");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timelinessLabels")
    void timelinessLabelsComeFromTheStatus(TimelinessStatus status) {
        ValidationReport report = new ValidationReport(NOW, List.of(), List.of(new DatasetResult(0, "ds-0", "Т",
                EntryStatus.PUBLISHED, 0, 0, 0, new TimelinessVerdict(status, null, null, -1, 0, null), "Особа")),
                0.85, List.of());
        assertThat(datasetRow(render(report, UK), 0)).contains(">" + status.label().uk() + "</td>");
        assertThat(datasetRow(render(report, Locale.ENGLISH), 0)).contains(">" + status.label().en() + "</td>");
    }

    @Test
    void whyTimelinessCannotBeCheckedIsTheCellTooltip() {
        TimelinessVerdict v = new TimelinessVerdict(TimelinessStatus.NOT_CHECKABLE, null, null, -1, 0,
                new LocalizedText("частота «<нерегулярно>» невідома", "frequency \"<irregular>\" unknown"));
        ValidationReport report = new ValidationReport(NOW, List.of(), List.of(new DatasetResult(0, "ds-0", "Т",
                EntryStatus.PUBLISHED, 0, 0, 0, v, null)), 0.85, List.of());
        assertThat(datasetRow(render(report, UK), 0))
                .contains("title=\"частота «&lt;нерегулярно&gt;» невідома\">неможливо перевірити</td>");
        assertThat(datasetRow(render(report, Locale.ENGLISH), 0))
                .contains("title=\"frequency &quot;&lt;irregular&gt;&quot; unknown\">not checkable</td>");
    }

    static Stream<TimelinessStatus> timelinessLabels() {
        return Stream.of(TimelinessStatus.values());
    }

    // ---------------------------------------------------------------- datasets table

    @Test
    void everyDatasetHasARowWithItsValues() {
        ValidationReport report = sample();
        String html = render(report, UK);
        assertThat(occurrences(html, "<tr data-index=")).isEqualTo(report.datasets().size());
        for (DatasetResult d : report.datasets()) {
            String row = datasetRow(html, d.index());
            assertThat(row).startsWith("<td class=\"num\">" + (d.index() + 1) + "</td>");
            if (d.identifier() != null) {
                assertThat(row).contains("<code>" + d.identifier() + "</code>");
            }
            assertThat(row).contains("<td class=\"num\">" + d.errors() + "</td><td class=\"num\">" + d.warnings()
                    + "</td>");
            assertThat(row).contains(d.passed() ? "<span class=\"badge pass\">відповідає</span>"
                    : "<span class=\"badge fail\">не відповідає</span>");
        }
        String roads = datasetRow(html, 1);
        assertThat(roads).contains("Ремонт доріг", "оприлюднено", "Шевченко Тарас Григорович",
                "<td class=\"t-late\" data-sort=\"12\" title=\"Останнє оновлення 15.08.2026 (зміна ресурсів на порталі)\">"
                        + "невчасно <span class=\"small days\">12 дн. прострочення</span></td>",
                "<td data-sort=\"2026-11-14\">14.11.2026</td>");
        assertThat(datasetRow(html, 5)).contains("Без ідентифікатора").contains("<span class=\"none\">—</span>");
    }

    @Test
    void theTableIsSortableAndFilterableWithItsDataInTheDom() {
        String html = render(sample(), UK);
        assertThat(html).contains("<table id=\"datasets-table\">");
        assertThat(occurrences(html, "data-type=\"number\"")).isEqualTo(4); // №, timeliness, errors, warnings
        // timeliness sorts by days late: the latest first when sorted down, no verdict last
        assertThat(datasetRow(html, 1)).contains("<td class=\"t-late\" data-sort=\"12\" title=");
        assertThat(datasetRow(html, 3)).contains("<td class=\"t-late\" data-sort=\"3\" title=");
        assertThat(datasetRow(html, 0)).contains("<td class=\"t-on-time\" data-sort=\"0\" title=");
        assertThat(datasetRow(html, 2)).contains("<td data-sort=\"-10\">");
        // the filter and the hint appear only when the script runs
        assertThat(html).contains("<div class=\"filter\" id=\"datasets-filter\" hidden=\"hidden\">");
        assertThat(html).contains("id=\"sort-hint\" hidden=\"hidden\"");
        assertThat(html).contains("data-template=\"показано {0} з {1}\">показано 6 з 6</span>");
        String script = html.substring(html.indexOf("<script>"), html.indexOf("</script>"));
        assertThat(script).contains("datasets-table", "aria-sort", "data-sort", "datasets-filter-input");
        assertThat(script).doesNotContain("ds-", "Бюджет", "Коваленко");
    }

    @Test
    void datasetsWithFindingsLinkToTheirGroup() {
        String html = render(sample(), UK);
        assertThat(datasetRow(html, 0)).contains("<a href=\"#findings-1\"><code>ds-budget</code></a>");
        assertThat(datasetRow(html, 3)).contains("<a href=\"#findings-4\"><code>ds-permits</code></a>");
        assertThat(datasetRow(html, 4)).contains("<code>ds-parking</code>").doesNotContain("href");
        assertThat(html).contains("<section class=\"group\" id=\"findings-1\">\n<h3><code>ds-budget</code>");
        assertThat(html).contains("<section class=\"group\" id=\"findings-4\">\n<h3><code>ds-permits</code>");
    }

    // ---------------------------------------------------------------- findings

    @Test
    void findingsAreGroupedByDatasetWithRegisterFindingsLast() {
        ValidationReport report = sample();
        String html = section(render(report, UK), "findings");
        assertThat(occurrences(html, "<tr class=\"f-")).isEqualTo(report.findings().size());
        int budget = html.indexOf("id=\"findings-1\"");
        int roads = html.indexOf("id=\"findings-2\"");
        int hostile = html.indexOf("id=\"findings-3\"");
        int permits = html.indexOf("id=\"findings-4\"");
        int register = html.indexOf("id=\"findings-register\"");
        assertThat(List.of(budget, roads, hostile, permits, register)).isSorted().doesNotContain(-1);
        String roadsGroup = html.substring(roads, hostile);
        assertThat(occurrences(roadsGroup, "<tr class=\"f-error\">")).isEqualTo(2);
        assertThat(roadsGroup).contains("<span class=\"badge sev-error\">помилка 2</span>");
        String registerGroup = html.substring(register);
        assertThat(occurrences(registerGroup, "<tr class=\"f-")).isEqualTo(3);
        assertThat(registerGroup).contains("annex/local-self-government:20", "entries[5].identifier");
        // errors before infos within a group
        String hostileGroup = html.substring(hostile, permits);
        assertThat(hostileGroup.indexOf("f-error")).isLessThan(hostileGroup.indexOf("f-info"));
    }

    @Test
    void findingsShowRuleSourceMessageFixAndExcerpt() {
        String html = render(sample(), UK);
        Rule rule = RuleCatalogue.standard().find("R835-EMAIL-FORMAT").orElseThrow();
        String source = "Джерело: " + rule.source().document() + ", " + rule.source().clause() + " (";
        assertThat(html).contains("<a href=\"#rule-R835-EMAIL-FORMAT\"><code title=\"" + escape(rule.description().uk())
                + "\">R835-EMAIL-FORMAT</code></a><span class=\"source\">" + escape(source));
        assertThat(html).contains("<td><code>contactPoint.email</code></td>");
        assertThat(html).contains("<td>Адреса електронної пошти некоректна<br/><span class=\"fix\">Як виправити: "
                + "Виправте contactPoint.email.</span></td>");
        assertThat(html).contains("<td><code>roads(at)example</code></td>");
        String en = render(sample(), Locale.ENGLISH);
        assertThat(en).contains("<code title=\"" + escape(rule.description().en()) + "\">R835-EMAIL-FORMAT</code></a>"
                + "<span class=\"source\">Source: ");
        assertThat(en).contains("The e-mail address is malformed<br/><span class=\"fix\">How to fix: Fix "
                + "contactPoint.email.</span>");
    }

    @Test
    void findingsOfAnIdentifierOutsideTheTableGetTheirOwnGroup() {
        ValidationReport report = new ValidationReport(NOW, List.of(
                finding("R835-TITLE-LENGTH", Severity.ERROR, "ghost", "title", "Назва задовга", "Too long", null),
                finding("R835-TITLE-LENGTH", Severity.ERROR, "ds-0", "title", "Назва задовга", "Too long", null)),
                List.of(new DatasetResult(0, "ds-0", "Перший", EntryStatus.PUBLISHED, 1, 0, 0, null, null)), 0.85,
                List.of());
        String html = section(render(report, UK), "findings");
        assertThat(html).contains("<section class=\"group\" id=\"findings-1\">\n<h3><code>ds-0</code> <span>Перший</span>");
        assertThat(html).contains("<section class=\"group\" id=\"findings-2\">\n<h3><code>ghost</code> <span class=");
    }

    @Test
    void duplicateIdentifiersShareOneGroup() {
        ValidationReport report = new ValidationReport(NOW, List.of(
                finding("R835-REGISTER-ID-UNIQUE", Severity.ERROR, "ds-0", "identifier", "Повтор", "Duplicate", "ds-0")),
                List.of(new DatasetResult(0, "ds-0", "Перший", EntryStatus.PUBLISHED, 1, 0, 0, null, null),
                        new DatasetResult(1, "ds-0", "Другий", EntryStatus.PUBLISHED, 1, 0, 0, null, null)), 0.85,
                List.of());
        String html = render(report, UK);
        assertThat(datasetRow(html, 0)).contains("<a href=\"#findings-1\"><code>ds-0</code></a>");
        assertThat(datasetRow(html, 1)).contains("<a href=\"#findings-1\"><code>ds-0</code></a>");
        assertThat(occurrences(html, "<section class=\"group\"")).isEqualTo(1);
        assertThat(html).contains("<h3><code>ds-0</code> <span>Перший</span>");
    }

    @Test
    void unknownRuleIdsAreShownWithoutASource() {
        ValidationReport report = new ValidationReport(NOW, List.of(finding("X-CUSTOM", Severity.WARNING, "ds-0",
                "title", "Своє правило", "Own rule", null)), List.of(new DatasetResult(0, "ds-0", "Т",
                EntryStatus.PUBLISHED, 0, 1, 0, null, null)), 0.85, List.of());
        assertThat(render(report, UK)).contains("<code>X-CUSTOM</code><span class=\"source\">правило невідоме каталогу");
    }

    @Test
    void rulesThatFoundSomethingAreListedWithTheirSourcesAsText() {
        ValidationReport report = sample();
        String html = section(render(report, UK), "rules");
        List<Rule> fired = RuleCatalogue.standard().rules().stream()
                .filter(r -> report.countByRule().containsKey(r.id())).toList();
        assertThat(occurrences(html, "<tr id=\"rule-")).isEqualTo(fired.size()).isEqualTo(8);
        for (Rule r : fired) {
            assertThat(html).contains("<tr id=\"rule-" + r.id() + "\"><td><code>" + r.id() + "</code></td><td class=\"num\">"
                    + report.countByRule().get(r.id()) + "</td><td>" + escape(r.description().uk()) + "</td>");
            if (r.source().url() != null) {
                assertThat(html).contains("<code>" + escape(r.source().url()) + "</code>");
            }
        }
        assertThat(fired).anySatisfy(r -> assertThat(r.source().url()).isNotNull());
        assertThat(html).doesNotContain("href");
        assertThat(render(passing(2, 2), UK)).contains("<section id=\"rules\">\n<h2>Правила, що спрацювали</h2>\n"
                + "<p class=\"none\">Зауважень немає.</p>");
    }

    // ---------------------------------------------------------------- charts

    @Test
    void ruleChartHasABarPerRuleStackedBySeverity() {
        ValidationReport report = sample();
        String chart = section(render(report, UK), "charts");
        String rules = chart.substring(chart.indexOf("id=\"chart-rules\""), chart.indexOf("id=\"chart-overdue\""));
        for (String rule : report.countByRule().keySet()) {
            // in words: the rule's description is the label, its id a detail in the tooltip
            String words = RuleCatalogue.standard().find(rule).orElseThrow().description().uk();
            assertThat(rules).contains("\">" + escape(words.substring(0, 20))).contains("<title>" + rule + ": ");
            assertThat(rules).doesNotContain(">" + rule + "</t");
        }
        assertThat(occurrences(rules, "<g>")).isEqualTo(report.countByRule().size());
        assertThat(occurrences(rules, "<rect class=\"bar-error\"")).isEqualTo(5);
        assertThat(occurrences(rules, "<rect class=\"bar-warning\"")).isEqualTo(2);
        assertThat(occurrences(rules, "<rect class=\"bar-info\"")).isEqualTo(1);
        // R835-TIMELINESS-LATE has two findings, the most: it comes first
        assertThat(rules.indexOf("<title>R835-TIMELINESS-LATE: 2")).isLessThan(rules.indexOf("<title>R835-EMAIL-FORMAT: 1"));
    }

    @Test
    void ruleChartShowsAtMostFifteenRules() {
        List<Finding> findings = new ArrayList<>();
        List<Rule> rules = RuleCatalogue.standard().rules();
        for (int i = 0; i < 20; i++) {
            for (int k = 0; k <= i; k++) {
                findings.add(finding(rules.get(i).id(), Severity.WARNING, null, "p", "м", "m", null));
            }
        }
        ValidationReport report = new ValidationReport(NOW, findings, List.of(), 0.85, List.of());
        String chart = section(render(report, UK), "charts");
        assertThat(occurrences(chart, "<g>")).isEqualTo(15);
        assertThat(chart).contains("<title>" + rules.get(19).id() + ": 20 — ").contains(">20</text>");
        assertThat(chart).contains("<title>" + rules.get(5).id() + ": 6 — ");
        assertThat(chart).doesNotContain("<title>" + rules.get(4).id() + ": ");
    }

    @Test
    void overdueChartCountsLateDatasetsPerPerson() {
        ValidationReport report = sample();
        String chart = section(render(report, UK), "charts");
        String overdue = chart.substring(chart.indexOf("id=\"chart-overdue\""));
        assertThat(report.overdueByPerson()).hasSize(2);
        for (var e : report.overdueByPerson().entrySet()) {
            assertThat(overdue).contains("<title>" + e.getKey() + ": " + e.getValue().size() + "</title>");
        }
        assertThat(occurrences(overdue, "<rect class=\"bar-late\"")).isEqualTo(2);
        assertThat(render(passing(3, 3), UK)).contains("Невчасно оновлених наборів немає.");
    }

    @Test
    void longLabelsAreShortenedWithTheFullTextInTheTooltip() {
        String person = "Дуже-довге-прізвище-і-ім'я-відповідальної-особи Олександра";
        ValidationReport report = new ValidationReport(NOW, List.of(), List.of(new DatasetResult(0, "ds-0", "Т",
                EntryStatus.PUBLISHED, 0, 0, 0, late("2026-11-01", 25), person)), 0.85, List.of());
        String chart = section(render(report, UK), "charts");
        assertThat(chart).contains("<title>" + escape(person) + ": 1</title>");
        // two lines of 44 characters at most, cut between words where there is a space
        assertThat(chart).contains(">" + escape(person.substring(0, 44)) + "</tspan>")
                .contains(">" + escape(person.substring(44)) + "</tspan>");
    }

    // ---------------------------------------------------------------- annex

    @Test
    void annexCoverageTablePerSection() {
        String html = section(render(sample(), UK), "annex");
        assertThat(html).contains("<td>Усі розпорядники інформації <code>all-holders</code></td>"
                + "<td class=\"num\">4</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">0</td>"
                + "<td class=\"num\">0 <span class=\"none\">(усі є)</span></td>");
        assertThat(html).contains("<td>Органи місцевого самоврядування <code>local-self-government</code></td>"
                + "<td class=\"num\">4</td><td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">1</td>"
                + "<td class=\"num t-late\"><details><summary>Відсутні набори (2)</summary>");
        String name20 = AnnexCatalogue.bundled().resolve("local-self-government:20").orElseThrow().nameUk();
        assertThat(html).contains("<li><code>local-self-government:20</code> " + escape(name20) + "</li>");
        assertThat(html).contains("<li><code>local-self-government:21</code>");
        assertThat(render(passing(1, 1), UK)).contains("Покриття додатка не перевірялося");
    }

    // ---------------------------------------------------------------- safety

    @Test
    void declaresARestrictiveContentSecurityPolicy() {
        String html = render(sample(), UK);
        assertThat(html).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\"/>");
        assertThat(html.indexOf("Content-Security-Policy")).isLessThan(html.indexOf("<style>"));
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"uk\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localesAndReports")
    void referencesNothingOutsideTheFile(String name, ValidationReport report, Locale locale) {
        String html = render(report, locale);
        Matcher m = Pattern.compile("\\b(src|href|xlink:href|action|srcset|poster|data)\\s*=\\s*\"([^\"]*)\"",
                Pattern.CASE_INSENSITIVE).matcher(html);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1) + "=" + m.group(2));
        }
        assertThat(refs).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("href=#"));
        assertThat(html).doesNotContainIgnoringCase("url(").doesNotContainIgnoringCase("@import")
                .doesNotContain("<link").doesNotContain("<img").doesNotContain("<iframe").doesNotContain("<object");
    }

    static Stream<Arguments> localesAndReports() {
        return Stream.of(Arguments.of("sample uk", sample(), UK), Arguments.of("sample en", sample(), Locale.ENGLISH),
                Arguments.of("real rulebook report", realReport(), UK));
    }

    @Test
    void hostileTextsAppearEscapedOnly() {
        String html = render(sample(), UK);
        assertThat(html).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
        assertThat(occurrences(html, "<script")).isEqualTo(1); // ours, at the end
        assertThat(html.indexOf("<script>")).isGreaterThan(html.indexOf("</main>"));
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;лапки&quot; &#39;апостроф&#39;";
        assertThat(datasetRow(html, 2)).contains("<td>" + escaped + "</td>")
                .contains("<td>&lt;img src=x onerror=alert(2)&gt;</td>");
        assertThat(html).contains("<td><code>" + escaped + "</code></td>"); // the excerpt
        assertThat(html).contains("<h3><code>ds-hostile</code> <span>" + escaped + "</span>");
    }

    @Test
    void hostileTextsInChartsAndAttributesAreEscaped() {
        String person = "\"><script>alert(3)</script>";
        ValidationReport report = new ValidationReport(NOW,
                List.of(finding("R835-<b>", Severity.ERROR, "a\"b", "p<", "m<", "m<", "x'y")),
                List.of(new DatasetResult(0, "a\"b", "t", EntryStatus.PUBLISHED, 1, 0, 0, late("2026-11-01", 25),
                        person)), 0.85, List.of());
        String html = render(report, UK);
        assertThat(html).doesNotContain("<script>alert(3)").doesNotContain("<b>").doesNotContain("a\"b");
        assertThat(html).contains("<title>&quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;: 1</title>");
        assertThat(html).contains("<title>R835-&lt;b&gt;: 1 — ");
        assertThat(html).contains("<code>a&quot;b</code>").contains("<code>x&#39;y</code>");
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeReplacementCharacters() {
        String title = "A\u0000B\u0007C\uD800D\uDC00E\uFFFF\tF \uD83D\uDE00";
        ValidationReport report = new ValidationReport(NOW, List.of(), List.of(new DatasetResult(0, "ds-0", title,
                EntryStatus.PUBLISHED, 0, 0, 0, null, null)), 0.85, List.of());
        assertThat(datasetRow(render(report, UK), 0)).contains("<td>A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFD\tF \uD83D\uDE00</td>");
    }

    // ---------------------------------------------------------------- determinism and writing

    @Test
    void sameReportGivesTheSameBytesAcrossWritersAndTargets(@TempDir Path dir) throws IOException {
        HtmlReport writer = HtmlReport.builder().build();
        String first = writer.render(sample());
        assertThat(HtmlReport.builder().build().render(sample())).isEqualTo(first);
        StringWriter out = new StringWriter();
        writer.write(sample(), out);
        assertThat(out.toString()).isEqualTo(first);
        Path file = dir.resolve("звіт.html");
        writer.write(sample(), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(first);
    }

    @Test
    void writingAFileReplacesItAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("report.html");
        Files.writeString(file, "old");
        HtmlReport.builder().locale(Locale.ENGLISH).build().write(sample(), file);
        assertThat(Files.readString(file)).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFailedWriteNamesThePathAndLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("taken");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "x");
        assertThatThrownBy(() -> HtmlReport.builder().build().write(sample(), target))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(target.toAbsolutePath().toString())
                .hasMessageContaining("check that the directory exists and is writable")
                .hasMessageContaining("перевірте, що каталог існує");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
        // A missing directory is created, as for the other report writers.
        HtmlReport.builder().build().write(sample(), dir.resolve("new-dir/r.html"));
        assertThat(dir.resolve("new-dir/r.html")).isRegularFile();
    }

    @Test
    void aFailingWriterIsReportedUnchecked() {
        Writer broken = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> HtmlReport.builder().build().write(sample(), broken))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full")
                .hasMessageContaining("Не вдалося записати HTML-звіт");
    }

    // ---------------------------------------------------------------- a real rulebook report

    /** A small register checked by the real rulebook: one clean entry, one with defects, no passports. */
    static ValidationReport realReport() {
        Publisher publisher = new Publisher("Щастинська міська військова адміністрація", "44591028");
        ResponsiblePerson person = ResponsiblePerson.of("Коваленко Олена Петрівна", "o.kovalenko@example.gov.ua");
        List<RegisterEntry> entries = new ArrayList<>();
        int n = 0;
        for (var ds : AnnexCatalogue.bundled().section(AnnexCatalogue.ALL_HOLDERS).orElseThrow().datasets()) {
            String id = "ds-" + (++n);
            entries.add(RegisterEntry.builder().identifier(id).title("Набір даних " + id)
                    .description("Опис набору " + id + ". Інформації з обмеженим доступом не містить.")
                    .accrualPeriodicity(Frequency.ONCE_A_QUARTER).keywords(List.of("відкриті дані"))
                    .purpose("Постанова КМУ № 835 від 21.10.2015").landingPage("https://data.gov.ua/dataset/" + id)
                    .distributionFormats(List.of(DataFormat.of(KnownFormat.CSV))).publisher(publisher)
                    .contactPoint(person).status(EntryStatus.PUBLISHED).annexDataset(ds.ref())
                    .nextUpdateDue(LocalDate.parse("2026-12-31")).build());
        }
        entries.set(0, entries.get(0).toBuilder().title(HOSTILE_TITLE).landingPage(null)
                .nextUpdateDue(LocalDate.parse("2026-10-01")).build());
        entries.set(1, entries.get(1).toBuilder().identifier(null).build());
        entries.remove(entries.size() - 1);
        RulebookConfig config = RulebookConfig.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .annexSections(Set.of(AnnexCatalogue.ALL_HOLDERS)).textDatasets(Set.of()).build();
        return Rulebook.create(config).validate(Register.of(entries));
    }

    @Test
    void rendersARealRulebookReport() {
        ValidationReport report = realReport();
        assertThat(report.findings()).isNotEmpty();
        assertThat(report.count(Severity.ERROR)).isPositive();
        String html = render(report, UK);
        assertThat(occurrences(html, "<tr data-index=")).isEqualTo(report.datasets().size());
        assertThat(occurrences(html, "<tr class=\"f-")).isEqualTo(report.findings().size());
        for (Finding f : report.findings()) {
            assertThat(html).contains(escape(f.message().uk()));
        }
        assertThat(html).contains(report.passedCount() + " з " + report.datasets().size() + " наборів відповідають");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(html).contains("<svg class=\"gauge " + (report.meetsTarget() ? "gauge-ok" : "gauge-fail") + "\"");
        assertThat(html).contains(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.parse("2026-11-26")));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
