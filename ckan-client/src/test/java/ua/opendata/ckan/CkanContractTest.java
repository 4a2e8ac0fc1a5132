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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.testkit.FakeCkan;

/**
 * The contract suite: runs against a real CKAN when {@code CKAN_TEST_URL} and {@code
 * CKAN_TEST_API_KEY} (a sysadmin's key or token) are set, against the {@link FakeCkan}
 * otherwise. {@code CKAN_TEST_PROFILE=data-gov-ua} says the portal has data.gov.ua's scheming
 * fields ({@code purpose_of_collecting_information}, {@code update_frequency}, {@code language},
 * {@code tag_string} required top-level, {@code notes} required): datasets are then written with
 * them; the default is {@code stock}. Against the fake the suite runs once per profile (the fake's
 * {@code dataGovUaSchema} mode for {@code data-gov-ua}).
 *
 * <p>Each profile works in an organization of its own (purged at the end); each test creates the
 * datasets it needs (names with a random suffix) and purges them afterwards. Only what the
 * recorded CKAN 2.10.10 exchanges show is asserted: one's own writes are read back with {@code
 * package_show}, search results are awaited (the index lags behind writes) and never used as
 * stamps.
 *
 * <p>Traps of the client's table that no real server can be made to show on demand are covered by
 * the fake-only tests named there: a redirect of a POST, HTML from a proxy with 429/502/503/504,
 * {@code Retry-After}, pacing, concurrency limits and retries, cookies, {@code rows} above a cap
 * (it needs more than 1,000 datasets: here only "no error" is checked), a catalogue changing during
 * a crawl, multilingual objects and the 2.11 {@code id} rule (the contract suite runs as a
 * sysadmin).
 */
