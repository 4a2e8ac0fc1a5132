package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanSearchQuery;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.ckan.testkit.FakeRequest;
import ua.opendata.core.LocalizedText;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.passport.Passport;
import ua.opendata.passport.UpdateFrequency;

/** Plan, apply and rerun against a fake CKAN configured like data.gov.ua, with a realistic publisher. */
class PublishWorkflowTest {

    private static final int DATASETS = 30;
    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(4);

    private FakeCkan ckan;
    private CkanClient client;
    private CityPublisher city;
    private final PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().dataGovUaSchema(true).start();
        ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
        city = new CityPublisher(DATASETS);
    }

    @AfterEach
    void stop() {
        client.close();
        ckan.close();
    }

    private PublishPlan plan(Map<String, Path> files) {
        return PortalPublisher.create(client).plan(city.register(), city.passports, files, options);
    }

    private List<CkanDataset> onPortal() {
        return client.harvest(CkanSearchQuery.builder().fq("organization:" + CityPublisher.ORG).build()).toList();
    }

    private long writes() {
        return ckan.requests().stream().filter(r -> r.method().equals("POST")
                && (r.path().contains("package_create") || r.path().contains("package_update")
                || r.path().contains("package_revise") || r.path().contains("resource_"))).count();
    }

    @Test
    void aFirstPlanCreatesEveryDatasetAndADryRunWritesNothing() {
        PublishPlan plan = plan(Map.of());

        assertThat(plan.items()).hasSize(DATASETS);
        assertThat(plan.summary().get(PlanAction.CREATE)).isEqualTo(DATASETS);
        PlanItem first = plan.items().get(0);
        assertThat(first.name()).isEqualTo("kr-001");
        assertThat(first.changes()).extracting(FieldChange::field)
                .contains("title", "notes", "purpose_of_collecting_information", "update_frequency", "language", "tag_string");
        assertThat(first.changes()).allSatisfy(c -> assertThat(c.oldValue()).isNull());
        assertThat(first.notes()).extracting(MappingNote::element).contains("publisher.edrpou");

        PublishResult dry = PortalPublisher.create(client).apply(plan, ApplyOptions.dryRun());

        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.count(ItemResult.Outcome.SKIPPED)).isEqualTo(DATASETS);
        assertThat(writes()).isZero();
        assertThat(onPortal()).isEmpty();
    }

    @Test
    void applyCreatesEverythingAndASecondPlanFindsNothingToDo() {
        PublishResult result = PortalPublisher.create(client).apply(plan(Map.of()), GO);

        assertThat(result.count(ItemResult.Outcome.DONE)).as(result.render(Locale.ENGLISH)).isEqualTo(DATASETS);
        assertThat(onPortal()).hasSize(DATASETS);
        assertThat(ckan.maxConcurrentRequests()).isLessThanOrEqualTo(4);
        assertThat(client.packageShow("kr-001").customText("update_frequency"))
                .contains("once a month"); // «щомісячно» sent as the API value
        CkanDataset d = client.packageShow("kr-002");
        assertThat(d.customText("language")).contains("ua");
        assertThat(d.resources()).extracting(CkanResource::format).containsExactly("CSV");

        PublishPlan again = plan(Map.of());

        assertThat(again.items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        assertThat(PortalPublisher.create(client).apply(again, GO).count(ItemResult.Outcome.SKIPPED)).isEqualTo(DATASETS);
    }

    @Test
    void anUpdateShowsTheFieldDiffAndKeepsWhatOthersAdded() {
        PortalPublisher.create(client).apply(plan(Map.of()), GO);
        CkanDataset kr5 = client.packageShow("kr-005");
        // someone else adds an extra, a resource and a group-like custom resource key on the portal
        List<CkanExtra> extras = new ArrayList<>(kr5.extras() == null ? List.of() : kr5.extras());
        extras.add(new CkanExtra("koatuu", com.fasterxml.jackson.databind.node.TextNode.valueOf("3510100000"), Map.of()));
        client.packagePatch(kr5.toWrite().toBuilder().extras(extras).build());
        client.resourceCreate(CkanResourceWrite.builder().packageId(kr5.id()).name("Фото об'єктів")
                .url("https://kr-rada.gov.ua/photos.zip").format("ZIP").field("archiver_note", "kept").build());
        Passport changed = city.passports.get("kr-005").toBuilder().title("Нова назва набору").build();
        city.replace(changed);

        PublishPlan plan = plan(Map.of());

        PlanItem item = plan.items().get(4);
        assertThat(item.action()).isEqualTo(PlanAction.UPDATE);
        assertThat(item.changes()).containsExactly(
                new FieldChange("title", "Набір даних №5 «Перелік об'єктів»", "Нова назва набору"));
        assertThat(plan.summary().get(PlanAction.UNCHANGED)).isEqualTo(DATASETS - 1);

        PublishResult result = PortalPublisher.create(client).apply(plan, GO);

        assertThat(result.items().get(4).outcome()).isEqualTo(ItemResult.Outcome.DONE);
        assertThat(result.items().get(4).calls()).containsExactly("package_revise"); // the fake is CKAN 2.10: compare-and-swap
        CkanDataset after = client.packageShow("kr-005");
        assertThat(after.title()).isEqualTo("Нова назва набору");
        assertThat(after.extra("koatuu")).contains("3510100000");
        assertThat(after.resources()).extracting(CkanResource::name).contains("Фото об'єктів");
        assertThat(after.resources()).filteredOn(r -> "Фото об'єктів".equals(r.name())).singleElement()
                .satisfies(r -> assertThat(r.other().get("archiver_note").asText()).isEqualTo("kept"));
        assertThat(plan(Map.of()).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
    }

    @Test
    void filesAreUploadedOnlyWhenTheirChecksumChanges(@TempDir Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i : new int[] {2, 4, 6}) {
            Path f = dir.resolve("kr-" + i + ".csv");
            Files.writeString(f, "id;назва\n" + i + ";об'єкт\n", StandardCharsets.UTF_8);
            files.put(city.passports.get(String.format("kr-%03d", i)).distributions().get(0).url(), f);
        }
        PublishPlan plan = plan(files);
        assertThat(plan.items().get(1).uploads()).singleElement()
                .satisfies(u -> assertThat(u.sha256()).hasSize(64).isLowerCase());

        PublishResult first = PortalPublisher.create(client).apply(plan, GO);

        assertThat(first.items().get(1).calls()).containsExactly("package_create", "resource_patch");
        CkanResource r = client.packageShow("kr-002").resources().get(0);
        assertThat(r.urlType()).isEqualTo("upload");
        assertThat(r.other().get("r835_sha256").asText()).isEqualTo(plan.items().get(1).uploads().get(0).sha256());
        assertThat(plan(files).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);

        Files.writeString(files.values().iterator().next(), "id;назва\n2;змінений\n", StandardCharsets.UTF_8);
        PublishPlan next = plan(files);

        assertThat(next.items().get(1).action()).isEqualTo(PlanAction.UPLOAD);
        assertThat(next.items().get(1).uploads().get(0).storedSha256()).isEqualTo(r.other().get("r835_sha256").asText());
        assertThat(PortalPublisher.create(client).apply(next, GO).items().get(1).calls()).containsExactly("resource_patch");
        assertThat(plan(files).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
    }

    @Test
    void aRerunAfterACrashHalfWayFinishesWithoutDuplicates(@TempDir Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 1; i <= DATASETS; i += 5) {
            Path f = dir.resolve("f" + i + ".csv");
            Files.writeString(f, "id\n" + i + "\n", StandardCharsets.UTF_8);
            files.put(city.passports.get(String.format("kr-%03d", i)).distributions().get(0).url(), f);
        }
        PublishPlan plan = plan(files);
        // the portal works for the first 12 creates and 2 uploads, then fails every write (as if it went down)
        for (int i = 0; i < 12; i++) {
            ckan.enqueue(FakeCkanFault.delay(Duration.ZERO).onlyFor("package_create"));
        }
        for (int i = 0; i < 2; i++) {
            ckan.enqueue(FakeCkanFault.delay(Duration.ZERO).onlyFor("resource_patch"));
        }
        for (int i = 0; i < 40; i++) {
            ckan.enqueue(FakeCkanFault.html(500).onlyFor("package_create"));
            ckan.enqueue(FakeCkanFault.html(500).onlyFor("resource_patch"));
        }
        ApplyOptions sequential = GO.concurrency(1);

        PublishResult crashed = PortalPublisher.create(client).apply(plan, sequential);

        // kr-001…kr-012 created; of their uploads (kr-001, kr-006, kr-011) the third fails
        assertThat(crashed.count(ItemResult.Outcome.DONE)).isEqualTo(11);
        assertThat(crashed.count(ItemResult.Outcome.FAILED)).isEqualTo(DATASETS - 11);
        assertThat(crashed.items().get(10).calls()).containsExactly("package_create");
        assertThat(crashed.items()).filteredOn(i -> i.outcome() == ItemResult.Outcome.FAILED)
                .allSatisfy(i -> assertThat(i.message().en()).containsAnyOf("package_create", "resource_patch"));
        assertThat(onPortal()).hasSize(12);
        ckanDrainFaults();

        PublishResult stale = PortalPublisher.create(client).apply(plan, sequential); // the same plan again
        PublishResult fresh = PortalPublisher.create(client).apply(plan(files), sequential);

        assertThat(stale.count(ItemResult.Outcome.FAILED)).as(stale.render(Locale.ENGLISH)).isZero();
        assertThat(fresh.count(ItemResult.Outcome.DONE)).isZero();
        List<CkanDataset> all = onPortal();
        assertThat(all).hasSize(DATASETS);
        Set<String> names = new HashSet<>();
        all.forEach(d -> names.add(d.name()));
        assertThat(names).hasSize(DATASETS);
        for (CkanDataset d : all) {
            assertThat(d.resources()).extracting(CkanResource::name).doesNotHaveDuplicates();
        }
        for (Map.Entry<String, Path> e : files.entrySet()) {
            String id = e.getValue().getFileName().toString().replace("f", "").replace(".csv", "");
            CkanResource r = client.packageShow(String.format("kr-%03d", Integer.parseInt(id))).resources().get(0);
            assertThat(r.urlType()).isEqualTo("upload");
            assertThat(r.other()).containsKey("r835_sha256");
        }
        assertThat(plan(files).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
    }

    /** Uses up the faults left in the queue so that reruns see a healthy portal. */
    private void ckanDrainFaults() {
        for (int i = 0; i < 100; i++) {
            try {
                client.callTree("package_create", new ObjectMapper().createObjectNode());
            } catch (RuntimeException expected) {
                // a fault, or the portal's validation error once the faults are gone
                if (!(expected instanceof ua.opendata.ckan.CkanUnexpectedResponseException)) {
                    break;
                }
            }
        }
        for (int i = 0; i < 100; i++) {
            try {
                client.callTree("resource_patch", new ObjectMapper().createObjectNode());
            } catch (RuntimeException expected) {
                if (!(expected instanceof ua.opendata.ckan.CkanUnexpectedResponseException)) {
                    break;
                }
            }
        }
    }

    @Test
    void conflictsAndDatasetsOnlyOnThePortal() {
        ckan.createOrganization("oblrada", "Обласна рада");
        ckan.seedDatasets("oblrada", "taken", 1);
        ckan.seedDatasets(CityPublisher.ORG, "legacy", 2);
        city.replace(city.passports.get("kr-003").toBuilder()
                .landingPage("https://data.gov.ua/dataset/taken-0001").build());
        city.replace(city.passports.get("kr-007").toBuilder()
                .updateFrequency(UpdateFrequency.parse("коли буде потреба")).build());

        PublishPlan plan = plan(Map.of());

        assertThat(plan.items()).hasSize(DATASETS + 2);
        PlanItem taken = plan.items().get(2);
        assertThat(taken.action()).isEqualTo(PlanAction.CONFLICT);
        assertThat(taken.name()).isEqualTo("taken-0001");
        assertThat(taken.reason().en()).contains("already taken", "oblrada");
        assertThat(taken.reason().uk()).contains("вже зайняте", "oblrada");
        PlanItem frequency = plan.items().get(6);
        assertThat(frequency.action()).isEqualTo(PlanAction.CONFLICT);
        assertThat(frequency.reason().en()).contains("updateFrequency", "коли буде потреба");
        assertThat(plan.items(PlanAction.PORTAL_ONLY)).extracting(PlanItem::name)
                .containsExactly("legacy-0001", "legacy-0002");

        PublishResult result = PortalPublisher.create(client).apply(plan, GO);

        assertThat(result.count(ItemResult.Outcome.DONE)).isEqualTo(DATASETS - 2);
        assertThat(result.items().get(2).outcome()).isEqualTo(ItemResult.Outcome.SKIPPED);
        assertThat(client.packageShow("taken-0001").organization().name()).isEqualTo("oblrada");
        assertThat(onPortal()).extracting(CkanDataset::name).contains("legacy-0001", "legacy-0002");
    }

    @Test
    void thePortalsValidationErrorIsShownWithItsFieldAndTheRulebookBlocksFirst() {
        String longPurpose = "Постанова КМУ № 835. ".repeat(30); // > 512 characters
        city.replace(city.passports.get("kr-010").toBuilder().purpose(longPurpose).build());

        PublishResult withoutRules = PortalPublisher.create(client).apply(plan(Map.of()), GO);

        ItemResult failed = withoutRules.items().get(9);
        assertThat(failed.outcome()).isEqualTo(ItemResult.Outcome.FAILED);
        assertThat(failed.message().en()).contains("package_create", "purpose_of_collecting_information", "512");
        assertThat(failed.message().uk()).contains("purpose_of_collecting_information");
        assertThat(withoutRules.render(Locale.ENGLISH) + withoutRules.render(LocalizedText.UKRAINIAN))
                .doesNotContain(ckan.sysadminKey());

        Rulebook rules = Rulebook.create(RulebookConfig.defaults());
        PublishPlan checked = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                options.toBuilder().rulebook(rules).validate(true).build());
        assertThat(checked.items().get(9).blockingFindings()).extracting(f -> f.ruleId()).contains("R835-PURPOSE-LENGTH");

        PublishResult blocked = PortalPublisher.create(client).apply(checked, GO);
        PublishResult forced = PortalPublisher.create(client).apply(checked, GO.force(true));

        assertThat(blocked.items().get(9).outcome()).isEqualTo(ItemResult.Outcome.BLOCKED);
        assertThat(blocked.items().get(9).message().en()).contains("R835-PURPOSE-LENGTH", "force");
        assertThat(forced.items().get(9).outcome()).isEqualTo(ItemResult.Outcome.FAILED);
        assertThat(forced.items().get(9).message().en()).contains("purpose_of_collecting_information");
    }

    @Test
    void thePlanIsWrittenForPeopleAndForMachines() throws IOException {
        PortalPublisher.create(client).apply(plan(Map.of()), GO);
        city.replace(city.passports.get("kr-001").toBuilder().description("Новий опис").build());
        PublishPlan plan = plan(Map.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PlanJson.write(plan, out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("format", "organization", "profile", "licenseId", "summary", "items");
        assertThat(json.get("format").asText()).isEqualTo(PlanJson.FORMAT);
        assertThat(json.get("summary").get("UPDATE").asLong()).isEqualTo(1);
        assertThat(json.get("summary").get("UNCHANGED").asLong()).isEqualTo(DATASETS - 1);
        JsonNode item = json.get("items").get(0);
        assertThat(item.get("action").asText()).isEqualTo("UPDATE");
        assertThat(item.get("changes").get(0).get("field").asText()).isEqualTo("notes");
        assertThat(item.get("changes").get(0).get("new").asText()).isEqualTo("Новий опис");
        assertThat(item.get("reason").isNull()).isTrue();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        PlanJson.write(plan, again);
        assertThat(again.toByteArray()).isEqualTo(out.toByteArray());

        String uk = plan.render(LocalizedText.UKRAINIAN);
        String en = plan.render(Locale.ENGLISH);
        assertThat(uk).contains("План публікації", "[Оновити] kr-001", "notes: «Опис набору 1: що в ньому і звідки.» → «Новий опис»");
        assertThat(en).contains("Publication plan", "[Update] kr-001", "Unchanged: " + (DATASETS - 1));
    }

    @Test
    void writesArePacedAndBounded() {
        PublishPlan plan = plan(Map.of());
        Duration pacing = Duration.ofMillis(40);
        long start = System.nanoTime();

        PublishResult result = PortalPublisher.create(client).apply(plan, ApplyOptions.execute().pacing(pacing).concurrency(3));

        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(result.count(ItemResult.Outcome.DONE)).isEqualTo(DATASETS);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(pacing.toMillis() * (DATASETS - 1));
        List<FakeRequest> creates = ckan.requests().stream().filter(r -> r.path().contains("package_create")).toList();
        assertThat(creates).hasSize(DATASETS);
        assertThat(ckan.maxConcurrentRequests()).isLessThanOrEqualTo(3);
    }
}
