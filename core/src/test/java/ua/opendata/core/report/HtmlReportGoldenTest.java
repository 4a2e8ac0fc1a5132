package ua.opendata.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Compares the Ukrainian page of {@link HtmlReportTest#sample()} with the golden file, byte for byte.
 *
 * <p>After an intended change of the page, regenerate the golden file and review its diff:
 * <pre>
 * ./mvnw -B -q -pl core -am verify -Dtest=HtmlReportGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true
 * </pre>
 * The test passes when it rewrites the file, and fails on any difference otherwise.
 */
class HtmlReportGoldenTest {

    /** Relative to the module directory, where Surefire runs the tests. */
    static final Path GOLDEN = Path.of("src", "test", "resources", "report", "golden-report-uk.html");

    @Test
    void ukrainianPageMatchesTheGoldenFile() throws IOException {
        String actual = HtmlReport.builder().build().render(HtmlReportTest.sample());
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(GOLDEN)) {
            fail("The golden file " + GOLDEN.toAbsolutePath() + " is missing; create it with -Dgolden.update=true");
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (!expected.equals(actual)) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int line = 0;
            while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
                line++;
            }
            fail("The page differs from " + GOLDEN + " first at line " + (line + 1) + ":\n expected: "
                    + (line < e.length ? e[line] : "<end of file>") + "\n actual:   "
                    + (line < a.length ? a[line] : "<end of file>")
                    + "\nIf the change is intended, rerun with -Dgolden.update=true and review the diff.");
        }
        assertThat(actual).isEqualTo(expected);
    }
}
