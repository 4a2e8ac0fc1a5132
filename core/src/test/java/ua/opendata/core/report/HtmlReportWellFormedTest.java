package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import ua.opendata.core.rules.ValidationReport;

/**
 * The page is XHTML-compatible: after its {@code <!DOCTYPE html>} line it parses as XML with the
 * JDK parser (DTDs and external entities off), whatever the data holds.
 */
class HtmlReportWellFormedTest {

    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("sample uk", HtmlReportTest.sample(), HtmlReportTest.UK),
                Arguments.of("sample en", HtmlReportTest.sample(), Locale.ENGLISH),
                Arguments.of("real rulebook report", HtmlReportTest.realReport(), HtmlReportTest.UK),
                Arguments.of("empty register", HtmlReportTest.passing(0, 0), HtmlReportTest.UK),
                Arguments.of("2000 datasets", HtmlReportTest.passing(1699, 2000), Locale.ENGLISH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesAsXml(String name, ValidationReport report, Locale locale) throws Exception {
        String html = HtmlReport.builder().locale(locale).build().render(report);
        String doctype = "<!DOCTYPE html>\n";
        assertThat(html).startsWith(doctype);
        Document doc = parser().parse(new ByteArrayInputStream(html.substring(doctype.length())
                .getBytes(StandardCharsets.UTF_8)));
        var xpath = XPathFactory.newInstance().newXPath();
        NodeList rows = (NodeList) xpath.evaluate("//table[@id='datasets-table']/tbody/tr", doc, XPathConstants.NODESET);
        assertThat(rows.getLength()).isEqualTo(report.datasets().size());
        NodeList findings = (NodeList) xpath.evaluate("//table[@class='findings']/tbody/tr", doc,
                XPathConstants.NODESET);
        assertThat(findings.getLength()).isEqualTo(report.findings().size());
        assertThat(xpath.evaluate("count(//script)", doc)).isEqualTo("1");
        assertThat(xpath.evaluate("count(//*[@src])", doc)).isEqualTo("0");
        assertThat(xpath.evaluate("count(//*[@href and not(starts-with(@href, '#'))])", doc)).isEqualTo("0");
        // every in-page link points at an element that exists
        NodeList ids = (NodeList) xpath.evaluate("//@id", doc, XPathConstants.NODESET);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < ids.getLength(); i++) {
            assertThat(seen.add(ids.item(i).getNodeValue())).as("unique id %s", ids.item(i).getNodeValue()).isTrue();
        }
        NodeList links = (NodeList) xpath.evaluate("//a/@href", doc, XPathConstants.NODESET);
        for (int i = 0; i < links.getLength(); i++) {
            assertThat(seen).contains(links.item(i).getNodeValue().substring(1));
        }
        assertThat(xpath.evaluate("/html/head/title", doc)).isNotBlank();
    }

    private static DocumentBuilder parser() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }
}
