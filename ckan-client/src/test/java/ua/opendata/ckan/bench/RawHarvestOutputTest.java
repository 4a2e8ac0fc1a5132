package ua.opendata.ckan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.Fixtures;
import ua.opendata.ckan.HarvestOptions;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanRawDataset;

/**
 * The raw harvest of the real 10,000-dataset catalogue: every result comes out exactly as the real
 * CKAN sent it (the recorded bytes), in the same order as the typed harvest, and decodes to the
 * typed harvest's JSON Lines (what {@code opendata harvest} wrote before) byte for byte.
 */
class RawHarvestOutputTest {
    private static final Path PAGES = Fixtures.dir("ckan-2.10-search-pages-10k");
    /** How the CLI wrote a typed dataset as a line before the raw harvest. */
    private static final ObjectMapper LINES = JsonMapper.builder()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();
    private static RecordedCatalogueServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RecordedCatalogueServer.startWithoutCost(PAGES);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "parallelism {0}")
    @ValueSource(ints = {1, 4})
    void rawLinesAreTheRecordedObjectsAndDecodeToTheTypedLines(int parallel) throws Exception {
        CkanSearchQuery q = CkanSearchQuery.builder().fq("organization:perf-org").build();
        List<byte[]> raw = new ArrayList<>();
        List<String> rawIds = new ArrayList<>();
        List<String> typed = new ArrayList<>();
        try (CkanClient client = CkanClient.builder(server.baseUrl()).zone(ZoneOffset.UTC).build()) {
            try (Stream<CkanRawDataset> s = client.harvestRaw(q, new HarvestOptions(1000, parallel))) {
                s.forEach(d -> {
                    raw.add(d.toByteArray());
                    rawIds.add(d.id());
                });
            }
            try (Stream<CkanDataset> s = client.harvest(q, new HarvestOptions(1000, parallel))) {
                Iterator<CkanDataset> it = s.iterator();
                while (it.hasNext()) {
                    typed.add(LINES.writeValueAsString(it.next().toJson()));
                }
            }
        }
        assertThat(raw).hasSize(10_000);
        assertThat(typed).hasSize(10_000);

        // 1. every line is the recorded object, byte for byte: sorted by name (as recorded) and
        //    joined as in the recorded pages, they are the recorded results arrays
        List<byte[]> byName = new ArrayList<>(raw);
        Map<byte[], String> names = new java.util.IdentityHashMap<>();
        for (byte[] b : raw) {
            names.put(b, LINES.readTree(b).get("name").textValue());
        }
        byName.sort(Comparator.comparing(names::get));
        assertThat(join(byName)).isEqualTo(recordedResults());

        // 2. one line each, same datasets in the same order as the typed harvest, and each raw line
        //    decoded the typed way is the typed line byte for byte (nothing lost)
        for (int i = 0; i < raw.size(); i++) {
            byte[] line = raw.get(i);
            assertThat(new String(line, StandardCharsets.UTF_8)).doesNotContain("\n", "\r");
            ObjectNode tree = (ObjectNode) LINES.readTree(line);
            assertThat(tree.get("id").textValue()).isEqualTo(rawIds.get(i));
            String decoded = LINES.writeValueAsString(CkanDataset.fromJson(tree, ZoneOffset.UTC).toJson());
            assertThat(decoded).as("line %d", i).isEqualTo(typed.get(i));
            // 3. and the typed line is the raw line without its null values (the typed model
            //    omits null fields), keys in another order
            assertThat(withoutNulls(tree)).as("line %d", i).isEqualTo(withoutNulls(LINES.readTree(typed.get(i))));
        }
    }

    private static JsonNode withoutNulls(JsonNode n) {
        if (n.isObject()) {
            ObjectNode o = JsonMapper.builder().build().createObjectNode();
            n.properties().forEach(e -> {
                if (!e.getValue().isNull()) {
                    o.set(e.getKey(), withoutNulls(e.getValue()));
                }
            });
            return o;
        }
        if (n.isArray()) {
            var a = JsonMapper.builder().build().createArrayNode();
            n.forEach(e -> a.add(withoutNulls(e)));
            return a;
        }
        return n;
    }

    private static byte[] join(List<byte[]> objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < objects.size(); i++) {
            if (i > 0) {
                out.writeBytes(", ".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(objects.get(i));
        }
        return out.toByteArray();
    }

    /** The recorded pages' results arrays, contents only, joined as one array would be. */
    private static byte[] recordedResults() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int k = 0; k < 10_000; k += 1000) {
            String page;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(PAGES.resolve("page_" + k + ".json.gz")))) {
                page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            int from = page.indexOf("\"results\": [") + "\"results\": [".length();
            int to = page.lastIndexOf("], \"sort\": ");
            assertThat(from).isGreaterThan("\"results\": [".length() - 1);
            assertThat(to).isGreaterThan(from);
            if (k > 0) {
                out.writeBytes(", ".getBytes(StandardCharsets.US_ASCII));
            }
            out.writeBytes(page.substring(from, to).getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
