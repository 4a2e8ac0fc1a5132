package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * The contract suite: runs against a real CKAN when {@code CKAN_TEST_URL} and {@code
 * CKAN_TEST_API_KEY} (a sysadmin's key or token) are set, against the {@link FakeCkan}
 * otherwise. It creates its own organization and datasets (names with a random suffix) and
 * purges them at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CkanContractTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeCkan fake;
    private CkanClient ckan;
    private CkanClient anonymous;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String org = "uaod-contract-" + suffix;
    private final String name = "uaod-contract-ds-" + suffix;
    private final List<String> created = new ArrayList<>();

    @BeforeAll
    void connect() {
        String url = System.getenv("CKAN_TEST_URL");
        String key = System.getenv("CKAN_TEST_API_KEY");
        if (url == null || url.isBlank() || key == null || key.isBlank()) {
            fake = FakeCkan.start();
            url = fake.baseUrl();
            key = fake.sysadminKey();
        }
        ckan = CkanClient.builder(url).apiKey(key).build();
        anonymous = CkanClient.builder(url).build();
        ObjectNode o = F.objectNode().put("name", org).put("title", "ua-opendata contract " + suffix);
        ckan.callTree("organization_create", o);
    }

    @AfterAll
    void cleanUp() {
        try {
            for (String d : created) {
                try {
                    ckan.callTree("dataset_purge", F.objectNode().put("id", d));
                } catch (CkanException e) {
                    // already gone
                }
            }
            ckan.callTree("organization_purge", F.objectNode().put("id", org));
        } finally {
            ckan.close();
            anonymous.close();
            if (fake != null) {
                fake.close();
            }
        }
    }

    @Test
    @Order(1)
    void serverAndCredentials() {
        CkanCapabilities caps = ckan.capabilities();

        assertThat(caps.ckanVersion()).isNotBlank();
        assertThat(ckan.organizationListForUser("create_dataset"))
                .extracting(o -> o.name()).contains(org);
        assertThat(anonymous.organizationListForUser("create_dataset")).isEmpty();
    }

    @Test
    @Order(2)
    void createShowAndErrors() {
        CkanDataset d = ckan.packageCreate(CkanDatasetWrite.builder()
                .name(name).title("Контрактний набір").notes("Перевірка клієнта.")
                .ownerOrg(org).licenseId("cc-by")
                .tag(new CkanTag(null, "контракт", null, null, null, Map.of()))
                .extra(new CkanExtra("update_frequency", F.textNode("once a year"), Map.of()))
                .resource(CkanResourceWrite.builder().name("CSV").url("http://example.org/c.csv")
                        .format("CSV").build())
                .build());
        created.add(d.id());

        assertThat(ckan.packageShow(name)).isEqualTo(d);
        assertThat(d.extra("update_frequency")).contains("once a year");
        assertThatThrownBy(() -> ckan.packageCreate(CkanDatasetWrite.builder().name(name)
                .ownerOrg(org).build()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> anonymous.packageCreate(CkanDatasetWrite.builder()
                .name(name + "-anon").ownerOrg(org).build()))
                .isInstanceOf(CkanAuthorizationException.class);
        assertThatThrownBy(() -> anonymous.packageShow(name + "-missing"))
                .isInstanceOf(CkanNotFoundException.class);
    }

    @Test
    @Order(3)
    void patchReviseAndSafeUpdate() {
        CkanDataset patched = ckan.packagePatch(CkanDatasetWrite.builder().name(name)
                .notes("Змінений опис").build());
        assertThat(patched.resources()).hasSize(1);

        ObjectNode match = F.objectNode().put("name", name)
                .put("metadata_modified", patched.metadataModified().raw());
        CkanDataset revised = ckan.packageRevise(match, F.objectNode().put("title", "Переглянутий"));
        assertThat(revised.title()).isEqualTo("Переглянутий");
        assertThatThrownBy(() -> ckan.packageRevise(match, F.objectNode().put("title", "x")))
                .isInstanceOf(CkanValidationException.class);

        CkanDataset updated = ckan.packageUpdate(revised.toWrite().toBuilder().version("2").build());
        assertThat(updated.version()).isEqualTo("2");
        assertThat(updated.resources()).hasSize(1);
        assertThat(updated.tags()).extracting(CkanTag::name).containsExactly("контракт");
        assertThat(updated.extra("update_frequency")).contains("once a year");
    }

    @Test
    @Order(4)
    void uploadAndSwitchToALink(@TempDir Path dir) throws Exception {
        CkanDataset d = ckan.packageShow(name);
        Path file = dir.resolve("contract.csv");
        Files.writeString(file, "id,назва\n1,тест\n", StandardCharsets.UTF_8);

        CkanResource up = ckan.resourceCreate(
                CkanResourceWrite.builder().packageId(d.id()).name("Файл").format("CSV").build(), file);
        CkanResource link = ckan.resourcePatch(CkanResourceWrite.builder().id(up.id())
                .url("http://example.org/link.csv").urlType("").build());

        assertThat(up.urlType()).isEqualTo("upload");
        assertThat(up.size()).isEqualTo(Files.size(file));
        assertThat(link.url()).isEqualTo("http://example.org/link.csv");
        ckan.resourceDelete(up.id());
        assertThatThrownBy(() -> ckan.resourceShow(up.id())).isInstanceOf(CkanException.class);
    }

    @Test
    @Order(5)
    void reviseWithTwoFilesInOneCall(@TempDir Path dir) throws Exception {
        CkanDataset d = ckan.packageShow(name);
        Path a = Files.writeString(dir.resolve("a.csv"), "a\n1\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.csv"), "b\n2\n", StandardCharsets.UTF_8);
        ObjectNode match = F.objectNode().put("id", d.id())
                .put("metadata_modified", d.metadataModified().raw());
        List<CkanFileUpload> files = List.of(
                CkanFileUpload.newResource(CkanResourceWrite.builder().name("A").format("CSV").build(), a),
                CkanFileUpload.newResource(CkanResourceWrite.builder().name("B").format("CSV").build(), b));
        if (!ckan.capabilities().supportsPackageRevise()) { // CKAN before 2.9
            assertThatThrownBy(() -> ckan.packageReviseFiles(match, null, files, null))
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class,
                            e -> assertThat(e.isUnknownAction()).isTrue());
            return;
        }

        CkanRevision rev = ckan.packageReviseFiles(match, null, files, null);

        assertThat(rev.dataset().resources()).hasSize(d.resources().size() + 2);
        assertThat(rev.files()).extracting(u -> u.resource().name()).containsExactly("A", "B");
        assertThat(rev.files()).allSatisfy(u -> assertThat(u.resource().urlType()).isEqualTo("upload"));
        assertThat(rev.files().get(1).resource().size()).isEqualTo(Files.size(b));
        for (CkanUploaded u : rev.files()) {
            ckan.resourceDelete(u.resource().id());
        }
    }

    @Test
    @Order(6)
    void searchAndHarvestTheOrganization() throws Exception {
        CkanSearchQuery q = CkanSearchQuery.builder().fq("organization:" + org).build();
        List<String> names = List.of();
        for (int i = 0; i < 20 && names.isEmpty(); i++) { // the search index may lag behind writes
            names = ckan.harvest(q, 10).map(CkanDataset::name).toList();
            if (names.isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(names).containsExactly(name);
        assertThat(ckan.packageSearch(q).count()).isEqualTo(1);
        try (java.util.stream.Stream<CkanDataset> s = ckan.harvest(q, new HarvestOptions(1, 2))) {
            assertThat(s.map(CkanDataset::name).toList()).containsExactly(name);
        }
    }

    @Test
    @Order(7)
    void softDelete() {
        ckan.packageDelete(name);

        assertThat(ckan.packageShow(name).state()).isEqualTo("deleted");
        assertThatThrownBy(() -> anonymous.packageShow(name))
                .isInstanceOf(CkanAuthorizationException.class);
    }
}
