package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import ua.opendata.core.rules.ReportFixtures;
import ua.opendata.core.rules.ValidationReport;

class ReportCsvTest {

    @Test
    void oneRowPerFindingWithBomAndSemicolons() throws IOException {
        ValidationReport report = ReportFixtures.withFindings();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportCsv.defaults().write(report, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrule;severity;dataset;path;message_uk;message_en;fix_uk;fix_en;excerpt;"
                + "location\r\n");
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(1 + report.findings().size());
        assertThat(text).contains("R835-TIMELINESS-LATE;ERROR;" + report.datasets().get(0).identifier() + ";timeliness;");
    }

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://evil\")", "\"'=HYPERLINK(\"\"http://evil\"\")\""),
                Arguments.of("+1+1", "'+1+1"),
                Arguments.of("-2", "'-2"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("plain text", "plain text"),
                Arguments.of("a;b", "\"a;b\""),
                Arguments.of("line1\nline2", "\"line1\nline2\""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void cellsAreDefusedAndQuoted(String value, String expected) {
        assertThat(ReportCsv.defaults().cell(value)).isEqualTo(expected);
    }

    @Test
    void aCommaDelimiterQuotesCommas() {
        assertThat(ReportCsv.defaults().withDelimiter(',').cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportCsv.defaults().withDelimiter(',').cell("a;b")).isEqualTo("a;b");
    }
}
