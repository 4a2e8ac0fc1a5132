package ua.opendata.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a clerk opens it: written by {@code opendata validate}, rendered by a real headless
 * Chromium, its script run. The rendered DOM has the KPI, the "fix these first" list with a person per
 * card and the per-person chart with a bar; a screenshot of the first 1280×1000 pixels shows the
 * list's cards (their border colour) and the red of the missed KPI.
 *
 * <p>Where Chromium comes from: {@code chromium} on the PATH, or the file in {@code CHROMIUM}. When the
 * environment variable {@code OPENDATA_BROWSER_TEST} is {@code required} (CI's {@code .ci/run} sets it
 * and installs Debian's {@code chromium}), a missing browser fails the test; otherwise it is reported as
 * skipped, so that a developer without Chromium can still run {@code ./mvnw verify}.
 */
class ReportInBrowserTest {
    /** The border colour of a "fix these first" card (report.css). */
    private static final int FIX_FIRST_BORDER = 0xB00020;
    /** The colour of a missed KPI and of late bars (report.css, --bad). */
    private static final int BAD = 0xB42318;

    @TempDir
    Path work;

    @Test
    void theReportShowsTheKpiTheFixFirstListAndThePerPersonChart() throws Exception {
        Path chromium = chromium();
        JavaProcess.Result run = JavaProcess.run(work, Map.of(), OpendataCommand.class,
                "validate", "--lang", "uk", "--out", "report");
        assertThat(run.exit()).as(run.err()).isZero();
        Path html = work.resolve("report/report.html");

        String dom = chromium(chromium, "--dump-dom", html.toUri().toString());
        assertThat(dom).contains("<html lang=\"uk\">");
        // the script ran: it shows the filter it hides in the markup
        assertThat(dom).containsPattern("<div class=\"filter\" id=\"datasets-filter\">");
        assertThat(section(dom, "kpi")).contains("з 23 наборів відповідають").contains("Ціль не досягнуто");
        String fix = section(dom, "fix-first");
        assertThat(fix).contains("Виправте насамперед").contains("підніме KPI з");
        assertThat(count(fix, "<div class=\"fix-person\">")).isGreaterThanOrEqualTo(2);
        assertThat(fix).contains("наборів: ");
        String charts = section(dom, "charts");
        String perPerson = charts.substring(charts.indexOf("id=\"chart-overdue\""));
        assertThat(perPerson).contains("<svg class=\"chart\"").contains("<rect class=\"bar-late\"")
                .contains("Мельник А. І.");
        assertThat(dom).doesNotContain("hidden=\"\" id=\"fix-first\"");

        Path png = work.resolve("first-screen.png");
        chromium(chromium, "--screenshot=" + png, "--window-size=1280,1000", html.toUri().toString());
        BufferedImage shot = ImageIO.read(png.toFile());
        assertThat(shot).as("screenshot").isNotNull();
        assertThat(pixels(shot, FIX_FIRST_BORDER)).as("pixels of the fix-first cards on the first screen")
                .isGreaterThan(100);
        assertThat(pixels(shot, BAD)).as("pixels of the missed KPI").isGreaterThan(100);
    }

    /**
     * A register of 250 datasets (the sample's rows over again, renamed) gives a paged page: opened at
     * {@code #datasets-page-2}, the script loads the rows 101–200 from {@code report-data/001.js} with a
     * script tag (over file://) and shows them with their findings; a title that tries to close the
     * script is shown as text.
     */
    @Test
    void pageTwoOfALargeReportShowsRowsLoadedFromADataFile() throws Exception {
        Path chromium = chromium();
        List<String> sample;
        try (var in = ua.opendata.passport.Register.class.getResourceAsStream(
                "/ua/opendata/passport/sample/sample-register-shchastia.csv")) {
            sample = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
        }
        StringBuilder csv = new StringBuilder(sample.get(0)).append("\r\n");
        // one record per line: the sample's one record over two lines is left out
        List<String> rows = sample.stream().filter(l -> l.matches("shch-\\d+;.*") && l.chars().filter(c -> c == '"')
                .count() % 2 == 0).toList();
        for (int i = 1; i <= 250; i++) {
            String row = rows.get((i - 1) % rows.size()).replaceFirst("^shch-\\d+;", String.format("big-%04d;", i));
            if (i == 150) {
                row = row.replaceFirst("^(big-0150;)[^;]*;", "$1" + HOSTILE.replace("$", "\\$") + ";");
            }
            csv.append(row).append("\r\n");
        }
        Files.writeString(work.resolve("big.csv"), csv, StandardCharsets.UTF_8);
        JavaProcess.Result run = JavaProcess.run(work, Map.of(), OpendataCommand.class,
                "validate", "big.csv", "--lang", "uk", "--out", "report");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(work.resolve("report/report-data/001.js")).exists();
        String page = Files.readString(work.resolve("report/report.html"));
        assertThat(page).doesNotContain(">big-0150<").contains(">big-0100<");

        String dom = chromium(chromium, "--dump-dom", work.resolve("report/report.html").toUri() + "#datasets-page-2");
        String table = dom.substring(dom.indexOf("<table id=\"datasets-table\""), dom.indexOf("</table>",
                dom.indexOf("<table id=\"datasets-table\"")));
        assertThat(table).as("rows 101-200 from report-data/001.js").contains(">big-0101<").contains(">big-0200<")
                .doesNotContain(">big-0100<").doesNotContain(">big-0201<");
        assertThat(count(table, "<tr data-index=")).isEqualTo(100);
        assertThat(dom).contains("Сторінка 2 з 3");
        // the findings shown are those of page 2
        String shown = dom.substring(dom.indexOf("<div id=\"findings-page\">"), dom.indexOf("</section>\n</div>",
                dom.indexOf("<div id=\"findings-page\">")));
        assertThat(shown).contains("<h3><code>big-01").doesNotContain("<h3><code>big-00")
                .doesNotContain("<h3><code>big-02");
        // the hostile title is text, its script never ran
        assertThat(table).contains("&lt;/script&gt;&lt;script&gt;document.title");
        assertThat(dom).doesNotContain("<title>pwned</title>");
    }

    private static final String HOSTILE = "</script><script>document.title='pwned'</script>";

    private static Path chromium() {
        boolean required = "required".equals(System.getenv("OPENDATA_BROWSER_TEST"));
        String given = System.getenv("CHROMIUM");
        List<Path> candidates = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            candidates.add(Path.of(given));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty()) {
                candidates.add(Path.of(dir, "chromium"));
                candidates.add(Path.of(dir, "chromium-browser"));
            }
        }
        for (Path p : candidates) {
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        if (required) {
            fail("OPENDATA_BROWSER_TEST=required but there is no chromium on the PATH (nor in CHROMIUM): "
                    + "install it (apt-get install chromium), as .ci/run does");
        }
        Assumptions.abort("no chromium on the PATH; set OPENDATA_BROWSER_TEST=required to make this a failure");
        throw new AssertionError("not reached");
    }

    private String chromium(Path chromium, String... what) throws Exception {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(work, "profile"), "--virtual-time-budget=5000"));
        command.addAll(List.of(what));
        Path out = Files.createTempFile(work, "chromium", ".out");
        Path err = Files.createTempFile(work, "chromium", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish in 120 s: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as("chromium: %s", Files.readString(err)).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static String section(String dom, String id) {
        int start = dom.indexOf("<section id=\"" + id + "\">");
        assertThat(start).as("section %s in the rendered page", id).isNotNegative();
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    private static int count(String haystack, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
