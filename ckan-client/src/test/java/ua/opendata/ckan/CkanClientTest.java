package ua.opendata.ckan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanOrganization;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.model.CkanSearchPage;
import ua.opendata.ckan.model.CkanStatus;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeRequest;

/** The typed calls of {@link CkanClient} against the {@link FakeCkan}. */
class CkanClientTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private FakeCkan fake;
    private CkanClient admin;
    private CkanClient user;
    private CkanClient anonymous;

    @BeforeEach
    void start() {
        fake = FakeCkan.start();
        fake.createOrganization("misto-rada", "Міська рада");
        fake.addMember("misto-rada", "lab_user", "editor");
        admin = client(fake.sysadminKey());
        user = client(fake.userKey());
        anonymous = CkanClient.builder(fake.baseUrl()).retryPolicy(RetryPolicy.none()).build();
    }

    @AfterEach
    void stop() {
        admin.close();
        user.close();
        anonymous.close();
        fake.close();
    }

    private CkanClient client(String key) {
        return CkanClient.builder(fake.baseUrl()).apiKey(key).retryPolicy(RetryPolicy.none()).build();
    }

    private static CkanDatasetWrite.Builder dataset(String name) {
        return CkanDatasetWrite.builder()
                .name(name)
                .title("Реєстр наборів даних")
                .notes("Перелік наборів даних.")
                .ownerOrg("misto-rada")
                .licenseId("cc-by")
                .tag(new CkanTag(null, "реєстр", null, null, null, Map.of()))
                .extra(new CkanExtra("update_frequency", F.textNode("once a quarter"), Map.of()))
                .resource(CkanResourceWrite.builder().name("CSV").url("http://example.org/r.csv")
                        .format("CSV").build())
                .resource(CkanResourceWrite.builder().name("JSON").url("http://example.org/r.json")
                        .format("JSON").field("schema_url", "http://example.org/schema.json").build());
    }

    @Test
    void statusShowIsTyped() {
        CkanStatus s = anonymous.statusShow();

        assertThat(s.ckanVersion()).isEqualTo("2.10.10");
        assertThat(s.extensions()).contains("activity", "datastore");
    }

    @Test
    void createShowAndSearchADataset() {
        CkanDataset created = user.packageCreate(dataset("reyestr").build());

        CkanDataset shown = anonymous.packageShow("reyestr");
        CkanSearchPage<CkanDataset> page = anonymous.packageSearch(
                CkanSearchQuery.builder().fq("organization:misto-rada").rows(10).build());

        assertThat(shown).isEqualTo(created);
        assertThat(shown.title()).isEqualTo("Реєстр наборів даних");
        assertThat(shown.extra("update_frequency")).contains("once a quarter");
        assertThat(shown.resources()).extracting(CkanResource::format).containsExactly("CSV", "JSON");
        assertThat(shown.resources().get(1).other().get("schema_url").asText())
                .isEqualTo("http://example.org/schema.json");
        assertThat(shown.metadataModified().instant()).isNotNull();
        assertThat(page.count()).isEqualTo(1);
        assertThat(page.results()).extracting(CkanDataset::name).containsExactly("reyestr");
    }

    @Test
    void timestampsUseTheConfiguredZone() {
        user.packageCreate(dataset("zoned").build());
        try (CkanClient kyiv = CkanClient.builder(fake.baseUrl()).zone(ZoneId.of("Europe/Kyiv"))
                .build()) {
            CkanDataset utc = anonymous.packageShow("zoned");
            CkanDataset local = kyiv.packageShow("zoned");

            assertThat(local.metadataModified().raw()).isEqualTo(utc.metadataModified().raw());
            assertThat(java.time.Duration.between(local.metadataModified().instant(),
                    utc.metadataModified().instant()).abs().toHours()).isBetween(2L, 3L);
        }
    }

    @Test
    void packageUpdateFromToWriteKeepsEverything() {
        user.packageCreate(dataset("keep").build());
        CkanDataset before = user.packageShow("keep");

        CkanDataset after = user.packageUpdate(before.toWrite().toBuilder().title("Новий").build());

        assertThat(after.title()).isEqualTo("Новий");
        assertThat(after.resources()).hasSize(2);
        assertThat(after.resources()).extracting(CkanResource::id)
                .containsExactlyElementsOf(before.resources().stream().map(CkanResource::id).toList());
        assertThat(after.tags()).extracting(CkanTag::name).containsExactly("реєстр");
        assertThat(after.extra("update_frequency")).contains("once a quarter");
    }

    @Test
    void packageUpdateWithAPartialBodyDeletesWhatWasOmitted() {
        user.packageCreate(dataset("lossy").build());

        CkanDataset after = user.packageUpdate(CkanDatasetWrite.builder().name("lossy")
                .title("Лише назва").ownerOrg("misto-rada").build());

        assertThat(after.resources()).isEmpty();
        assertThat(after.tags()).isEmpty();
        assertThat(after.extras()).isEmpty();
    }

    @Test
    void packagePatchIsShallow() {
        user.packageCreate(dataset("patched").build());

        CkanDataset notes = user.packagePatch(CkanDatasetWrite.builder().name("patched")
                .notes("Оновлений опис").build());
        CkanDataset resources = user.packagePatch(CkanDatasetWrite.builder().name("patched")
                .resource(CkanResourceWrite.builder().name("Лише один").url("http://example.org/1.csv")
                        .build()).build());

        assertThat(notes.notes()).isEqualTo("Оновлений опис");
        assertThat(notes.resources()).hasSize(2);
        assertThat(resources.resources()).extracting(CkanResource::name).containsExactly("Лише один");
        assertThat(resources.notes()).isEqualTo("Оновлений опис");
    }

    @Test
    void packagePatchByNameSendsTheNameAsIdBecauseCkanRefusesAPatchWithoutId() {
        user.packageCreate(dataset("by-name").build());
        ObjectNode raw = F.objectNode().put("name", "by-name").put("notes", "x");
        assertThatThrownBy(() -> user.callTree("package_patch", raw)) // as recorded on CKAN 2.10.10
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.getMessage()).contains("package_patch"));

        CkanDataset patched = user.packagePatch(CkanDatasetWrite.builder().name("by-name")
                .notes("Через назву").build());

        assertThat(patched.notes()).isEqualTo("Через назву");
        FakeRequest sent = fake.requests().get(fake.requests().size() - 1);
        assertThat(sent.bodyExcerpt()).contains("\"id\":\"by-name\"");
    }

    @Test
    void packageReviseComparesAndSwaps() {
        CkanDataset d = user.packageCreate(dataset("revised").build());
        ObjectNode match = F.objectNode().put("id", d.id())
                .put("metadata_modified", d.metadataModified().raw());

        CkanDataset revised = user.packageRevise(match, F.objectNode().put("title", "Перший"));

        assertThat(revised.title()).isEqualTo("Перший");
        assertThatThrownBy(() -> user.packageRevise(match, F.objectNode().put("title", "Другий")))
                .isInstanceOfSatisfying(CkanValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("match"));
        assertThat(user.packageShow("revised").title()).isEqualTo("Перший");
    }

    @Test
    void safeUpdateKeepsEverythingAndDetectsAConcurrentChange() {
        user.packageCreate(dataset("safe").build());

        CkanDataset updated = user.safeUpdate("safe", w -> w.toBuilder().title("Безпечно").build());

        assertThat(updated.title()).isEqualTo("Безпечно");
        assertThat(updated.resources()).hasSize(2);
        assertThat(updated.extra("update_frequency")).contains("once a quarter");
        assertThatThrownBy(() -> user.safeUpdate("safe", w -> {
            admin.packagePatch(CkanDatasetWrite.builder().name("safe").notes("чужа зміна").build());
            return w.toBuilder().title("Втрачено").build();
        })).isInstanceOfSatisfying(CkanConflictException.class, e -> {
            assertThat(e.dataset()).isEqualTo("safe");
            assertThat(e.getMessage()).contains("safe");
        });
        CkanDataset after = user.packageShow("safe");
        assertThat(after.title()).isEqualTo("Безпечно");
        assertThat(after.notes()).isEqualTo("чужа зміна");
    }

    @Test
    void safeUpdateWithoutPackageReviseRereadsAndVerifies() {
        try (FakeCkan old = FakeCkan.builder().packageRevise(false).start();
                CkanClient c = CkanClient.builder(old.baseUrl()).apiKey(old.sysadminKey()).build();
                CkanClient other = CkanClient.builder(old.baseUrl()).apiKey(old.sysadminKey()).build()) {
            old.createOrganization("o-org", "O");
            c.packageCreate(CkanDatasetWrite.builder().name("old-ds").ownerOrg("o-org").build());

            CkanDataset ok = c.safeUpdate("old-ds", w -> w.toBuilder().title("Нова").build());

            assertThat(ok.title()).isEqualTo("Нова");
            assertThat(c.supportsAction("package_revise")).isFalse();
            assertThatThrownBy(() -> c.safeUpdate("old-ds", w -> {
                other.packagePatch(CkanDatasetWrite.builder().name("old-ds").notes("інша").build());
                return w.toBuilder().title("Втрачено").build();
            })).isInstanceOf(CkanConflictException.class);
            assertThat(c.packageShow("old-ds").title()).isEqualTo("Нова");
        }
    }

    @Test
    void packageDeleteIsSoft() {
        user.packageCreate(dataset("gone").build());

        user.packageDelete("gone");

        assertThat(admin.packageShow("gone").state()).isEqualTo("deleted");
        assertThatThrownBy(() -> anonymous.packageShow("gone"))
                .isInstanceOf(CkanAuthorizationException.class);
        assertThat(user.packageCreate(dataset("gone").build()).state()).isEqualTo("active");
    }

    @Test
    void validationErrorsCarryFieldsAndTheAction() {
        user.packageCreate(dataset("taken").build());

        assertThatThrownBy(() -> user.packageCreate(dataset("taken").maintainerEmail("no").build()))
                .isInstanceOfSatisfying(CkanValidationException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("name", "maintainer_email");
                    assertThat(e.action()).isEqualTo("package_create");
                    assertThat(e.httpStatus()).isEqualTo(409);
                    assertThat(e.getMessage()).startsWith("package_create:").contains("maintainer_email");
                    assertThat(e.getMessage(Locale.forLanguageTag("uk"))).contains("дані відхилено");
                });
    }

    @Test
    void notFoundAndAuthorizationAreTyped() {
        assertThatThrownBy(() -> anonymous.packageShow("no-such"))
                .isInstanceOf(CkanNotFoundException.class).hasMessageStartingWith("package_show:");
        assertThatThrownBy(() -> anonymous.packageCreate(dataset("anon").build()))
                .isInstanceOfSatisfying(CkanAuthorizationException.class,
                        e -> assertThat(e.httpStatus()).isEqualTo(403));
        assertThatThrownBy(() -> anonymous.resourceShow("00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(CkanNotFoundException.class);
    }

    @Test
    void searchErrorsAreTyped() {
        assertThatThrownBy(() -> anonymous.packageSearch(CkanSearchQuery.builder().q("x")
                .param("no_such_param", F.textNode("1")).build()))
                .isInstanceOf(CkanSearchQueryException.class);
        assertThatThrownBy(() -> anonymous.packageSearch(
                CkanSearchQuery.builder().q("title:(unbalanced").build()))
                .isInstanceOf(CkanSearchException.class);
    }

    @Test
    void rowsAreSilentlyCappedAndPagingAdvancesByWhatWasReceived() {
        try (FakeCkan small = FakeCkan.builder().rowsMax(7).start();
                CkanClient c = CkanClient.builder(small.baseUrl()).build()) {
            small.createOrganization("o", "O");
            small.seedDatasets("o", "d", 20);

            CkanSearchPage<CkanDataset> first =
                    c.packageSearch(CkanSearchQuery.builder().rows(1000).sort("name asc").build());
            CkanSearchPage<CkanDataset> second = c.packageSearch(CkanSearchQuery.builder().rows(1000)
                    .start(first.results().size()).sort("name asc").build());

            assertThat(first.count()).isEqualTo(20);
            assertThat(first.results()).hasSize(7);
            assertThat(second.results().get(0).name()).isEqualTo("d-0008");
        }
    }

    @Test
    void uploadsStreamAFileAndTheServerServesIt(@TempDir Path dir) throws Exception {
        CkanDataset d = user.packageCreate(dataset("with-file").build());
        Path file = dir.resolve("registry.csv");
        Files.writeString(file, "identifier,title\n1,Перелік\n", StandardCharsets.UTF_8);

        CkanResource r = user.resourceCreate(
                CkanResourceWrite.builder().packageId(d.id()).name("Файл").format("CSV").build(), file);

        assertThat(r.urlType()).isEqualTo("upload");
        assertThat(r.size()).isEqualTo(Files.size(file));
        assertThat(r.url()).endsWith("/download/registry.csv");
        HttpResponse<String> download = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(r.url())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.body()).isEqualTo(Files.readString(file));

        CkanResource link = user.resourcePatch(CkanResourceWrite.builder().id(r.id())
                .url("http://example.org/new/data.csv").urlType("").build());
        assertThat(link.url()).isEqualTo("http://example.org/new/data.csv");
        assertThat(link.urlType()).isEmpty();
    }

    @Test
    void uploadsReportProgressAndAChecksum(@TempDir Path dir) throws Exception {
        CkanDataset d = user.packageCreate(dataset("checked").build());
        Path file = dir.resolve("data.bin");
        byte[] data = new byte[300_000];
        new java.util.Random(7).nextBytes(data);
        Files.write(file, data);
        List<Long> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        CkanUploaded up = user.uploadNew(CkanResourceWrite.builder().packageId(d.id()).build(), file,
                (sent, total) -> {
                    assertThat(total).isEqualTo(data.length);
                    seen.add(sent);
                });

        String expected = java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(up.sha256()).isEqualTo(expected);
        assertThat(up.bytes()).isEqualTo(data.length);
        assertThat(up.resource().size()).isEqualTo(data.length);
        assertThat(seen).isSorted().last().isEqualTo((long) data.length);
        assertThat(seen.size()).isGreaterThan(1);
    }

    @Test
    void switchingAnUploadToALinkWithoutUrlTypeKeepsOnlyTheLastSegment(@TempDir Path dir)
            throws Exception {
        CkanDataset d = user.packageCreate(dataset("trap").build());
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "a\n");
        CkanResource r = user.resourceCreate(
                CkanResourceWrite.builder().packageId(d.id()).name("f").build(), file);

        CkanResource patched = user.resourcePatch(CkanResourceWrite.builder().id(r.id())
                .url("http://example.org/new/location/data.csv").build());

        assertThat(patched.urlType()).isEqualTo("upload");
        assertThat(patched.url()).startsWith(fake.baseUrl()).endsWith("/download/data.csv");
    }

    @Test
    void uploadsOverTheLimitFailBeforeSending(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("big.bin");
        Files.write(file, new byte[2048]);
        int before = fake.requests().size();
        try (CkanClient c = CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey())
                .maxUploadBytes(1024).build()) {
            assertThatThrownBy(() -> c.resourceCreate(
                    CkanResourceWrite.builder().packageId("x").build(), file))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("resource_create").hasMessageContaining("1024");
        }
        assertThat(fake.requests()).hasSize(before);
    }

    @Test
    void serverSideUploadLimitIsAValidationError(@TempDir Path dir) throws Exception {
        try (FakeCkan small = FakeCkan.builder().maxResourceSize(100).start();
                CkanClient c = CkanClient.builder(small.baseUrl()).apiKey(small.userKey()).build()) {
            small.createOrganization("o", "O");
            small.addMember("o", "lab_user", "editor");
            CkanDataset d = c.packageCreate(CkanDatasetWrite.builder().name("dd").ownerOrg("o").build());
            Path file = dir.resolve("big.csv");
            Files.write(file, new byte[500]);

            assertThatThrownBy(() -> c.resourceCreate(
                    CkanResourceWrite.builder().packageId(d.id()).build(), file))
                    .isInstanceOfSatisfying(CkanValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsKey("upload"));
        }
    }

    @Test
    void organizationsTagsLicensesUsers() {
        user.packageCreate(dataset("tagged").build());

        List<String> orgs = anonymous.organizationList();
        CkanOrganization org = anonymous.organizationShow("misto-rada");
        List<CkanOrganization> mine = user.organizationListForUser("create_dataset");

        assertThat(orgs).containsExactly("misto-rada");
        assertThat(org.title()).isEqualTo("Міська рада");
        assertThat(mine).extracting(CkanOrganization::name).containsExactly("misto-rada");
        assertThat(anonymous.organizationListForUser("create_dataset")).isEmpty();
        assertThat(anonymous.tagList()).containsExactly("реєстр");
        assertThat(anonymous.groupList()).isEmpty();
        assertThat(anonymous.licenseList()).extracting(l -> l.id()).contains("cc-by", "cc-zero");
        assertThat(anonymous.userShow("lab_user").name()).isEqualTo("lab_user");
    }

    @Test
    void organizationsWithAllFieldsArePagedPastTheCapOf25() {
        for (int i = 1; i <= 32; i++) {
            fake.createOrganization(String.format("org-%02d", i), "Org " + i);
        }

        List<CkanOrganization> all = anonymous.organizationListAllFields();
        JsonNode capped = anonymous.callTree("organization_list",
                F.objectNode().put("all_fields", true).put("limit", 50));

        assertThat(capped).hasSize(25);
        assertThat(all).hasSize(33).extracting(CkanOrganization::name).doesNotHaveDuplicates()
                .contains("misto-rada", "org-01", "org-32");
    }

    @Test
    void verifyCredentialsDetectsAnIgnoredKey() {
        try (CkanClient bogus = client("0000-not-a-real-key")) {
            CkanCredentials ok = user.verifyCredentials("lab_user");
            CkanCredentials ignored = bogus.verifyCredentials("lab_user");
            CkanCredentials none = anonymous.verifyCredentials("lab_user");

            assertThat(ok.keyAccepted()).isTrue();
            assertThat(ok.publishableOrganizations()).extracting(CkanOrganization::name)
                    .containsExactly("misto-rada");
            assertThat(ignored.keySent()).isTrue();
            assertThat(ignored.keyAccepted()).isFalse();
            assertThat(ignored.publishableOrganizations()).isEmpty();
            assertThat(none.keySent()).isFalse();
        }
    }

    @Test
    void genericCallsForAnyAction() {
        record Status(String ckan_version) {}

        JsonNode tree = anonymous.callTree("status_show", F.objectNode());
        Status typed = anonymous.call("status_show", F.objectNode(), Status.class);

        assertThat(tree.get("site_title").asText()).isEqualTo("CKAN");
        assertThat(typed.ckan_version()).isEqualTo("2.10.10");
        assertThatThrownBy(() -> anonymous.callTree("no_such_action", F.objectNode()))
                .isInstanceOfSatisfying(CkanUnexpectedResponseException.class, e -> {
                    assertThat(e.isUnknownAction()).isTrue();
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.getMessage()).startsWith("no_such_action:");
                });
    }

    @Test
    void sendsTheRawKeyInBothHeadersAsPostJsonWithoutCookies() {
        user.statusShow();
        user.statusShow();

        FakeRequest r = fake.requests().get(fake.requests().size() - 1);
        assertThat(r.method()).isEqualTo("POST");
        assertThat(r.header("Content-Type")).startsWith("application/json");
        assertThat(r.header("Authorization")).isEqualTo(fake.userKey());
        assertThat(r.header("X-CKAN-API-Key")).isEqualTo(fake.userKey());
        assertThat(r.header("User-Agent")).startsWith("ua-opendata-ckan-client");
        assertThat(r.header("Cookie")).isNull();
    }

    @Test
    void getForReadsAndCustomKeyHeader() {
        try (CkanClient c = CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey())
                .keyHeaders(List.of("X-Custom-Token")).getForReads(true).build()) {
            c.packageSearch(CkanSearchQuery.builder().q("реєстр").rows(1).build());

            FakeRequest r = fake.requests().get(fake.requests().size() - 1);
            assertThat(r.method()).isEqualTo("GET");
            assertThat(r.path()).contains("rows=1");
            assertThat(r.header("X-Custom-Token")).isEqualTo(fake.userKey());
            assertThat(r.header("Authorization")).isNull();
        }
    }

    @Test
    void theKeyNeverShowsInToString() {
        assertThat(user.toString()).doesNotContain(fake.userKey()).contains("***");
        assertThat(CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey()).toString())
                .doesNotContain(fake.userKey());
    }

    @Test
    void noApiKeyForgetsTheKeyAndABlankKeyIsNone() {
        assertThat(CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey()).noApiKey().toString())
                .contains("key=none");
        assertThat(CkanClient.builder(fake.baseUrl()).apiKey("  ").toString()).contains("key=none");
        assertThatThrownBy(() -> CkanClient.builder(fake.baseUrl()).apiKey(null))
                .isInstanceOf(NullPointerException.class);
        try (CkanClient c = CkanClient.builder(fake.baseUrl()).apiKey(fake.userKey()).noApiKey()
                .retryPolicy(RetryPolicy.none()).build()) {
            assertThat(c.toString()).contains("key=none");
            assertThatThrownBy(() -> c.callTree("organization_create",
                    JsonNodeFactory.instance.objectNode().put("name", "x-org")))
                    .isInstanceOf(CkanException.class);
        }
    }

    @Test
    void builderFailsFast() {
        assertThatThrownBy(() -> CkanClient.builder("ftp://x")).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("https://data.gov.ua");
        assertThatThrownBy(() -> CkanClient.builder("http://x").maxConcurrentRequests(0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CkanClient.builder("http://x").keyHeaders(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> user.packageUpdate(CkanDatasetWrite.builder().title("t").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package_update");
    }

    @Test
    void dataGovUaLikeCustomFieldsRoundTripThroughTheClient() {
        try (FakeCkan dgua = FakeCkan.builder().dataGovUaSchema(true).start();
                CkanClient c = CkanClient.builder(dgua.baseUrl()).apiKey(dgua.userKey()).build()) {
            dgua.createOrganization("rada", "Рада");
            dgua.addMember("rada", "lab_user", "editor");
            CkanDatasetWrite w = CkanDatasetWrite.builder().name("adresy").title("Адреси")
                    .notes("Перелік адрес.").ownerOrg("rada")
                    .field("purpose_of_collecting_information", "Постанова КМУ № 835")
                    .field("update_frequency", "once a month").field("language", "ua")
                    .field("tag_string", "адреси,реєстр").build();

            CkanDataset created = c.packageCreate(w);
            CkanDataset updated = c.packageUpdate(created.toWrite().toBuilder().title("Нові").build());

            assertThat(updated.customText("update_frequency")).contains("once a month");
            assertThat(updated.customText("purpose_of_collecting_information"))
                    .contains("Постанова КМУ № 835");
            assertThatThrownBy(() -> c.packageCreate(w.toBuilder().name("bad")
                    .field("update_frequency", "weekly").build()))
                    .isInstanceOfSatisfying(CkanValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("update_frequency"));
        }
    }

    @Test
    void includePrivateOnlyWorksWhenAuthenticated() {
        user.packageCreate(dataset("private-one").isPrivate(true).build());
        user.packageCreate(dataset("public-one").build());
        CkanSearchQuery q = CkanSearchQuery.builder().includePrivate(true).build();

        try (CkanClient ignoredKey = client("not-a-key-the-server-knows")) {
            assertThat(user.packageSearch(q).results()).extracting(CkanDataset::name)
                    .containsExactlyInAnyOrder("private-one", "public-one");
            // anonymous, or a key the server ignores: silently public data only
            assertThat(anonymous.packageSearch(q).results()).extracting(CkanDataset::name)
                    .containsExactly("public-one");
            assertThat(ignoredKey.packageSearch(q).results()).extracting(CkanDataset::name)
                    .containsExactly("public-one");
            assertThat(ignoredKey.verifyCredentials("lab_user").keyAccepted()).isFalse();
        }
    }
}
