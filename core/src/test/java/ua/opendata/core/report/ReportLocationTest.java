package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.opendata.core.report.HtmlReportTest.UK;
import static ua.opendata.core.report.HtmlReportTest.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.SourceLocation;

/** Every report shows where the clerk fixes a finding: findings.csv, report.json and the HTML page. */
class ReportLocationTest {

    static final SourceLocation EMAIL = SourceLocation.ofCell("register.csv", 3, 12, "Електронна пошта");
    static final SourceLocation TITLE = SourceLocation.ofSheetCell("register.xlsx", "Мій реєстр", 4, 2, "Назва");

    /** The HTML test's sample with the e-mail finding in a CSV cell, the title finding in a sheet cell. */
    static ValidationReport located() {
        ValidationReport base = HtmlReportTest.sample();
        List<Finding> findings = base.findings().stream().map(f -> switch (f.path()) {
            case "contactPoint.email" -> at(f, EMAIL);
            case "title" -> at(f, TITLE);
            case "annex/local-self-government:20" -> at(f, SourceLocation.ofFile("register.csv"));
            default -> f;
        }).toList();
        return new ValidationReport(base.generatedAt(), findings, base.datasets(), base.kpiTarget(), base.annex());
    }

    private static Finding at(Finding f, SourceLocation where) {
        return new Finding(f.ruleId(), f.severity(), f.datasetId(), f.path(), f.message(), f.fix(), f.excerpt(), where);
    }

    @Test
    void findingsCsvHasALocationColumnLast() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.defaults().write(located(), out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFrule;severity;dataset;path;message_uk;message_en;fix_uk;fix_en;excerpt;"
                + "location");
        assertThat(lines).filteredOn(l -> l.startsWith("R835-EMAIL-FORMAT;")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(";roads(at)example;register.csv:3:12"));
        assertThat(lines).filteredOn(l -> l.startsWith("R835-TITLE-LENGTH;")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(";register.xlsx:'Мій реєстр'!B4"));
        // not located: the cell is empty
        assertThat(lines).filteredOn(l -> l.startsWith("R835-PERSON-DESIGNATED;")).singleElement()
                .satisfies(l -> assertThat(l).endsWith(";Коваленко Олена Петрівна;"));
    }

    @Test
    void reportJsonHasALocationMemberAndReadsItBack() throws IOException {
        ValidationReport report = located();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(report, out);
        JsonNode findings = new ObjectMapper().readTree(out.toByteArray()).path("findings");
        JsonNode email = null;
        JsonNode title = null;
        for (JsonNode f : findings) {
            assertThat(f.has("location")).isTrue();
            email = f.path("rule").asText().equals("R835-EMAIL-FORMAT") ? f : email;
            title = f.path("rule").asText().equals("R835-TITLE-LENGTH") ? f : title;
        }
        assertThat(email).isNotNull();
        assertThat(email.path("location").path("text").asText()).isEqualTo("register.csv:3:12");
        assertThat(email.path("location").path("file").asText()).isEqualTo("register.csv");
        assertThat(email.path("location").path("sheet").isNull()).isTrue();
        assertThat(email.path("location").path("row").asInt()).isEqualTo(3);
        assertThat(email.path("location").path("column").asInt()).isEqualTo(12);
        assertThat(email.path("location").path("header").asText()).isEqualTo("Електронна пошта");
        assertThat(title.path("location").path("sheet").asText()).isEqualTo("Мій реєстр");
        assertThat(findings.get(0).path("location").isNull()).isTrue();

        ValidationReport back = ReportJson.read(new ByteArrayInputStream(out.toByteArray()), "report.json");
        assertThat(back.findings()).isEqualTo(report.findings());
    }

    @Test
    void theHtmlShowsTheLocationBesideThePathAndInTheFixFirstList() {
        String html = render(located(), UK);
        assertThat(html).contains("<td><code>contactPoint.email</code><span class=\"source loc\" "
                + "title=\"Електронна пошта\">register.csv:3:12</span></td>");
        assertThat(html).contains("<td><code>title</code><span class=\"source loc\" title=\"Назва\">"
                + "register.xlsx:&#39;Мій реєстр&#39;!B4</span></td>");
        int fixFirst = html.indexOf("<section id=\"fix-first\">");
        String fix = html.substring(fixFirst, html.indexOf("</section>", fixFirst));
        assertThat(fix).contains("<code>R835-EMAIL-FORMAT</code>)</span> <span class=\"small loc\">register.csv:3:12"
                + "</span></li>");
        // a finding without a location shows its path alone
        assertThat(html).contains("<td><code>timeliness</code></td>");
        assertThat(render(HtmlReportTest.sample(), UK)).doesNotContain("class=\"source loc\"")
                .doesNotContain("small loc");
    }
}
