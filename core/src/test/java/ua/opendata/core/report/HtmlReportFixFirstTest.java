package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.opendata.core.report.HtmlReportTest.NOW;
import static ua.opendata.core.report.HtmlReportTest.UK;
import static ua.opendata.core.report.HtmlReportTest.escape;
import static ua.opendata.core.report.HtmlReportTest.finding;
import static ua.opendata.core.report.HtmlReportTest.render;
import static ua.opendata.core.report.HtmlReportTest.sample;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.RuleCatalogue;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;

/**
 * The report as a clerk meets it (issue 14): the "fix these first" list on the first screen, timeliness
 * from the register's next update date, and names instead of codes in the annex table in English.
 */
class HtmlReportFixFirstTest {

    private static String section(String html, String id) {
        int start = html.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s", id).isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    @Test
    void fixFirstComesRightAfterTheKpiWithTheCheapestFailingDatasetsGroupedByPerson() {
        String html = render(sample(), UK);
        assertThat(html.indexOf("<section id=\"kpi\">")).isLessThan(html.indexOf("<section id=\"fix-first\">"));
        assertThat(html.indexOf("<section id=\"fix-first\">")).isLessThan(html.indexOf("<section id=\"charts\">"));
        assertThat(html).contains("<li><a href=\"#fix-first\">Виправте насамперед</a></li>");
        String fix = section(html, "fix-first");
        // 2 of 6 pass; the target 85 % needs 6: all four failing datasets, the one with two errors last
        assertThat(fix).contains("Виправлення цих 4 наборів підніме KPI з 33,3\u00a0% до 100\u00a0% (ціль 85\u00a0%)");
        assertThat(fix).contains("<h3>" + escape(HtmlReportTest.HOSTILE_PERSON) + " — наборів: 1</h3>")
                .contains("<h3>Коваленко Олена Петрівна — наборів: 1</h3>")
                .contains("<h3>Відповідальну особу не вказано — наборів: 1</h3>")
                .contains("<h3>Шевченко Тарас Григорович — наборів: 1</h3>");
        assertThat(fix.indexOf("ds-permits")).isLessThan(fix.indexOf("ds-roads"));
        // Коваленко's ds-budget passes: it is not on the list
        assertThat(fix).doesNotContain("ds-budget").doesNotContain("ds-parking");
        // each error with its fix, the rule in words, the id as a detail
        String words = RuleCatalogue.standard().find("R835-EMAIL-FORMAT").orElseThrow().description().uk();
        assertThat(fix).contains("<li>Виправте contactPoint.email. <span class=\"small\">(" + escape(words)
                + " <code>R835-EMAIL-FORMAT</code>)</span></li>");
        assertThat(fix).contains("<li>Виправте timeliness. <span class=\"small\">(");
    }

    @Test
    void fixFirstListsFiveWhenTheTargetIsMetAndSaysSoWhenNothingFails() {
        List<DatasetResult> ds = new java.util.ArrayList<>();
        List<ua.opendata.core.rules.Finding> findings = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            boolean fails = i % 10 == 0;
            ds.add(new DatasetResult(i, "ds-" + i, "T" + i, EntryStatus.PUBLISHED, fails ? 1 + i / 10 : 0, 0, 0,
                    null, "Особа " + (i % 3)));
            if (fails) {
                findings.add(finding("R835-TITLE-LENGTH", Severity.ERROR, "ds-" + i, "title", "м", "m", null));
            }
        }
        String fix = section(render(new ValidationReport(NOW, findings, ds, 0.85, List.of()), Locale.ENGLISH),
                "fix-first");
        assertThat(fix).contains("Fixing these 5 datasets raises the KPI from 90 % to 95 % (target 85 %)"
                .replace(" %", "\u00a0%"));
        assertThat(fix).contains("<code>ds-0</code>").contains("<code>ds-40</code>").doesNotContain("<code>ds-50</code>");

        String none = section(render(HtmlReportTest.passing(3, 3), Locale.ENGLISH), "fix-first");
        assertThat(none).contains("Every dataset meets the recommendations: nothing to fix.").doesNotContain("<h3>");
    }

    @Test
    void aDatasetPastItsRegisterDueDateShowsLateAndTheDateInItsRow() {
        ValidationReport report = new ValidationReport(NOW,
                List.of(finding("R835-NEXT-UPDATE-OVERDUE", Severity.WARNING, "shch-008", "nextUpdateDue",
                        "прострочено", "overdue", "2026-06-30")),
                List.of(new DatasetResult(0, "shch-008", "Фінансова звітність", EntryStatus.PUBLISHED, 0, 1, 0, null,
                        "Мельник А. І."), new DatasetResult(1, "shch-009", "Інше", EntryStatus.PUBLISHED, 0, 0, 0,
                        null, "Мельник А. І.")), 0.85, List.of());
        String html = render(report, UK);
        Matcher m = Pattern.compile("<tr data-index=\"0\"[^>]*>(.*?)</tr>").matcher(html);
        assertThat(m.find()).isTrue();
        // 30.06.2026 to 26.11.2026: 149 days
        assertThat(m.group(1)).contains("<td class=\"t-late\" data-sort=\"149\" title=\"За датою наступного оновлення"
                + " в реєстрі\">невчасно <span class=\"small days\">149 дн. прострочення</span></td>"
                + "<td data-sort=\"2026-06-30\">30.06.2026</td>");
        Matcher other = Pattern.compile("<tr data-index=\"1\"[^>]*>(.*?)</tr>").matcher(html);
        assertThat(other.find()).isTrue();
        assertThat(other.group(1)).doesNotContain("t-late");
        // and the person chart counts it
        assertThat(section(html, "charts")).contains("<title>Мельник А. І.: 1</title>");
    }

    @Test
    void annexSectionsAreNamedInTheReportLanguage() {
        String en = section(render(sample(), Locale.ENGLISH), "annex");
        assertThat(en).contains("<td>All information holders (within their competence) <code>all-holders</code></td>")
                .contains("<td>Local self-government bodies <code>local-self-government</code></td>")
                .doesNotContain("Усі розпорядники");
        assertThat(section(render(sample(), UK), "annex")).contains("<td>Усі розпорядники інформації <code>");
    }
}
