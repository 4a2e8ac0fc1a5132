package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditFile;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.AuditWorkflowTest;
import ua.opendata.core.audit.AuditWorkflowTest.City;
import ua.opendata.core.audit.AuditWorkflowTest.Res;
import ua.opendata.core.audit.AuditWorkflowTest.Seed;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.internal.html.HtmlOut;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Register;
import ua.opendata.passport.RegisterEntry;

/** The portal member of the JSON report and the «Портал» / "Portal" section of the HTML report. */
class AuditReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static FakeCkan ckan;
    private static CkanClient client;
    private static AuditResult audit;

    @BeforeAll
    static void start() {
        ckan = AuditWorkflowTest.fake();
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).zone(AuditWorkflowTest.KYIV).build();
        City city = new City(14, 2015);
        city.publish(client, AuditWorkflowTest.ORG);
        // hostile text and a non-web link from the portal must stay text
        client.packageCreate(new Seed("kr-evil", "kr-evil", true, "<script>alert('x')</script> & «лапки»", "Опис",
                "Мета", "once a year", List.of("x"), "Іван", "a@b.ua",
                List.of(new Res("<b>файл</b>", "javascript:alert(1)", "csv", "2026-11-01T00:00:00")))
                .write(AuditWorkflowTest.ORG));
        List<RegisterEntry> entries = new ArrayList<>();
        city.seeds.forEach(s -> entries.add(s.entry()));
        entries.set(2, entries.get(2).toBuilder().title("Інша назва").build());
        entries.add(RegisterEntry.builder().identifier("kr-099").title("Відсутній").build());
        audit = PortalAudit.create(client).run(AuditOptions.builder().organization(AuditWorkflowTest.ORG)
                .datasetPageBase(AuditWorkflowTest.PAGES).rulebook(AuditWorkflowTest.rulebook()).register(Register.of(entries)).build());
    }

    @AfterAll
    static void stop() {
        client.close();
        ckan.close();
    }

    private static JsonNode json(AuditResult a) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportJson.write(a, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void theJsonReportCarriesThePortalAsItsLastMember() throws Exception {
        JsonNode root = json(audit);
        List<String> members = new ArrayList<>();
        root.fieldNames().forEachRemaining(members::add);
        assertThat(members).endsWith("rules", "portal");
        assertThat(root.get("schemaVersion").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
        JsonNode portal = root.get("portal");
        assertThat(portal.get("organization").asText()).isEqualTo(AuditWorkflowTest.ORG);
        assertThat(portal.get("pageBase").asText()).isEqualTo(AuditWorkflowTest.PAGES);
        assertThat(portal.get("datasets")).hasSize(audit.datasets().size());
        Iterator<JsonNode> it = portal.get("datasets").elements();
        for (AuditDataset d : audit.datasets()) {
            JsonNode n = it.next();
            DatasetResult v = audit.verdict(d).orElseThrow();
            assertThat(n.get("name").asText()).isEqualTo(d.name());
            assertThat(n.get("page").asText()).isEqualTo(AuditWorkflowTest.PAGES + d.name());
            assertThat(n.get("passed").asBoolean()).isEqualTo(v.passed());
            assertThat(n.get("timeliness").asText()).isEqualTo(v.timeliness().status().name());
            if (d.evidence() == null) {
                assertThat(n.get("evidence").isNull()).isTrue();
            } else {
                assertThat(n.get("evidence").get("date").asText()).isEqualTo(d.evidence().date().toString());
                assertThat(n.get("evidence").get("basis").asText()).isEqualTo(d.evidence().basis().name());
            }
            assertThat(n.get("files")).hasSize(d.files().size());
            for (int k = 0; k < d.files().size(); k++) {
                AuditFile f = d.files().get(k);
                JsonNode fn = n.get("files").get(k);
                assertThat(fn.get("url").asText()).isEqualTo(f.url());
                assertThat(fn.get("format").asText()).isEqualTo(f.format());
                assertThat(fn.get("status").asText()).isEqualTo("NOT_CHECKED");
                assertThat(fn.get("lastModified").isNull()).isEqualTo(f.lastModified() == null);
            }
        }
        assertThat(portal.get("compared").asBoolean()).isTrue();
        List<String> kinds = new ArrayList<>();
        portal.get("comparison").forEach(x -> kinds.add(x.get("kind").asText() + ":" + x.get("identifier").asText()
                + ":" + x.get("field").asText()));
        assertThat(kinds).containsExactly("MISSING:kr-099:null", "DIFFERENT:kr-003:title", "EXTRA:kr-evil:null");
    }

    @Test
    void aReportWithAPortalMemberStillReadsBackAndTheSameReportWithoutOneHasNone() throws Exception {
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        ReportJson.write(audit, with);
        ValidationReport back = ReportJson.read(new ByteArrayInputStream(with.toByteArray()), "audit.json");
        assertThat(back.datasets()).hasSize(audit.report().datasets().size());
        assertThat(back.findings()).hasSize(audit.report().findings().size());
        ByteArrayOutputStream without = new ByteArrayOutputStream();
        ReportJson.write(audit.report(), without);
        JsonNode plain = JSON.readTree(without.toByteArray());
        assertThat(plain.has("portal")).isFalse();
        JsonNode full = JSON.readTree(with.toByteArray());
        ((com.fasterxml.jackson.databind.node.ObjectNode) full).remove("portal");
        assertThat(full).isEqualTo(plain);
    }

    @Test
    void theJsonFileIsWrittenAtomically(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.json");
        ReportJson.write(audit, file);
        assertThat(JSON.readTree(Files.readAllBytes(file)).get("portal").get("datasets"))
                .hasSize(audit.datasets().size());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void withoutAPortalTheHtmlPageIsByteForByteTheReportPage() {
        for (Locale locale : List.of(LocalizedText.UKRAINIAN, Locale.ENGLISH)) {
            StringBuilder b = new StringBuilder();
            new HtmlRenderer(locale, null).render(audit.report(), null, new HtmlOut(b));
            assertThat(b.toString()).isEqualTo(HtmlReport.builder().locale(locale).build().render(audit.report()));
        }
    }

    @Test
    void theHtmlPortalSectionListsEachDatasetWithItsPageItsFilesAndStatus() throws Exception {
        String html = AuditHtml.of(LocalizedText.UKRAINIAN).render(audit);
        Document doc = parse(html);
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("//section[@id='portal']/h2", doc)).isEqualTo("Портал");
        assertThat(x.evaluate("count(//nav//a[@href='#portal'])", doc)).isEqualTo("1");
        NodeList rows = (NodeList) x.evaluate("//table[@id='portal-table']/tbody/tr", doc, XPathConstants.NODESET);
        assertThat(rows.getLength()).isEqualTo(audit.datasets().size());
        for (int i = 0; i < audit.datasets().size(); i++) {
            AuditDataset d = audit.datasets().get(i);
            String row = "//table[@id='portal-table']/tbody/tr[" + (i + 1) + "]";
            assertThat(x.evaluate(row + "/td[2]/a/@href", doc)).isEqualTo(d.pageUrl());
            assertThat(x.evaluate("count(" + row + "/td[4]//li)", doc)).isEqualTo(Integer.toString(d.files().size()));
            DatasetResult v = audit.verdict(d).orElseThrow();
            assertThat(x.evaluate(row + "/td[6]", doc)).isEqualTo(v.timeliness().status().label().uk());
        }
        NodeList diffs = (NodeList) x.evaluate("//table[@id='portal-comparison']/tbody/tr", doc, XPathConstants.NODESET);
        assertThat(diffs.getLength()).isEqualTo(audit.comparison().size());
        // links go to the portal or to the http(s) files only; nothing is loaded
        assertThat(x.evaluate("count(//*[@src])", doc)).isEqualTo("0");
        assertThat(x.evaluate("count(//link)", doc)).isEqualTo("0");
        NodeList hrefs = (NodeList) x.evaluate("//a/@href", doc, XPathConstants.NODESET);
        for (int i = 0; i < hrefs.getLength(); i++) {
            assertThat(hrefs.item(i).getNodeValue()).matches("#.*|https://.*");
        }
        assertThat(html).doesNotContain("<script>alert").doesNotContain("javascript:alert(1)\"")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; «лапки»");
    }

    @Test
    void theHtmlSectionIsInEnglishToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit.html");
        AuditHtml.of(Locale.ENGLISH, "Kropyvnytskyi audit").write(audit, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        Document doc = parse(html);
        XPath x = XPathFactory.newInstance().newXPath();
        assertThat(x.evaluate("//section[@id='portal']/h2", doc)).isEqualTo("Portal");
        assertThat(x.evaluate("//section[@id='portal']/h3[1]", doc)).isEqualTo("Comparison with the register");
        assertThat(x.evaluate("/html/head/title", doc)).isEqualTo("Kropyvnytskyi audit");
        assertThat(html).doesNotContain("Портал<");
    }

    private static Document parse(String html) throws Exception {
        String doctype = "<!DOCTYPE html>\n";
        assertThat(html).startsWith(doctype);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(html.substring(doctype.length()).getBytes(StandardCharsets.UTF_8)));
    }
}
