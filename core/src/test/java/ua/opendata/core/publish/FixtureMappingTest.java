package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.core.internal.mapping.PortalKeys;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.Passport;

/**
 * Real CKAN responses (a CKAN 2.10 configured like data.gov.ua, data.gov.ua itself, demo.ckan.org): read
 * into a passport, written back from the current state, nothing owned by others changes, and the owned
 * fields come back as they were (but for the identifier extra the SDK adds).
 */
class FixtureMappingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> RESOURCE_OWNED = Set.of("name", "url", "format", "mimetype", "size");

    static Stream<Arguments> datasets() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (String f : List.of("002-package_show-custom-fields-come-back-top-level.json",
                "006-package_create-free-form-extras-beside-schema-fields.json",
                "007-package_patch-change-update-frequency-only.json")) {
            out.add(Arguments.of(f, PortalProfile.dataGovUa(), (ObjectNode) transcriptResult(f)));
        }
        int n = 0;
        for (JsonNode d : transcriptResult("009-package_search-custom-fields-in-search-results.json").get("results")) {
            out.add(Arguments.of("009 search result " + (++n), PortalProfile.dataGovUa(), (ObjectNode) d));
        }
        out.add(Arguments.of("data.gov.ua opencars (redacted)", PortalProfile.dataGovUa(),
                (ObjectNode) envelopeResult("datagovua-package_show-opencars-govdata-redacted.json")));
        for (String f : List.of("stockckan-demo.ckan.org-package_show-17be64bb.json",
                "stockckan-demo.ckan.org-package_show-62513382.json")) {
            out.add(Arguments.of(f, PortalProfile.stockCkan(), (ObjectNode) envelopeResult(f)));
        }
        n = 0;
        for (JsonNode d : envelopeResult("stockckan-demo.ckan.org-package_search-rows3.json").get("results")) {
            out.add(Arguments.of("demo.ckan.org search result " + (++n), PortalProfile.stockCkan(), (ObjectNode) d));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void writingBackChangesNothingOwnedByOthers(String name, PortalProfile profile, ObjectNode body) {
        CkanDataset current = CkanDataset.fromJson(body);
        Passport p = profile.fromDataset(current).passport();
        String org = current.organization() != null && current.organization().name() != null
                ? current.organization().name() : "org";
        PublishTarget target = new PublishTarget(org, current.name() != null ? current.name() : "redacted",
                current.licenseId() != null ? current.licenseId() : "cc-by");

        CkanDatasetWrite w = profile.toDataset(p, target, current);

        ObjectNode before = current.toWrite().toJson();
        ObjectNode after = w.toJson();
        List<String> owned = PortalKeys.ownedTopLevel(profile == PortalProfile.dataGovUa());
        before.properties().forEach(e -> {
            String k = e.getKey();
            if (!owned.contains(k) && !Set.of("tags", "extras", "resources", "name").contains(k)) {
                assertThat(after.get(k)).as("%s: key %s", name, k).isEqualTo(e.getValue());
            }
        });
        assertThat(foreignExtras(w.extras())).isEqualTo(foreignExtras(current.toWrite().extras()));
        int count = current.resources() == null ? 0 : current.resources().size();
        assertThat(w.resources()).hasSize(count);
        for (int i = 0; i < count; i++) {
            ObjectNode rb = before.get("resources").get(i).deepCopy();
            ObjectNode ra = after.get("resources").get(i).deepCopy();
            rb.remove(RESOURCE_OWNED);
            ra.remove(RESOURCE_OWNED);
            ra.remove(List.of(PortalKeys.R_DISTRIBUTION, PortalKeys.R_ROLE));
            assertThat(ra).as("%s: resource %d", name, i).isEqualTo(rb);
        }
        // the target sets the name and licence only where the (redacted) sample has none
        List<String> changed = OwnedView.diff(view(profile, current.toWrite(), p), view(profile, w, p)).stream()
                .map(c -> c.field()).toList();
        assertThat(changed).as(name).allSatisfy(f -> assertThat(f.startsWith("extras.r835_")
                || (f.equals("name") && current.name() == null)
                || (f.equals("license_id") && current.licenseId() == null)).as(f).isTrue());
        if (current.name() != null) {
            assertThat(changed).contains("extras.r835_identifier");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void readingKeepsTheHeldElements(String name, PortalProfile profile, ObjectNode body) {
        CkanDataset current = CkanDataset.fromJson(body);

        Passport p = profile.fromDataset(current).passport();

        assertThat(p.identifier()).isEqualTo(current.name() != null ? current.name() : null);
        assertThat(p.title()).isEqualTo(current.title());
        assertThat(p.description()).isEqualTo(current.notes());
        int resources = current.resources() == null ? 0 : current.resources().size();
        assertThat(p.distributions().size() + (p.structure() == null ? 0 : 1)).isEqualTo(resources);
        assertThat(p.distributions()).extracting(Distribution::url).doesNotContainNull();
        if (profile == PortalProfile.dataGovUa() && current.customText("purpose_of_collecting_information").isPresent()) {
            assertThat(p.purpose()).isEqualTo(current.customText("purpose_of_collecting_information").get());
            assertThat(p.updateFrequency()).isNotNull();
            assertThat(p.updateFrequency().isKnown()).isTrue();
            assertThat(p.language()).isEqualTo("uk");
            assertThat(String.join(",", p.keywords())).isEqualTo(current.customText("tag_string").get());
        }
        if (current.metadataCreated() != null) {
            assertThat(p.firstPublished().toInstant()).isEqualTo(current.metadataCreated().instant());
        }
    }

    private static Map<String, @Nullable String> view(PortalProfile profile, CkanDatasetWrite w, Passport p) {
        Map<String, @Nullable Distribution> wanted = PortalKeys.wanted(p);
        return OwnedView.of(w, PortalKeys.ownedTopLevel(profile == PortalProfile.dataGovUa()), wanted.keySet(),
                p.structure() == null ? null : p.structure().url());
    }

    private static List<String> foreignExtras(@Nullable List<CkanExtra> extras) {
        List<String> out = new ArrayList<>();
        if (extras != null) {
            extras.stream().filter(e -> e.key() == null || !e.key().startsWith("r835_"))
                    .forEach(e -> out.add(e.key() + "=" + e.value()));
        }
        return out;
    }

    static JsonNode transcriptResult(String file) throws IOException {
        JsonNode t = read(file);
        return JSON.readTree(t.get("response").get("body_text").asText()).get("result");
    }

    static JsonNode envelopeResult(String file) throws IOException {
        return read(file).get("result");
    }

    static JsonNode read(String file) throws IOException {
        try (InputStream in = FixtureMappingTest.class.getResourceAsStream("/portal/" + file)) {
            assertThat(in).as("test resource /portal/%s", file).isNotNull();
            return JSON.readTree(in);
        }
    }
}
