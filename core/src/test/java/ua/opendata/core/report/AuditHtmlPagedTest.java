package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.AuditWorkflowTest;
import ua.opendata.core.audit.AuditWorkflowTest.City;
import ua.opendata.core.audit.PortalAudit;

/** The page of an audit of more than 100 datasets: the portal table is paged like the datasets table. */
class AuditHtmlPagedTest {

    @Test
    void thePortalTableShowsItsFirstPageAndTheOtherRowsAreInDataFiles(@TempDir Path dir) throws Exception {
        AuditResult audit;
        try (FakeCkan ckan = AuditWorkflowTest.fake();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey())
                     .zone(AuditWorkflowTest.KYIV).build()) {
            new City(230, 2015).publish(client, AuditWorkflowTest.ORG);
            audit = PortalAudit.create(client).run(AuditOptions.builder().organization(AuditWorkflowTest.ORG)
                    .datasetPageBase(AuditWorkflowTest.PAGES).rulebook(AuditWorkflowTest.rulebook()).build());
        }
        assertThat(audit.datasets()).hasSize(230);
        Path file = dir.resolve("audit.html");
        AuditHtml.of(Locale.ENGLISH).write(audit, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String portal = html.substring(html.indexOf("<table id=\"portal-table\""), html.indexOf("</table>",
                html.indexOf("<table id=\"portal-table\"")));
        assertThat(portal).contains("data-kind=\"p\" data-pages=\"3\" data-rows=\"230\"")
                .contains("data-src=\"audit-data/\"");
        assertThat(portal.split("<tr><td class=\"num\">", -1)).hasSize(HtmlPaging.PAGE + 1);
        assertThat(html).contains("id=\"portal-pager\"");
        int rows = 0;
        for (int p = 0; p < 3; p++) {
            String text = Files.readString(dir.resolve("audit-data/portal-" + String.format("%03d", p) + ".js"));
            String prefix = "opendataReport.page(\"p\"," + p + ",";
            assertThat(text).startsWith(prefix).doesNotContain("<");
            JsonNode page = new ObjectMapper().readTree(text.substring(prefix.length(), text.length() - 3));
            for (JsonNode row : page) {
                rows++;
                assertThat(row.get(0).asText()).startsWith("<tr><td class=\"num\">" + rows + "</td>");
            }
        }
        assertThat(rows).isEqualTo(230);
        assertThat(dir.resolve("audit-data/002.js")).exists();
    }
}
