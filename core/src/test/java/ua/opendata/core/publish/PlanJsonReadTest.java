package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.passport.UpdateFrequency;

/** A plan written with {@link PlanJson} reads back equal, applies as the original does, and bad input is refused. */
class PlanJsonReadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(1);
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-20T09:30:00.123456Z"), ZoneOffset.UTC);

    /** One fake portal with a publisher that has every kind of plan item: create, update, upload, conflict… */
    private static final class Portal implements AutoCloseable {
        final FakeCkan ckan;
        final CkanClient client;
        final CityPublisher city = new CityPublisher(8);
        final Map<String, Path> files = new LinkedHashMap<>();
        final PublishOptions options = PublishOptions.builder(CityPublisher.ORG)
                .rulebook(Rulebook.create(RulebookConfig.defaults())).build();

        /**
         * kr-001…kr-008 and legacy-0001 on the portal; then kr-002 and kr-004 retitled (update), a new file for
         * kr-003 (upload), kr-009…kr-012 added (create), kr-010 with a too long purpose (blocked), kr-011 with an
         * unknown frequency (conflict).
         */
        Portal(Path dir, Clock clock) throws IOException {
            ckan = FakeCkan.builder().dataGovUaSchema(true).clock(clock).start();
            client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            ckan.seedDatasets(CityPublisher.ORG, "legacy", 1);
            PortalPublisher.create(client).apply(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                    PublishOptions.builder(CityPublisher.ORG).validate(false).build()), GO);
            for (int i = 9; i <= 12; i++) {
                city.add(CityPublisher.passport(i));
            }
            retitle(2);
            retitle(4);
            Files.createDirectories(dir);
            Path f = dir.resolve("kr-003.csv");
            Files.writeString(f, "id;назва\n3;об'єкт\n", StandardCharsets.UTF_8);
            files.put(city.passports.get("kr-003").distributions().get(0).url(), f);
            city.replace(city.passports.get("kr-010").toBuilder().purpose("Постанова КМУ № 835. ".repeat(30)).build());
            city.replace(city.passports.get("kr-011").toBuilder()
                    .updateFrequency(UpdateFrequency.parse("коли буде потреба")).build());
        }

        private void retitle(int i) {
            String id = String.format("kr-%03d", i);
            city.replace(city.passports.get(id).toBuilder().title("Оновлена назва " + i).build());
        }

        PublishPlan plan() {
            return PortalPublisher.create(client).plan(city.register(), city.passports, files, options);
        }

        @Override
        public void close() {
            client.close();
            ckan.close();
        }
    }

    private static byte[] bytes(PublishPlan plan) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(plan, out);
        return out.toByteArray();
    }

    @Test
    void aWrittenPlanReadsBackEqualAndAppliesAsTheOriginalDoes(@TempDir Path dir) throws IOException {
        try (Portal a = new Portal(dir.resolve("a"), FIXED); Portal b = new Portal(dir.resolve("b"), FIXED)) {
            PublishPlan original = a.plan();
            assertThat(original.summary()).containsEntry(PlanAction.CREATE, 3L).containsEntry(PlanAction.UPDATE, 2L)
                    .containsEntry(PlanAction.UPLOAD, 1L).containsEntry(PlanAction.CONFLICT, 1L)
                    .containsEntry(PlanAction.PORTAL_ONLY, 1L);
            assertThat(original.items()).anySatisfy(i -> assertThat(i.blockingFindings()).isNotEmpty());
            assertThat(original.items()).anySatisfy(i -> assertThat(i.notes()).isNotEmpty());
            Path file = dir.resolve("plans/plan.json");
            PlanJson.write(b.plan(), file);

            PublishPlan read = PlanJson.read(file);

            // the portals are alike (same seed, same clock, same files' contents), so are the plans
            assertThat(read.items()).hasSameSizeAs(original.items());
            assertThat(bytes(read)).isEqualTo(Files.readAllBytes(file));
            PublishPlan bOriginal = b.plan();
            assertThat(read).isEqualTo(bOriginal);
            assertThat(read.render(Locale.ENGLISH)).isEqualTo(bOriginal.render(Locale.ENGLISH));
            assertThat(read.summary()).isEqualTo(original.summary());

            // forced: the rulebook's ERROR findings (no structure link for tabular data) do not block
            PublishResult fromOriginal = PortalPublisher.create(a.client).apply(original, GO.force(true));
            PublishResult fromRead = PortalPublisher.create(b.client).apply(read, GO.force(true));

            assertThat(fromRead).isEqualTo(fromOriginal);
            assertThat(fromRead.count(ItemResult.Outcome.DONE)).isEqualTo(5);
            assertThat(fromRead.count(ItemResult.Outcome.FAILED)).isEqualTo(1); // kr-010: the portal refuses 630 characters
            assertThat(b.plan().items()).extracting(PlanItem::action)
                    .containsOnly(PlanAction.UNCHANGED, PlanAction.CREATE, PlanAction.CONFLICT, PlanAction.PORTAL_ONLY);
            assertThat(b.plan().summary()).isEqualTo(a.plan().summary());
        }
    }

    @Test
    void aReadPlanKeepsTheStampsSoAChangeSinceThePlanIsStillAConflict(@TempDir Path dir) throws IOException {
        try (Portal p = new Portal(dir, Clock.systemUTC())) {
            Path file = dir.resolve("plan.json");
            PlanJson.write(p.plan(), file);
            var kr2 = p.client.packageShow("kr-002");
            p.client.packagePatch(kr2.toWrite().toBuilder().title("Назва від редактора порталу").build());
            PublishPlan read = PlanJson.read(file);

            PublishResult result = PortalPublisher.create(p.client).apply(read, GO.force(true));

            ItemResult kr2Result = result.items().get(1);
            assertThat(kr2Result.name()).isEqualTo("kr-002");
            assertThat(kr2Result.outcome()).as(result.render(Locale.ENGLISH)).isEqualTo(ItemResult.Outcome.CONFLICT);
            assertThat(p.client.packageShow("kr-002").title()).isEqualTo("Назва від редактора порталу");
        }
    }

    @Test
    void aCrashedApplyIsFinishedFromThePlanFileWithoutDuplicates(@TempDir Path dir) {
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            CityPublisher city = new CityPublisher(10);
            PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();
            Path file = dir.resolve("plan.json");
            PlanJson.write(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options), file);
            // the portal takes four creates, then fails every write (as if it went down)
            for (int i = 0; i < 4; i++) {
                ckan.enqueue(ua.opendata.ckan.testkit.FakeCkanFault.delay(Duration.ZERO).onlyFor("package_create"));
            }
            for (int i = 0; i < 6; i++) {
                ckan.enqueue(ua.opendata.ckan.testkit.FakeCkanFault.html(500).onlyFor("package_create"));
            }

            PublishResult crashed = PortalPublisher.create(client).apply(PlanJson.read(file), GO);
            PublishResult rerun = PortalPublisher.create(client).apply(PlanJson.read(file), GO);

            assertThat(crashed.count(ItemResult.Outcome.DONE)).isEqualTo(4);
            assertThat(crashed.count(ItemResult.Outcome.FAILED)).isEqualTo(6);
            assertThat(rerun.count(ItemResult.Outcome.DONE)).as(rerun.render(Locale.ENGLISH)).isEqualTo(10);
            assertThat(rerun.items().subList(0, 4)).allSatisfy(r -> {
                assertThat(r.calls()).isEmpty();
                assertThat(r.message().en()).isEqualTo("Already as planned: nothing had to be written.");
            });
            assertThat(rerun.items().subList(4, 10)).allSatisfy(r -> assertThat(r.calls()).containsExactly("package_create"));
            assertThat(client.harvest(ua.opendata.ckan.CkanSearchQuery.builder().fq("organization:" + CityPublisher.ORG)
                    .build()).map(d -> d.name()).toList()).hasSize(10).doesNotHaveDuplicates();
            assertThat(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options).items())
                    .extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        }
    }

    static Stream<Arguments> brokenPlans() {
        return Stream.of(
                broken("another format version", "$.format", "does not read",
                        root -> root.put("format", "ua-opendata-publish-plan/2")),
                broken("not a plan at all", "$.format", "is not a publish plan",
                        root -> root.put("format", "ua-opendata-passport/1")),
                broken("an unknown key on an item", "$.items[0].extra", "unknown key",
                        root -> item(root, 0).put("extra", 1)),
                broken("a missing passport key", "$.items[0].passport", "missing",
                        root -> item(root, 0).remove("passport")),
                broken("a writing item without its passport", "$.items[0].passport", "needs its dataset name and passport",
                        root -> item(root, 0).putNull("passport")),
                broken("an unknown action", "$.items[1].action", "not one of CREATE, UPDATE",
                        root -> item(root, 1).put("action", "DELETE")),
                broken("a number where a string goes", "$.items[1].changes[0].field", "must be a string",
                        root -> ((ObjectNode) item(root, 1).withArray("changes").get(0)).put("field", 7)),
                broken("a summary that does not match the items", "$.summary.CREATE", "the items have",
                        root -> ((ObjectNode) root.get("summary")).put("CREATE", 99)),
                broken("an item cut out", "$.summary.UPDATE", "cut short",
                        root -> root.withArray("items").remove(1)),
                broken("a bad checksum", "$.items[2].uploads[0].sha256", "64 lower-case hexadecimal",
                        root -> ((ObjectNode) item(root, 2).withArray("uploads").get(0)).put("sha256", "abc")),
                broken("a dataset name that is no CKAN name", "$.items[0].name", "not a valid CKAN dataset name",
                        root -> item(root, 0).put("name", "../../etc/passwd")),
                broken("an unknown profile", "$.profile", "unknown profile",
                        root -> root.put("profile", "ckan-3")),
                broken("a broken passport inside", "$.items[0].passport.title", "title",
                        root -> ((ObjectNode) item(root, 0).get("passport")).put("title", 12)),
                broken("an array where the items go", "$.items", "must be a JSON array",
                        root -> root.put("items", "none")));
    }

    private static Arguments broken(String name, String path, String says, Consumer<ObjectNode> edit) {
        return Arguments.of(name, path, says, edit);
    }

    private static ObjectNode item(ObjectNode root, int index) {
        return (ObjectNode) root.withArray("items").get(index);
    }

    /** A small valid plan: UPDATE kr-001, UPDATE kr-002 (changes), UPLOAD kr-003, as the fake gives it. */
    private static ObjectNode validPlan(Path dir) throws IOException {
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            CityPublisher city = new CityPublisher(3);
            PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();
            PortalPublisher.create(client).apply(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                    options), GO);
            city.replace(city.passports.get("kr-001").toBuilder().title("Нова 1").build());
            city.replace(city.passports.get("kr-002").toBuilder().title("Нова 2").build());
            Path f = dir.resolve("kr-003.csv");
            Files.writeString(f, "id\n3\n", StandardCharsets.UTF_8);
            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports,
                    Map.of(city.passports.get("kr-003").distributions().get(0).url(), f), options);
            assertThat(plan.items()).extracting(PlanItem::action)
                    .containsExactly(PlanAction.UPDATE, PlanAction.UPDATE, PlanAction.UPLOAD);
            return (ObjectNode) JSON.readTree(bytes(plan));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPlans")
    void aBrokenPlanIsRefusedNamingTheJsonPath(String name, String path, String says, Consumer<ObjectNode> edit,
                                                @TempDir Path dir) throws IOException {
        ObjectNode root = validPlan(dir);
        PlanJson.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "valid.json"); // the base is fine
        edit.accept(root);
        byte[] broken = JSON.writeValueAsBytes(root);

        assertThatThrownBy(() -> PlanJson.read(new ByteArrayInputStream(broken), "plan.json"))
                .isInstanceOfSatisfying(PlanJsonException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo(path);
                    assertThat(e.sourceName()).isEqualTo("plan.json");
                    assertThat(e.getMessage()).startsWith("plan.json: " + path + ": ").contains(says);
                    assertThat(e.getMessage(LocalizedText.UKRAINIAN)).startsWith("plan.json: " + path + ": ")
                            .isNotEqualTo(e.getMessage());
                });
    }

    static Stream<Arguments> hostileInputs() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        return Stream.of(
                Arguments.of("empty input", "", "empty"),
                Arguments.of("not JSON", "{\"format\": ", "not valid JSON"),
                Arguments.of("a JSON array", "[1, 2]", "must be a JSON object"),
                Arguments.of("a duplicate key", "{\"format\": \"ua-opendata-publish-plan/1\", \"format\": \"x\"}",
                        "Duplicate field"),
                Arguments.of("trailing content", "{\"format\": \"x\"} {}", "not valid JSON"),
                Arguments.of("nesting 5,000 deep", deep, "exceeds a limit"),
                Arguments.of("a 2 MB string", "{\"format\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}", "exceeds a limit"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputIsRefusedSafely(String name, String input, String says) {
        byte[] in = input.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> PlanJson.read(new ByteArrayInputStream(in), "hostile.json"))
                .isInstanceOfSatisfying(PlanJsonException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$");
                    assertThat(e.getMessage()).startsWith("hostile.json: $: ").contains(says);
                });
    }

    @Test
    void aPlanLargerThanTheLimitIsRefusedBeforeItIsAllRead(@TempDir Path dir) throws IOException {
        byte[] plan = JSON.writeValueAsBytes(validPlan(dir));
        PlanJson.read(new ByteArrayInputStream(plan), "plan.json", plan.length); // exactly the limit: fine

        assertThatThrownBy(() -> PlanJson.read(new ByteArrayInputStream(plan), "plan.json", plan.length - 1))
                .isInstanceOfSatisfying(PlanJsonException.class, e -> {
                    assertThat(e.jsonPath()).isEqualTo("$");
                    assertThat(e.getMessage()).contains("exceeds a limit", "at most " + (plan.length - 1) + " bytes");
                });
    }

    @Test
    void aFileThatIsMissingIsAnIoErrorNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-plan.json");

        assertThatThrownBy(() -> PlanJson.read(missing))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void theItemsKeepTheirOrderAndNullsRoundTrip(@TempDir Path dir) throws IOException {
        ObjectNode root = validPlan(dir);
        ArrayNode items = root.withArray("items");

        PublishPlan plan = PlanJson.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "plan.json");

        for (int k = 0; k < items.size(); k++) {
            assertThat(plan.items().get(k).name()).isEqualTo(items.get(k).get("name").asText());
        }
        assertThat(plan.items().get(0).reason()).isNull();
        assertThat(plan.items().get(2).uploads().get(0).storedSha256()).isNull();
        assertThat(plan.items()).allSatisfy(i -> assertThat(i.portalModified()).isNotBlank());
        assertThat(bytes(plan)).isEqualTo(bytes(PlanJson.read(new ByteArrayInputStream(bytes(plan)), "again")));
    }
}
