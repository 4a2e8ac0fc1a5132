package ua.opendata.ckan.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.Fixtures;

/**
 * read → write → read is lossless on every dataset and resource body in the fixtures: real CKAN
 * 2.10 transcripts (stock and data.gov.ua-like), data.gov.ua samples, stock demo.ckan.org.
 */
class CkanModelRoundTripTest {
    private static final Set<String> DATASET_ACTIONS =
            Set.of("package_show", "package_create", "package_update", "package_patch");
    private static final Set<String> RESOURCE_ACTIONS =
            Set.of("resource_show", "resource_create", "resource_patch", "resource_update");

    static Stream<Arguments> datasets() {
        List<Arguments> out = new ArrayList<>();
        for (String dir :
                List.of("ckan-2.10-transcripts", "ckan-2.10-transcripts-large",
                        "ckan-2.10-dgua-like-transcripts")) {
            for (Path p : Fixtures.files(dir)) {
                ObjectNode t = Fixtures.read(p);
                JsonNode body = Fixtures.responseBody(t);
                if (!body.path("success").asBoolean(false)) {
                    continue;
                }
                String action = Fixtures.action(t);
                JsonNode result = body.get("result");
                if (DATASET_ACTIONS.contains(action)) {
                    out.add(Arguments.of(dir + "/" + p.getFileName(), result));
                } else if (action.equals("package_revise")) {
                    out.add(Arguments.of(dir + "/" + p.getFileName(), result.get("package")));
                } else if (action.equals("package_search")) {
                    int i = 0;
                    for (JsonNode d : result.get("results")) {
                        out.add(Arguments.of(dir + "/" + p.getFileName() + " #" + i++, d));
                    }
                }
            }
        }
        for (String f :
                List.of("datagovua-package_show-opencars-govdata-redacted.json",
                        "stockckan-demo.ckan.org-package_show-17be64bb.json",
                        "stockckan-demo.ckan.org-package_show-62513382.json")) {
            out.add(Arguments.of("portals/" + f,
                    Fixtures.read(Fixtures.dir("portals").resolve(f)).get("result")));
        }
        JsonNode search =
                Fixtures.read(Fixtures.dir("portals").resolve("stockckan-demo.ckan.org-package_search-rows3.json"))
                        .get("result");
        int i = 0;
        for (JsonNode d : search.get("results")) {
            out.add(Arguments.of("portals/stockckan-demo.ckan.org-package_search-rows3.json #" + i++, d));
        }
        return out.stream();
    }