@ParameterizedClass(name = "[{0}]")
@MethodSource("profiles")
class CkanContractTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String DGUA = "data-gov-ua";
    private static final Map<String, Portal> PORTALS = new ConcurrentHashMap<>();
    /** Tags given out of alphabetical order, as in the recorded fidelity scenario. */
    private static final List<String> TAGS = List.of("укриття", "адреси", "цивільний захист");

    @Parameter
    String profile;

    private Portal portal;
    private CkanClient ckan;
    private CkanClient anonymous;
    private final List<String> created = new ArrayList<>();

    /** A portal under test: its clients and the organization of this run. */
    private record Portal(FakeCkan fake, String url, String key, CkanClient ckan,
            CkanClient anonymous, String org, String suffix) {}

    static List<String> profiles() {
        if (realUrl() == null) {
            return List.of("stock", DGUA);
        }
        String p = System.getenv("CKAN_TEST_PROFILE");
        return List.of(p == null || p.isBlank() ? "stock" : p.trim());
    }

    private static String realUrl() {
        String url = System.getenv("CKAN_TEST_URL");
        String key = System.getenv("CKAN_TEST_API_KEY");
        return url == null || url.isBlank() || key == null || key.isBlank() ? null : url;
    }

    private static Portal open(String profile) {
        FakeCkan fake = null;
        String url = realUrl();
        String key = System.getenv("CKAN_TEST_API_KEY");
        if (url == null) {
            fake = FakeCkan.builder().dataGovUaSchema(profile.equals(DGUA)).start();
            url = fake.baseUrl();
            key = fake.sysadminKey();
        }
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String org = "uaod-contract-" + suffix;
        CkanClient ckan = CkanClient.builder(url).apiKey(key).build();
        ckan.callTree("organization_create",
                F.objectNode().put("name", org).put("title", "ua-opendata contract " + suffix));
        return new Portal(fake, url, key, ckan, CkanClient.builder(url).build(), org, suffix);
    }

    @BeforeEach
    void connect() {
        portal = PORTALS.computeIfAbsent(profile, CkanContractTest::open);
        ckan = portal.ckan();
        anonymous = portal.anonymous();
    }

    @AfterEach
    void purgeWhatThisTestCreated() {
        for (String id : created) {
            try {
                ckan.callTree("dataset_purge", F.objectNode().put("id", id));
            } catch (CkanException e) {
                // already gone
            }
        }
    }

    @AfterAll
    static void purgeTheOrganizations() {
        for (Portal p : PORTALS.values()) {
            try {
                p.ckan().callTree("organization_purge", F.objectNode().put("id", p.org()));
            } finally {
                p.ckan().close();
                p.anonymous().close();
                if (p.fake() != null) {
                    p.fake().close();
                }
            }
        }
        PORTALS.clear();
    }

    // ------------------------------------------------------------------ helpers

    private boolean dgua() {
        return profile.equals(DGUA);
    }

    private String name(String label) {
        return "uaod-ct-" + portal.suffix() + "-" + label;
    }

    /** A complete dataset in this profile's shape, with the tags given (or one). */
    private CkanDatasetWrite.Builder dataset(String label, List<String> tags) {
        CkanDatasetWrite.Builder b = CkanDatasetWrite.builder().name(name(label))
                .title("Перелік укриттів " + label).notes("Адреси укриттів громади.")
                .ownerOrg(portal.org()).licenseId("cc-by").maintainer("Мельник Андрій")
                .maintainerEmail("opendata@example.gov.ua")
                .resource(CkanResourceWrite.builder().name("Укриття (CSV)")
                        .url("http://example.org/shelters.csv").format("CSV").build());
        if (dgua()) {
            b.field("purpose_of_collecting_information", "Постанова КМУ від 21.10.2015 № 835")
                    .field("update_frequency", "once a month").field("language", "ua")
                    .field("tag_string", String.join(",", tags));
        } else {
            tags.forEach(t -> b.tag(tag(t)));
            b.extra(new CkanExtra("update_frequency", F.textNode("once a month"), Map.of()));
        }
        return b;
    }

    private CkanDatasetWrite.Builder dataset(String label) {
        return dataset(label, List.of("контракт"));
    }

    private static CkanTag tag(String name) {
        return new CkanTag(null, name, null, null, null, Map.of());
    }

    private CkanDataset create(CkanDatasetWrite write) {
        CkanDataset d = ckan.packageCreate(write);
        created.add(d.id());
        return d;
    }

    private static List<String> tagNames(CkanDataset d) {
        return d.tags().stream().map(CkanTag::name).toList();
    }

    private static String stamp(CkanDataset d) {
        return d.metadataModified().raw();
    }

    /** Waits for the search index (a real one lags behind writes); the fake answers at once. */
    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 40; i++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(500);
        }
        return false;
    }

    private CkanSearchQuery byName(String n) {
        return CkanSearchQuery.builder().fq("name:" + n).build();
    }

    // ------------------------------------------------------------------ server and keys

    @Test
    void serverAndCredentials() {
        CkanCapabilities caps = ckan.capabilities();

        assertThat(caps.ckanVersion()).isNotBlank();
        assertThat(ckan.organizationListForUser("create_dataset"))
                .extracting(CkanOrganization::name).contains(portal.org());
        assertThat(anonymous.organizationListForUser("create_dataset")).isEmpty();
    }

    @Test
    void anInvalidKeyIsIgnoredAndTheCallRunsAsAnonymous() {
        try (CkanClient bogus = CkanClient.builder(portal.url()).apiKey("uaod-not-a-key-" + portal.suffix())
                .build()) {
            assertThat(bogus.organizationListForUser("create_dataset")).isEmpty(); // HTTP 200, no error
            assertThatThrownBy(() -> bogus.packageCreate(dataset("bogus").build()))
                    .isInstanceOf(CkanAuthorizationException.class);
        }
    }

    @Test
    void eitherKeyHeaderAloneIsHonouredBy210() {
        for (String header : List.of("Authorization", "X-CKAN-API-Key")) {
            try (CkanClient one = CkanClient.builder(portal.url()).apiKey(portal.key())
                    .keyHeaders(List.of(header)).build()) {
                assertThat(one.organizationListForUser("create_dataset")).as(header)
                        .extracting(CkanOrganization::name).contains(portal.org());
            }
        }
    }

    @Test
    void readsWorkAsGetAndAsPostJson() {
        CkanDataset d = create(dataset("get").build());
        try (CkanClient get = CkanClient.builder(portal.url()).apiKey(portal.key()).getForReads(true)
                .build()) {
            assertThat(get.packageShow(d.name()).id()).isEqualTo(d.id());
            assertThat(get.packageSearch(byName(d.name())).count()).isGreaterThanOrEqualTo(0);
        }
        assertThat(ckan.packageShow(d.name()).id()).isEqualTo(d.id());
    }

    @Test
    void anUnknownActionIsABareStringAnd400() {
        assertThatThrownBy(() -> ckan.callTree("uaod_no_such_action", F.objectNode()))
                .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.isUnknownAction()).isTrue();
                });
        assertThat(ckan.supportsAction("uaod_no_such_action")).isFalse();
        assertThat(ckan.supportsAction("package_show")).isTrue();
    }

    @Test
    void aNonJsonAnswerIsAnUnexpectedResponseWithItsStatus() {
        try (CkanClient lost = CkanClient.builder(portal.url() + "/uaod-no-such-prefix").build()) {
            assertThatThrownBy(lost::statusShow)
                    .isInstanceOfSatisfying(CkanUnexpectedResponseException.class,
                            e -> assertThat(e.httpStatus()).isEqualTo(404));
        }
    }

    // ------------------------------------------------------------------ create, errors

    @Test
    void createShowAndTypedErrors() {
        CkanDataset d = create(dataset("create").build());

        assertThat(ckan.packageShow(d.name())).isEqualTo(d); // one's own write: package_show
        if (dgua()) {
            assertThat(d.customText("update_frequency")).contains("once a month");
            assertThat(d.customText("purpose_of_collecting_information")).isPresent();
        } else {
            assertThat(d.extra("update_frequency")).contains("once a month");
        }
        assertThatThrownBy(() -> ckan.packageCreate(dataset("create").build()))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("name"));
        assertThatThrownBy(() -> anonymous.packageCreate(dataset("anon").build()))
                .isInstanceOf(CkanAuthorizationException.class);
        assertThatThrownBy(() -> anonymous.packageShow(name("missing")))
                .isInstanceOf(CkanNotFoundException.class);
    }

    @Test
    void validationErrorsNameEveryBadField() {
        CkanDatasetWrite bad = dataset("bad").build().toBuilder().name("Погана Назва!")
                .maintainerEmail("not-an-email").build();

        assertThatThrownBy(() -> ckan.packageCreate(bad))
                .isInstanceOfSatisfying(CkanValidationException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.fieldErrors()).containsKeys("name", "maintainer_email");
                });
    }

    @Test
    void searchQueryErrorsAreTyped() {
        assertThatThrownBy(() -> ckan.packageSearch(CkanSearchQuery.builder().q("x")
                .param("uaod_no_such_param", F.textNode("1")).build()))
                .isInstanceOf(CkanSearchQueryException.class);
        assertThatThrownBy(() -> ckan.packageSearch(CkanSearchQuery.builder().q("title:(unbalanced")
                .rows(1).build()))
                .isInstanceOf(CkanSearchException.class);
    }

    @Test
    void rowsAboveTheCapAreNotAnError() {
        var page = ckan.packageSearch(CkanSearchQuery.builder().rows(5000).build());

        assertThat(page.results().size()).isLessThanOrEqualTo(1000).isLessThanOrEqualTo((int) page.count());
    }

    @Test
    void customFieldsAndUnknownKeys() {
        CkanDatasetWrite.Builder b = dataset("custom");
        if (!dgua()) {
            b.field("uaod_unknown_key", "x");
        }
        CkanDataset d = create(b.build());

        if (dgua()) { // top-level keys, no extras for them
            assertThat(d.customText("language")).contains("ua");
            assertThat(d.extra("update_frequency")).isEmpty();
        } else { // the stock schema silently drops an unknown top-level key
            assertThat(d.other()).doesNotContainKey("uaod_unknown_key");
            assertThat(ckan.packageShow(d.id()).other()).doesNotContainKey("uaod_unknown_key");
        }
    }

    // ------------------------------------------------------------------ update, patch, revise

    @Test
    void packageUpdateReplacesWhatWasOmitted() {
        CkanDataset d = create(dataset("lossy").build());
        CkanDatasetWrite.Builder partial = CkanDatasetWrite.builder().id(d.id()).name(d.name())
                .title(d.title()).notes(d.notes()).ownerOrg(portal.org());
        if (dgua()) { // the schema's required fields must be sent again
            d.other().forEach(partial::field);
        }

        CkanDataset after = ckan.packageUpdate(partial.build());

        assertThat(after.resources()).isEmpty();
        if (!dgua()) {
            assertThat(after.tags()).isEmpty();
            assertThat(after.extras()).isEmpty();
        }
    }

    @Test
    void packageUpdateFromToWriteKeepsEverything() {
        CkanDataset d = create(dataset("keep", TAGS).build());

        CkanDataset after = ckan.packageUpdate(ckan.packageShow(d.name()).toWrite().toBuilder()
                .version("2").build());

        assertThat(after.version()).isEqualTo("2");
        assertThat(after.resources()).extracting(CkanResource::id)
                .containsExactlyElementsOf(d.resources().stream().map(CkanResource::id).toList());
        assertThat(tagNames(after)).containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(after.extras()).isEqualTo(d.extras());
        assertThat(after.other()).isEqualTo(d.other());
    }

    @Test
    void packageUpdateTakesANameAlone() {
        CkanDataset d = create(dataset("update-by-name").build());

        CkanDataset after = ckan.packageUpdate(d.toWrite().toBuilder().id(null).notes("Без id.").build());

        assertThat(after.id()).isEqualTo(d.id());
        assertThat(after.notes()).isEqualTo("Без id.");
    }

    @Test
    void packagePatchNeedsAnIdAndTheClientSendsTheName() {
        CkanDataset d = create(dataset("patch-by-name").build());
        ObjectNode nameOnly = F.objectNode().put("name", d.name()).put("notes", "x");

        assertThatThrownBy(() -> ckan.callTree("package_patch", nameOnly)) // as the server answers
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(409));
        CkanDataset patched = ckan.packagePatch(CkanDatasetWrite.builder().name(d.name())
                .notes("Оновлений опис.").build());

        assertThat(patched.id()).isEqualTo(d.id());
        assertThat(patched.notes()).isEqualTo("Оновлений опис.");
    }

    @Test
    void packagePatchIsShallow() {
        CkanDataset d = create(dataset("shallow").build());

        CkanDataset notes = ckan.packagePatch(CkanDatasetWrite.builder().id(d.id()).notes("Змінений опис")
                .build());
        CkanDataset resources = ckan.packagePatch(CkanDatasetWrite.builder().id(d.id())
                .resource(CkanResourceWrite.builder().name("Лише один").url("http://example.org/1.csv")
                        .build()).build());

        assertThat(notes.resources()).hasSize(1);
        assertThat(tagNames(notes)).containsExactly("контракт");
        assertThat(resources.resources()).extracting(CkanResource::name).containsExactly("Лише один");
        assertThat(resources.notes()).isEqualTo("Змінений опис");
    }

    @Test
    void packageReviseComparesAndSwapsOnTheStampFromPackageShow() {
        CkanDataset d = create(dataset("revise").build());
        ObjectNode match = F.objectNode().put("id", d.id()).put("metadata_modified", stamp(d));

        CkanDataset revised = ckan.packageRevise(match, F.objectNode().put("title", "Переглянутий"));

        assertThat(revised.title()).isEqualTo("Переглянутий");
        assertThatThrownBy(() -> ckan.packageRevise(match, F.objectNode().put("title", "x")))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("match"));
        ObjectNode fresh = F.objectNode().put("id", d.id())
                .put("metadata_modified", stamp(ckan.packageShow(d.id())));
        assertThat(ckan.packageRevise(fresh, F.objectNode().put("title", "Ще раз")).title())
                .isEqualTo("Ще раз");
    }

    @Test
    void aWriteThatChangesNothingStillMovesTheStamp() {
        CkanDataset d = create(dataset("noop", TAGS).build());
        CkanDataset before = ckan.packageShow(d.id());

        CkanDataset same = ckan.packageUpdate(before.toWrite());
        CkanDataset after = ckan.packageShow(d.id());

        assertThat(stamp(after)).isEqualTo(stamp(same)).isNotEqualTo(stamp(before));
        assertThat(after.metadataModified().instant()).isAfter(before.metadataModified().instant());
        assertThat(after.notes()).isEqualTo(before.notes());
        ObjectNode stale = F.objectNode().put("id", d.id()).put("metadata_modified", stamp(before));
        assertThatThrownBy(() -> ckan.packageRevise(stale, F.objectNode().put("notes", "CAS")))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("match"));
    }

    @Test
    void tagsComeBackSortedWhateverTheOrderSent() {
        CkanDataset d = create(dataset("tags", TAGS).build());
        List<String> sorted = TAGS.stream().sorted().toList();

        assertThat(tagNames(d)).containsExactlyElementsOf(sorted);
        assertThat(tagNames(ckan.packageShow(d.id()))).containsExactlyElementsOf(sorted);
        if (dgua()) { // derived from the tags, so sorted too
            assertThat(d.customText("tag_string")).contains(String.join(",", sorted));
        }
        List<String> reversed = new ArrayList<>(sorted);
        java.util.Collections.reverse(reversed);
        ObjectNode update = dgua() ? F.objectNode().put("tag_string", String.join(",", reversed))
                : F.objectNode().set("tags", F.arrayNode().addAll(reversed.stream()
                        .map(t -> (com.fasterxml.jackson.databind.JsonNode) F.objectNode().put("name", t))
                        .toList()));
        CkanDataset reordered = ckan.packageRevise(F.objectNode().put("id", d.id())
                .put("metadata_modified", stamp(ckan.packageShow(d.id()))), update);

        assertThat(tagNames(reordered)).containsExactlyElementsOf(sorted); // a set, not a string
        assertThat(stamp(reordered)).isNotEqualTo(stamp(d));
    }

    @Test
    void resourcesSentWithoutIdAreReplaced() {
        CkanDataset d = create(dataset("replaced").build());
        CkanResource old = d.resources().get(0);

        CkanDataset after = ckan.packageUpdate(d.toWrite().toBuilder()
                .resources(List.of(CkanResourceWrite.builder().name(old.name()).url(old.url())
                        .format(old.format()).build()))
                .build());

        CkanResource now = after.resources().get(0);
        assertThat(now.id()).isNotEqualTo(old.id());
        assertThat(now.created().raw()).isNotEqualTo(old.created().raw());
        assertThatThrownBy(() -> ckan.resourceShow(old.id())).isInstanceOf(CkanNotFoundException.class);
    }

    // ------------------------------------------------------------------ resources

    @Test
    void aLinkHasCreatedButNoLastModifiedEvenAfterAMetadataPatch() {
        CkanDataset d = create(dataset("link").build());
        CkanResource link = ckan.resourceCreate(CkanResourceWrite.builder().packageId(d.id()).name("API")
                .url("http://example.org/api").format("API").build());

        CkanResource patched = ckan.resourcePatch(CkanResourceWrite.builder().id(link.id())
                .description("Опис ресурсу.").build());

        assertThat(link.created()).isNotNull();
        assertThat(link.lastModified()).isNull();
        assertThat(d.resources().get(0).lastModified()).isNull();
        assertThat(patched.description()).isEqualTo("Опис ресурсу.");
        assertThat(patched.lastModified()).isNull();
        assertThat(patched.created()).isEqualTo(link.created());
        assertThat(ckan.resourceShow(link.id()).lastModified()).isNull();
    }

    @Test
    void uploadSetsLastModifiedAndSwitchingToALinkNeedsAnEmptyUrlType(@TempDir Path dir)
            throws Exception {
        CkanDataset d = create(dataset("upload").build());
        Path file = dir.resolve("contract.csv");
        Files.writeString(file, "id,назва\n1,тест\n", StandardCharsets.UTF_8);

        CkanResource up = ckan.resourceCreate(
                CkanResourceWrite.builder().packageId(d.id()).name("Файл").format("CSV").build(), file);
        CkanResource cut = ckan.resourcePatch(CkanResourceWrite.builder().id(up.id())
                .url("http://example.org/new/location/data.csv").build());
        CkanResource link = ckan.resourcePatch(CkanResourceWrite.builder().id(up.id())
                .url("http://example.org/link.csv").urlType("").build());

        assertThat(up.urlType()).isEqualTo("upload");
        assertThat(up.size()).isEqualTo(Files.size(file));
        assertThat(up.lastModified()).isNotNull();
        assertThat(cut.urlType()).isEqualTo("upload"); // the trap: only the last segment is kept
        assertThat(cut.url()).endsWith("/data.csv").doesNotStartWith("http://example.org/");
        assertThat(link.url()).isEqualTo("http://example.org/link.csv");
        ckan.resourceDelete(up.id());
        assertThatThrownBy(() -> ckan.resourceShow(up.id())).isInstanceOf(CkanException.class);
    }

    @Test
    void anUploadOverTheClientsLimitFailsBeforeSending(@TempDir Path dir) throws Exception {
        CkanDataset d = create(dataset("too-big").build());
        Path file = Files.write(dir.resolve("big.csv"), new byte[2048]);
        try (CkanClient small = CkanClient.builder(portal.url()).apiKey(portal.key()).maxUploadBytes(1024)
                .build()) {
            assertThatThrownBy(() -> small.resourceCreate(
                    CkanResourceWrite.builder().packageId(d.id()).name("Завеликий").build(), file))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(ckan.packageShow(d.id()).resources()).hasSize(1);
    }

    @Test
    void reviseWithTwoFilesInOneCall(@TempDir Path dir) throws Exception {
        CkanDataset d = create(dataset("two-files").build());
        Path a = Files.writeString(dir.resolve("a.csv"), "a\n1\n", StandardCharsets.UTF_8);
        Path b = Files.writeString(dir.resolve("b.csv"), "b\n2\n", StandardCharsets.UTF_8);
        ObjectNode match = F.objectNode().put("id", d.id()).put("metadata_modified", stamp(d));
        List<CkanFileUpload> files = List.of(
                CkanFileUpload.newResource(CkanResourceWrite.builder().name("A").format("CSV").build(), a),
                CkanFileUpload.newResource(CkanResourceWrite.builder().name("B").format("CSV").build(), b));

        CkanRevision rev = ckan.packageReviseFiles(match, F.objectNode(), files, CkanUploadProgress.none());

        assertThat(rev.dataset().resources()).hasSize(3);
        assertThat(rev.files()).extracting(u -> u.resource().name()).containsExactly("A", "B");
        assertThat(rev.files()).allSatisfy(u -> assertThat(u.resource().urlType()).isEqualTo("upload"));
        assertThat(rev.files().get(1).resource().size()).isEqualTo(Files.size(b));
    }

    // ------------------------------------------------------------------ safe update, search

    @Test
    void safeUpdateKeepsEverythingAndDetectsAConcurrentChange() {
        CkanDataset d = create(dataset("safe", TAGS).build());

        CkanDataset updated = ckan.safeUpdate(d.name(), w -> w.toBuilder().notes("Безпечно").build());
        assertThatThrownBy(() -> ckan.safeUpdate(d.name(), w -> {
            ckan.packagePatch(CkanDatasetWrite.builder().id(d.id()).notes("Хтось інший").build());
            return w.toBuilder().notes("Моє").build();
        })).isInstanceOf(CkanConflictException.class);

        assertThat(updated.notes()).isEqualTo("Безпечно");
        assertThat(updated.resources()).hasSize(1);
        assertThat(tagNames(updated)).containsExactlyInAnyOrderElementsOf(TAGS);
        assertThat(ckan.packageShow(d.id()).notes()).isEqualTo("Хтось інший");
    }

    @Test
    void searchAndHarvestTheOrganization() throws Exception {
        CkanDataset d = create(dataset("search").build());
        CkanSearchQuery q = CkanSearchQuery.builder().fq("organization:" + portal.org()).build();

        assertThat(eventually(() -> ckan.harvest(q, 10).map(CkanDataset::name).toList().contains(d.name())))
                .as("the index shows the dataset").isTrue();
        try (java.util.stream.Stream<CkanDataset> s = ckan.harvest(q, new HarvestOptions(1, 2))) {
            assertThat(s.map(CkanDataset::name).toList()).contains(d.name()).doesNotHaveDuplicates();
        }
        assertThat(ckan.packageSearch(q).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void privateDatasetsNeedAKey() throws Exception {
        CkanDataset d = create(dataset("private").isPrivate(true).build());
        CkanSearchQuery q = CkanSearchQuery.builder().fq("name:" + d.name()).includePrivate(true).build();

        assertThat(ckan.packageShow(d.id()).isPrivate()).isTrue();
        assertThatThrownBy(() -> anonymous.packageShow(d.id())).isInstanceOf(CkanAuthorizationException.class);
        assertThat(eventually(() -> ckan.packageSearch(q).count() == 1)).isTrue();
        assertThat(anonymous.packageSearch(q).count()).isZero(); // silently public data only
    }

    @Test
    void organizationExtrasComeBackAndAllFieldsListsArePaged() {
        String org = "uaod-contract-edrpou-" + portal.suffix();
        ObjectNode o = F.objectNode().put("name", org).put("title", "Щастинська МВА (тест)");
        o.putArray("extras").addObject().put("key", "edrpou").put("value", "44536124");
        ckan.callTree("organization_create", o);
        try {
            CkanOrganization shown = ckan.organizationShow(org);

            assertThat(shown.extras()).anySatisfy(e -> {
                assertThat(e.key()).isEqualTo("edrpou");
                assertThat(e.value().asText()).isEqualTo("44536124");
            });
            assertThat(ckan.organizationListAllFields()).extracting(CkanOrganization::name)
                    .contains(org, portal.org()).hasSameSizeAs(ckan.organizationList());
        } finally {
            ckan.callTree("organization_purge", F.objectNode().put("id", org));
        }
    }

    @Test
    void deleteIsSoftAndTheNameCanBeUsedAgain() {
        CkanDataset d = create(dataset("deleted").build());

        ckan.packageDelete(d.name());

        assertThat(ckan.packageShow(d.id()).state()).isEqualTo("deleted");
        assertThatThrownBy(() -> anonymous.packageShow(d.id())).isInstanceOf(CkanAuthorizationException.class);
        CkanDataset again = create(dataset("deleted").build());
        assertThat(again.id()).isNotEqualTo(d.id());
        assertThat(again.state()).isEqualTo("active");
        assertThat(again.name()).isEqualTo(d.name());
    }
}
