package ua.opendata.ckan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.model.CkanRawDataset;
import ua.opendata.ckan.model.CkanSearchPage;

class RawSearchPageReaderTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private static final String ONE_LINE = "{\"id\": \"b\", \"name\": \"\\u0431\", \"extras\": "
            + "[{\"key\": \"id\", \"value\": \"not-the-id\"}], \"version\": null, "
            + "\"metadata_modified\": \"2024-01-02T03:04:05.123456\", \"n\": 1.50}";
    private static final String SPREAD = "{\n  \"id\": \"a\",\r\n  \"name\": \"x\\ny\",\n"
            + "  \"metadata_modified\": \"2024-01-01T00:00:00\",\n  \"tags\": [ ]\n}";

    private static CkanSearchPage<CkanRawDataset> read(String result) throws IOException {
        RawSearchPageReader reader = new RawSearchPageReader();
        byte[] body = result.getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = JSON.getFactory().createParser(reader.wrap(new ByteArrayInputStream(body)))) {
            p.nextToken();
            return reader.read(p);
        }
    }

    @Test
    void eachResultIsTheBytesAsSentWithItsKeysRead() throws Exception {
        CkanSearchPage<CkanRawDataset> page = read("{\"count\": 7, \"facets\": {\"a\": [1, 2]}, "
                + "\"results\": [" + ONE_LINE + ",\t" + ONE_LINE.replace("\"b\"", "\"c\"") + "], \"sort\": \"x\"}");

        assertThat(page.count()).isEqualTo(7);
        assertThat(page.results()).hasSize(2);
        CkanRawDataset d = page.results().get(0);
        assertThat(d.json()).isEqualTo(ONE_LINE); // escapes, null and 1.50 as sent
        assertThat(d.id()).isEqualTo("b"); // the top-level id, not the extra's
        assertThat(d.name()).isEqualTo("б");
        assertThat(d.metadataModified()).isEqualTo("2024-01-02T03:04:05.123456");
        assertThat(page.results().get(1).id()).isEqualTo("c");
    }

    @Test
    void aResultSpreadOverLinesIsRewrittenOnOneLineWithTheSameValues() throws Exception {
        CkanSearchPage<CkanRawDataset> page = read("{\"results\": [" + SPREAD + ", " + ONE_LINE + "], \"count\": 2}");

        CkanRawDataset d = page.results().get(0);
        assertThat(d.json()).doesNotContain("\n", "\r");
        assertThat(JSON.readTree(d.json())).isEqualTo(JSON.readTree(SPREAD));
        assertThat(d.name()).isEqualTo("x\ny");
        assertThat(page.results().get(1).json()).isEqualTo(ONE_LINE); // the next one is cut out again
    }

    @Test
    void withoutTheBodyTheResultIsCopied() throws Exception {
        RawSearchPageReader reader = new RawSearchPageReader();
        try (JsonParser p = JSON.treeAsTokens(JSON.readTree("{\"count\": 1, \"results\": [" + SPREAD + "]}"))) {
            p.nextToken();
            CkanRawDataset d = reader.read(p).results().get(0);
            assertThat(JSON.readTree(d.json())).isEqualTo(JSON.readTree(SPREAD));
            assertThat(d.id()).isEqualTo("a");
        }
    }

    @Test
    void aResultThatIsNotAnObjectIsRefused() {
        assertThatThrownBy(() -> read("{\"count\": 1, \"results\": [\"x\"]}"))
                .isInstanceOf(IOException.class).hasMessageContaining("VALUE_STRING");
    }

    @Test
    void theRawDatasetRefusesBytesThatAreNotOneObjectOnOneLine() {
        for (String bad : new String[] {"[1]", "{\n}", "{\"a\": 1}\r", ""}) {
            assertThatThrownBy(() -> new CkanRawDataset(null, null, null, bad.getBytes(StandardCharsets.UTF_8)))
                    .as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("CkanRawDataset: the bytes must be one JSON object on one line / байти мають бути "
                            + "одним об'єктом JSON в одному рядку");
        }
        byte[] ok = "{\"a\": 1}".getBytes(StandardCharsets.UTF_8);
        CkanRawDataset d = new CkanRawDataset("i", "n", null, ok);
        ok[1] = 'X'; // copied: the dataset does not change
        assertThat(d.json()).isEqualTo("{\"a\": 1}");
        assertThat(d.toString()).doesNotContain("\"a\"").contains("8 bytes");
    }
}