    static Stream<Arguments> resources() {
        List<Arguments> out = new ArrayList<>();
        for (Path p : Fixtures.files("ckan-2.10-transcripts")) {
            ObjectNode t = Fixtures.read(p);
            JsonNode body = Fixtures.responseBody(t);
            if (body.path("success").asBoolean(false) && RESOURCE_ACTIONS.contains(Fixtures.action(t))) {
                out.add(Arguments.of("ckan-2.10-transcripts/" + p.getFileName(), body.get("result")));
            }
        }
        for (String f :
                List.of("datagovua-resource_show-opencars-govdata-redacted.json",
                        "datagovua-resource_show-opencars-wanted-redacted.json")) {
            out.add(Arguments.of("portals/" + f,
                    Fixtures.read(Fixtures.dir("portals").resolve(f)).get("result")));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void datasetRoundTripIsLossless(String name, JsonNode original) {
        ZoneId kyiv = ZoneId.of("Europe/Kyiv");
        CkanDataset read = CkanDataset.fromJson((ObjectNode) original, kyiv);
        ObjectNode written = read.toJson();
        CkanDataset again = CkanDataset.fromJson(written, kyiv);

        assertThat(again).isEqualTo(read);
        // Explicit nulls of typed fields are omitted on write; everything else is identical.
        assertThat(Fixtures.withoutNulls(written)).isEqualTo(Fixtures.withoutNulls(original));
        // Via the write shape too: nothing is dropped for a package_update.
        assertThat(Fixtures.withoutNulls(read.toWrite().toJson()))
                .isEqualTo(Fixtures.withoutNulls(original));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void resourceRoundTripIsLossless(String name, JsonNode original) {
        CkanResource read = CkanResource.fromJson((ObjectNode) original, ZoneOffset.UTC);
        assertThat(CkanResource.fromJson(read.toJson(), ZoneOffset.UTC)).isEqualTo(read);
        assertThat(Fixtures.withoutNulls(read.toJson())).isEqualTo(Fixtures.withoutNulls(original));
        assertThat(Fixtures.withoutNulls(CkanResourceWrite.from(read).toJson()))
                .isEqualTo(Fixtures.withoutNulls(original));
    }

    @Test
    void dataGovUaCustomFieldsAreKeptTopLevel() {
        ObjectNode t =
                Fixtures.read(Fixtures.dir("ckan-2.10-dgua-like-transcripts")
                        .resolve("002-package_show-custom-fields-come-back-top-level.json"));
        CkanDataset d = CkanDataset.fromJson((ObjectNode) Fixtures.responseBody(t).get("result"),
                ZoneOffset.UTC);

        assertThat(d.customText("purpose_of_collecting_information"))
                .contains("Постанова КМУ від 21.10.2015 № 835");
        assertThat(d.customText("update_frequency")).contains("once a month");
        assertThat(d.customText("language")).contains("ua");
        assertThat(d.customText("tag_string")).contains("адреси,реєстр");
        assertThat(d.toWrite().toJson().get("update_frequency").asText()).isEqualTo("once a month");
    }

    @Test
    void stockExtrasAreReadAsExtras() {
        ObjectNode t =
                Fixtures.read(Fixtures.dir("ckan-2.10-transcripts").resolve("024-package_show-by-id.json"));
        CkanDataset d = CkanDataset.fromJson((ObjectNode) Fixtures.responseBody(t).get("result"),
                ZoneOffset.UTC);

        assertThat(d.extra("update_frequency")).contains("once a quarter");
        assertThat(d.resources()).extracting(CkanResource::name)
                .containsExactly("Реєстр (CSV)", "Структура");
        assertThat(d.tags()).extracting(CkanTag::name).containsExactly("відкриті дані", "реєстр");
        assertThat(d.organization()).isNotNull();
        assertThat(d.organization().name()).isEqualTo("misto-rada-4a47b3");
    }

    @Test
    void multilingualObjectsWhereStringsAreExpectedAreKept() throws Exception {
        String json = "{\"id\":\"x\",\"name\":\"n\",\"title\":{\"uk\":\"Назва\",\"en\":\"Title\"},"
                + "\"notes\":[\"a\"],\"num_resources\":\"7\",\"private\":\"no\","
                + "\"resources\":[{\"name\":{\"uk\":\"Ресурс\"},\"size\":\"12\"}],"
                + "\"tags\":[\"not-an-object\"]}";
        ObjectNode original = (ObjectNode) Fixtures.MAPPER.readTree(json);
        CkanDataset d = CkanDataset.fromJson(original, ZoneOffset.UTC);

        assertThat(d.title()).isNull();
        assertThat(d.other().get("title").get("uk").asText()).isEqualTo("Назва");
        assertThat(d.isPrivate()).isNull();
        assertThat(d.tags()).isNull();
        assertThat(d.resources()).hasSize(1);
        assertThat(d.resources().get(0).name()).isNull();
        assertThat(d.resources().get(0).size()).isNull();
        assertThat(d.toJson()).isEqualTo(original);
    }

    @Test
    void modelsStayImmutableThroughTheirTrees() throws Exception {
        ObjectNode original = (ObjectNode) Fixtures.MAPPER.readTree(
                "{\"name\":\"n\",\"custom\":{\"uk\":\"а\"},"
                        + "\"extras\":[{\"key\":\"k\",\"value\":{\"x\":1}}]}");
        CkanDataset d = CkanDataset.fromJson(original, ZoneOffset.UTC);

        ((ObjectNode) d.other().get("custom")).put("uk", "змінено");
        ((ObjectNode) d.extras().get(0).value()).put("x", 2);
        original.put("name", "changed");

        assertThat(d.other().get("custom").get("uk").asText()).isEqualTo("а");
        assertThat(d.extras().get(0).value().get("x").asInt()).isEqualTo(1);
        assertThat(d.name()).isEqualTo("n");
    }

    @Test
    void unknownKeysKeepTheirOrder() throws Exception {
        ObjectNode original =
                (ObjectNode) Fixtures.MAPPER.readTree("{\"z\":1,\"name\":\"n\",\"a\":2,\"m\":3}");
        CkanDataset d = CkanDataset.fromJson(original, ZoneOffset.UTC);

        assertThat(d.other().keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void jacksonBindsTheModelsThroughTheirJsonForm() throws Exception {
        ObjectNode t =
                Fixtures.read(Fixtures.dir("ckan-2.10-transcripts").resolve("024-package_show-by-id.json"));
        JsonNode result = Fixtures.responseBody(t).get("result");
        CkanDataset d = Fixtures.MAPPER.treeToValue(result, CkanDataset.class);

        assertThat(Fixtures.withoutNulls(Fixtures.MAPPER.valueToTree(d)))
                .isEqualTo(Fixtures.withoutNulls(result));
    }
}
