package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.TimelinessStatus;
import ua.opendata.core.rules.TimelinessVerdict;
import ua.opendata.core.rules.UpdateEvidence;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.EntryStatus;

/** The reports of a state judged as of a past day: the header, report.json's asOf, due-date cells. */
class AsOfReportTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-06-30");

    private static ValidationReport report(@org.jspecify.annotations.Nullable LocalDate asOf) {
        TimelinessVerdict changed = new TimelinessVerdict(TimelinessStatus.CHANGED_AFTER_AS_OF,
                new UpdateEvidence(LocalDate.parse("2026-10-01"), UpdateEvidence.Basis.RESOURCE_LAST_MODIFIED), null,
                -1, 0, new LocalizedText("дані змінено 2026-10-01, після дати оцінки 2026-06-30",
                        "the data changed on 2026-10-01, after the as-of date 2026-06-30"));
        return new ValidationReport(HtmlReportTest.NOW,
                List.of(HtmlReportTest.finding("R835-NEXT-UPDATE-OVERDUE", Severity.WARNING, "shch-008",
                        "nextUpdateDue", "прострочено", "overdue", "2026-05-31")),
                List.of(new DatasetResult(0, "shch-008", "Фінансова звітність", EntryStatus.PUBLISHED, 0, 1, 0, null,
                                "Мельник А. І."),
                        new DatasetResult(1, "shch-009", "Інше", EntryStatus.PUBLISHED, 0, 0, 0, changed, null)),
                0.85, List.of(), asOf);
    }

    private static String row(String html, int index) {
        Matcher m = Pattern.compile("<tr data-index=\"" + index + "\"[^>]*>(.*?)</tr>").matcher(html);
        assertThat(m.find()).as("row %d", index).isTrue();
        return m.group(1);
    }

    @Test
    void theHeaderSaysTheDayInBothLanguages() {
        String uk = HtmlReportTest.render(report(AS_OF), HtmlReportTest.UK);
        assertThat(uk).contains("<p class=\"as-of\"><strong>Станом на 30.06.2026: вчасність, строки оновлення та "
                + "KPI обчислено на цю дату</strong></p>");
        assertThat(HtmlReportTest.render(report(AS_OF), Locale.ENGLISH)).contains("<p class=\"as-of\"><strong>State as "
                + "of 30.06.2026: timeliness, due dates and the KPI are computed for that day</strong></p>");
        assertThat(HtmlReportTest.render(report(null), HtmlReportTest.UK)).doesNotContain("class=\"as-of\"");
    }

    @Test
    void dueDateCellsCountToTheAsOfDateNotToTheDayOfGeneration() {
        // 31.05.2026 to 30.06.2026: 30 days (to the day of generation, 26.11.2026, it would be 179)
        assertThat(row(HtmlReportTest.render(report(AS_OF), HtmlReportTest.UK), 0))
                .contains("data-sort=\"30\"").contains("30 дн. прострочення").contains("31.05.2026");
        assertThat(row(HtmlReportTest.render(report(null), HtmlReportTest.UK), 0))
                .contains("data-sort=\"179\"").contains("179 дн. прострочення");
    }

    @Test
    void aDatasetChangedAfterTheDayShowsItsOwnVerdictAndFails() {
        String uk = row(HtmlReportTest.render(report(AS_OF), HtmlReportTest.UK), 1);
        assertThat(uk).contains("змінено після дати оцінки").contains("title=\"дані змінено 2026-10-01")
                .contains("badge fail");
        assertThat(row(HtmlReportTest.render(report(AS_OF), Locale.ENGLISH), 1))
                .contains("changed after the as-of date");
    }

    @Test
    void aDatasetChangedAfterTheDayIsNotProposedToFixFirst() {
        // shch-009 has no error but does not pass: nothing done now changes its state on 30.06.2026
        assertThat(HtmlFixFirst.choose(report(AS_OF))).isEmpty();
        ValidationReport withError = new ValidationReport(HtmlReportTest.NOW, List.of(), List.of(
                new DatasetResult(0, "a", "A", EntryStatus.PUBLISHED, 1, 0, 0, null, null),
                report(AS_OF).datasets().get(1)), 0.85, List.of(), AS_OF);
        assertThat(HtmlFixFirst.choose(withError)).extracting(DatasetResult::identifier).containsExactly("a");
    }

    @Test
    void reportJsonCarriesTheDayAndReadsItBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report(AS_OF), out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"asOf\" : \"2026-06-30\"").contains("\"status\" : \"CHANGED_AFTER_AS_OF\"");
        assertThat(json.indexOf("\"asOf\"")).isBetween(json.indexOf("\"generatedAt\""), json.indexOf("\"kpi\""));
        ValidationReport back = ReportJson.read(new ByteArrayInputStream(out.toByteArray()), "report.json");
        assertThat(back.asOf()).isEqualTo(AS_OF);
        assertThat(back.datasets().get(1).timeliness().status()).isEqualTo(TimelinessStatus.CHANGED_AFTER_AS_OF);
        assertThat(back.datasets().get(1).passed()).isFalse();
        assertThat(back.kpi()).isEqualTo(0.5);

        ByteArrayOutputStream today = new ByteArrayOutputStream();
        ReportJson.write(report(null), today);
        assertThat(today.toString(StandardCharsets.UTF_8)).doesNotContain("\"asOf\"");
        assertThat(ReportJson.read(new ByteArrayInputStream(today.toByteArray()), "r.json").asOf()).isNull();
    }
}
