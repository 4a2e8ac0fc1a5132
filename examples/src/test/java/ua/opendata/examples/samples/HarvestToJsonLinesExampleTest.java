package ua.opendata.examples.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.testkit.FakeCkan;

/** {@link HarvestToJsonLinesExample} against a fake CKAN that pages by 10: the whole portal and one organization. */
class HarvestToJsonLinesExampleTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeCkan ckan;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().rowsMax(10).start();
        ckan.createOrganization("misto-a", "Місто А");
        ckan.createOrganization("misto-b", "Місто Б");
        ckan.seedDatasets("misto-a", "a", 23);
        ckan.seedDatasets("misto-b", "b", 7);
    }

    @AfterEach
    void stop() {
        ckan.close();
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void harvestsTheWholePortalOneDatasetPerLine() throws IOException {
        Path file = dir.resolve("all.jsonl");
        long n = HarvestToJsonLinesExample.run(ckan.baseUrl(), null, null, file, Locale.ENGLISH, out);

        List<JsonNode> nodes = lines(file);
        assertThat(n).isEqualTo(30);
        assertThat(nodes).hasSize(30);
        assertThat(nodes).extracting(j -> j.get("name").asText()).doesNotHaveDuplicates()
                .contains("a-0001", "a-0023", "b-0001", "b-0007");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Done: 30 datasets in " + file);
    }

    @Test
    void mainHarvestsOneOrganizationWithTheKeyFromTheEnvironment() throws IOException {
        Path file = dir.resolve("a.jsonl");
        Captured main = Captured.withKey(ckan.sysadminKey(), Locale.ENGLISH);
        int exit = HarvestToJsonLinesExample.launch(new String[] {ckan.baseUrl(), file.toString(), "misto-a"},
                main.console);

        assertThat(exit).isZero();
        assertThat(lines(file)).hasSize(23)
                .extracting(j -> j.get("organization").get("name").asText()).containsOnly("misto-a");
        assertThat(main.out()).contains("Done: 23 datasets in " + file).doesNotContain(ckan.sysadminKey());
        assertThat(ckan.requests()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(ckan.sysadminKey()));
    }

    @Test
    void mainWithoutTheOutputFileIsWrongUsageAndAsksNothing() {
        Captured main = Captured.withoutKey(Locale.ENGLISH);
        assertThat(HarvestToJsonLinesExample.launch(new String[] {ckan.baseUrl()}, main.console)).isEqualTo(2);
        assertThat(main.err()).startsWith("Usage / Використання: HarvestToJsonLinesExample PORTAL-URL OUT.jsonl");
        assertThat(ckan.requests()).isEmpty();
    }

    @Test
    void harvestsOneOrganizationWithAKey() throws IOException {
        Path file = dir.resolve("b.jsonl");
        long n = HarvestToJsonLinesExample.run(ckan.baseUrl(), ckan.sysadminKey(), "misto-b", file,
                Locale.forLanguageTag("uk"), out);

        List<JsonNode> nodes = lines(file);
        assertThat(n).isEqualTo(7);
        assertThat(nodes).extracting(j -> j.get("organization").get("name").asText()).containsOnly("misto-b");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Готово: 7 наборів у " + file);
        // the key went to the portal, and only in the header
        assertThat(ckan.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("Authorization")).isEqualTo(ckan.sysadminKey());
            assertThat(r.path()).doesNotContain(ckan.sysadminKey());
        });
    }
}
