package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanExtra;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.PublishTarget;
import ua.opendata.passport.Passport;

/**
 * Updates through compare-and-swap: apply never overwrites a change made on the portal after the plan and
 * never drops a field the SDK does not own, on a portal with {@code package_revise} (CKAN 2.10) and on one
 * without it (CKAN 2.7.2 like data.gov.ua, and a portal that reports 2.10 but answers the action as unknown).
 */
class PublishCompareAndSwapTest {

    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(2);

    /** How the fake portal behaves. */
    enum Portal {
        /** CKAN 2.10.10: {@code package_revise} with {@code match}. */
        CKAN_2_10_REVISE(true, null, "package_revise"),
        /** CKAN 2.7.2 (data.gov.ua): {@code status_show} says 2.7.2, no {@code package_revise}. */
        CKAN_2_7_DATA_GOV_UA(false, "2.7.2", "package_update"),
        /** Reports 2.10.10 but answers {@code package_revise} as an unknown action (a plugin removed it). */
        REPORTS_2_10_WITHOUT_REVISE(false, null, "package_update");

        final boolean revise;
        final @Nullable String version;
        final String writeAction;

        Portal(boolean revise, @Nullable String version, String writeAction) {
            this.revise = revise;
            this.version = version;
            this.writeAction = writeAction;
        }
    }

    private FakeCkan ckan;
    private CkanClient client;
    private CkanClient someoneElse;
    private Portal portal;
    private final CityPublisher city = new CityPublisher(6);
    private final PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();

    private void start(Portal p) {
        portal = p;
        ckan = FakeCkan.builder().dataGovUaSchema(true).packageRevise(p.revise).start();
        ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
        someoneElse = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
    }

    @AfterEach
    void stop() {
        if (ckan != null) {
            client.close();
            someoneElse.close();
            ckan.close();
        }
    }

    private PublishPlan plan(Map<String, Path> files) {
        return PortalPublisher.create(client).plan(city.register(), city.passports, files, options);
    }

    private PublishResult apply(PublishPlan plan) {
        if (portal.version != null) { // the apply asks status_show once
            ckan.enqueue(FakeCkanFault.respond(200, "application/json", "{\"help\": \"" + ckan.baseUrl()
                    + "/api/3/action/help_show?name=status_show\", \"success\": true, \"result\": {\"ckan_version\": \""
                    + portal.version + "\", \"site_title\": \"data.gov.ua\", \"extensions\": [\"scheming_datasets\"]}}")
                    .onlyFor("status_show"));
        }
        return PortalPublisher.create(client).apply(plan, GO);
    }

    private long requests(String action) {
        return ckan.requests().stream().filter(r -> r.path().contains("/api/3/action/" + action)).count();
    }

    private void retitle(int i, String title) {
        Passport p = city.passports.get(String.format("kr-%03d", i));
        city.replace(p.toBuilder().title(title).build());
    }

    private ItemResult resultFor(PublishResult r, String name) {
        return r.items().stream().filter(i -> name.equals(i.name())).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Portal.class)
    void aDatasetChangedOnThePortalAfterThePlanIsAConflictAndIsNotOverwritten(Portal p) {
        start(p);
        apply(plan(Map.of()));
        retitle(2, "Наша нова назва 2");
        retitle(3, "Наша нова назва 3");
        retitle(4, "Наша нова назва 4");
        PublishPlan plan = plan(Map.of());
        assertThat(plan.items(PlanAction.UPDATE)).extracting(PlanItem::name).containsExactly("kr-002", "kr-003", "kr-004");
        assertThat(plan.items(PlanAction.UPDATE)).allSatisfy(i -> assertThat(i.portalModified()).isNotBlank());
        // after the plan: someone retitles kr-002 (a field of the plan) and adds an extra to kr-003 (not ours)
        CkanDataset kr2 = someoneElse.packageShow("kr-002");
        someoneElse.packagePatch(kr2.toWrite().toBuilder().title("Назва від редактора порталу").build());
        CkanDataset kr3 = someoneElse.packageShow("kr-003");
        List<CkanExtra> extras = new ArrayList<>(kr3.extras() == null ? List.of() : kr3.extras());
        extras.add(new CkanExtra("koatuu", TextNode.valueOf("3510100000"), Map.of()));
        someoneElse.packagePatch(kr3.toWrite().toBuilder().extras(extras).build());

        PublishResult result = apply(plan);

        ItemResult r2 = resultFor(result, "kr-002");
        assertThat(r2.outcome()).isEqualTo(ItemResult.Outcome.CONFLICT);
        assertThat(r2.calls()).isEmpty();
        assertThat(r2.message().en()).contains("changed on the portal after the plan", "title",
                "Набір даних №2 «Перелік об'єктів»", "Назва від редактора порталу", "make the plan again");
        assertThat(r2.message().uk()).contains("змінено на порталі після складання плану", "title",
                "Назва від редактора порталу", "складіть план знову");
        ItemResult r3 = resultFor(result, "kr-003");
        assertThat(r3.outcome()).isEqualTo(ItemResult.Outcome.CONFLICT);
        assertThat(r3.message().en()).contains("something else changed");
        ItemResult r4 = resultFor(result, "kr-004");
        assertThat(r4.outcome()).as(result.render(Locale.ENGLISH)).isEqualTo(ItemResult.Outcome.DONE);
        assertThat(r4.calls()).containsExactly(p.writeAction);
        assertThat(result.render(Locale.ENGLISH)).contains("2 in conflict");
        assertThat(someoneElse.packageShow("kr-002").title()).isEqualTo("Назва від редактора порталу");
        assertThat(someoneElse.packageShow("kr-003").title()).isEqualTo("Набір даних №3 «Перелік об'єктів»");
        assertThat(someoneElse.packageShow("kr-004").title()).isEqualTo("Наша нова назва 4");
        if (!p.revise) {
            assertThat(requests("package_revise")).isEqualTo(p.version == null ? 1 : 0);
        }

        PublishPlan again = plan(Map.of());
        assertThat(again.items(PlanAction.UPDATE)).extracting(PlanItem::name).containsExactly("kr-002", "kr-003");
        PublishResult second = apply(again);

        assertThat(second.count(ItemResult.Outcome.CONFLICT)).isZero();
        assertThat(resultFor(second, "kr-002").calls()).containsExactly(p.writeAction);
        assertThat(someoneElse.packageShow("kr-002").title()).isEqualTo("Наша нова назва 2");
        CkanDataset after3 = someoneElse.packageShow("kr-003");
        assertThat(after3.title()).isEqualTo("Наша нова назва 3");
        assertThat(after3.extra("koatuu")).contains("3510100000");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Portal.class)
    void anUpdateKeepsEveryFieldTheSdkDoesNotOwnAndClearsAnOwnedOne(Portal p) {
        start(p);
        apply(plan(Map.of()));
        CkanDataset kr5 = someoneElse.packageShow("kr-005");
        List<CkanExtra> extras = new ArrayList<>(kr5.extras() == null ? List.of() : kr5.extras());
        extras.add(new CkanExtra("koatuu", TextNode.valueOf("3510100000"), Map.of()));
        someoneElse.packagePatch(kr5.toWrite().toBuilder().extras(extras).version("2.1").build());
        someoneElse.resourceCreate(CkanResourceWrite.builder().packageId(kr5.id()).name("Фото об'єктів")
                .url("https://kr-rada.gov.ua/photos.zip").format("ZIP").field("archiver_note", "kept").build());
        Passport old = city.passports.get("kr-005");
        city.replace(old.toBuilder().title("Нова назва 5").responsiblePerson(
                ua.opendata.passport.ResponsiblePerson.of("Коваль Олена", null)).build());
        PublishPlan plan = plan(Map.of());
        assertThat(plan.items().get(4).changes()).extracting(FieldChange::field)
                .containsExactlyInAnyOrder("title", "maintainer", "maintainer_email");

        PublishResult result = apply(plan);

        assertThat(result.items().get(4).outcome()).as(result.render(Locale.ENGLISH)).isEqualTo(ItemResult.Outcome.DONE);
        assertThat(result.items().get(4).calls()).containsExactly(p.writeAction);
        CkanDataset after = someoneElse.packageShow("kr-005");
        assertThat(after.title()).isEqualTo("Нова назва 5");
        assertThat(after.maintainer()).isEqualTo("Коваль Олена");
        assertThat(after.maintainerEmail()).isNullOrEmpty();
        assertThat(after.version()).isEqualTo("2.1");
        assertThat(after.extra("koatuu")).contains("3510100000");
        assertThat(after.extra("r835_identifier")).contains("kr-005");
        assertThat(after.resources()).extracting(CkanResource::name).contains("Фото об'єктів", "Дані 5");
        assertThat(after.resources()).filteredOn(r -> "Фото об'єктів".equals(r.name())).singleElement()
                .satisfies(r -> assertThat(r.other().get("archiver_note").asText()).isEqualTo("kept"));
        assertThat(after.customText("purpose_of_collecting_information")).isPresent();
        assertThat(plan(Map.of()).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Portal.class)
    void thePortalsRefusalOfAnUpdateNamesTheWriteActionAndTheField(Portal p) {
        start(p);
        apply(plan(Map.of()));
        city.replace(city.passports.get("kr-006").toBuilder().purpose("Постанова КМУ № 835. ".repeat(30)).build());
        PublishPlan plan = plan(Map.of());
        assertThat(plan.items().get(5).action()).isEqualTo(PlanAction.UPDATE);

        PublishResult result = apply(plan);

        ItemResult r = result.items().get(5);
        assertThat(r.outcome()).as(result.render(Locale.ENGLISH)).isEqualTo(ItemResult.Outcome.FAILED);
        assertThat(r.message().en()).startsWith(p.writeAction + ": ").contains("purpose_of_collecting_information");
        assertThat(r.message().uk()).startsWith(p.writeAction + ": ");
        assertThat(someoneElse.packageShow("kr-006").customText("purpose_of_collecting_information").orElseThrow())
                .hasSizeLessThanOrEqualTo(512);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Portal.class)
    void aDatasetToCreateThatAppearedAfterThePlanIsAConflict(Portal p) {
        start(p);
        PublishPlan plan = plan(Map.of());
        // someone creates kr-003 in the organization by hand, with another title, after the plan
        someoneElse.packageCreate(PortalProfile.dataGovUa().toDataset(city.passports.get("kr-003").toBuilder()
                .title("Створено вручну").build(), PublishTarget.of(CityPublisher.ORG)));

        PublishResult result = apply(plan);

        assertThat(result.items().get(2).outcome()).isEqualTo(ItemResult.Outcome.CONFLICT);
        assertThat(result.items().get(2).message().en()).contains("appeared on the portal after the plan");
        assertThat(result.items().get(2).message().uk()).contains("з'явився на порталі після складання плану");
        assertThat(someoneElse.packageShow("kr-003").title()).isEqualTo("Створено вручну");
        assertThat(result.count(ItemResult.Outcome.DONE)).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Portal.class, names = "CKAN_2_10_REVISE")
    void aChangeBetweenTheRereadAndTheWriteIsCaughtByTheMatch(Portal p) throws Exception {
        start(p);
        apply(plan(Map.of()));
        retitle(1, "Наша нова назва 1");
        PublishPlan plan = plan(Map.of());
        PublishPlan one = new PublishPlan(plan.organization(), plan.profile(), plan.licenseId(), plan.items().subList(0, 1));
        // package_revise arrives, waits; meanwhile someone else edits the dataset
        ckan.enqueue(FakeCkanFault.delay(Duration.ofMillis(700)).onlyFor("package_revise"));
        CompletableFuture<PublishResult> applying = CompletableFuture.supplyAsync(() -> apply(one));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (requests("package_revise") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        CkanDataset kr1 = someoneElse.packageShow("kr-001");
        someoneElse.packagePatch(kr1.toWrite().toBuilder().notes("Опис від редактора порталу").build());

        PublishResult result = applying.get(20, TimeUnit.SECONDS);

        assertThat(result.items().get(0).outcome()).as(result.render(Locale.ENGLISH)).isEqualTo(ItemResult.Outcome.CONFLICT);
        CkanDataset after = someoneElse.packageShow("kr-001");
        assertThat(after.notes()).isEqualTo("Опис від редактора порталу");
        assertThat(after.title()).isEqualTo("Набір даних №1 «Перелік об'єктів»");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Portal.class)
    void aRerunOfTheSamePlanAfterACrashMidApplyFinishesWithoutConflictsOrDuplicates(Portal p, @TempDir Path dir)
            throws IOException {
        start(p);
        apply(plan(Map.of()));
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 1; i <= 6; i++) {
            retitle(i, "Оновлена назва " + i);
            Path f = dir.resolve("f" + i + ".csv");
            Files.writeString(f, "id\n" + i + "\n", StandardCharsets.UTF_8);
            files.put(city.passports.get(String.format("kr-%03d", i)).distributions().get(0).url(), f);
        }
        PublishPlan plan = plan(files);
        assertThat(plan.items()).extracting(PlanItem::action).containsOnly(PlanAction.UPDATE);
        // every update goes through; the portal fails every upload after the second (as if it went down)
        ckan.enqueue(FakeCkanFault.delay(Duration.ZERO).onlyFor("resource_patch"));
        ckan.enqueue(FakeCkanFault.delay(Duration.ZERO).onlyFor("resource_patch"));
        for (int i = 0; i < 30; i++) {
            ckan.enqueue(FakeCkanFault.html(500).onlyFor("resource_patch"));
        }

        PublishResult crashed = PortalPublisher.create(client).apply(plan, GO.concurrency(1)); // status_show answered by the fake
        assertThat(crashed.count(ItemResult.Outcome.DONE)).isEqualTo(2);
        assertThat(crashed.count(ItemResult.Outcome.FAILED)).isEqualTo(4);
        drainUploadFaults();

        PublishResult rerun = apply(plan); // the same plan: the stamps it holds are stale for every dataset

        assertThat(rerun.count(ItemResult.Outcome.CONFLICT)).as(rerun.render(Locale.ENGLISH)).isZero();
        assertThat(rerun.count(ItemResult.Outcome.FAILED)).isZero();
        assertThat(rerun.items().subList(0, 2)).allSatisfy(r -> assertThat(r.calls()).isEmpty());
        assertThat(rerun.items().subList(2, 6)).allSatisfy(r -> assertThat(r.calls()).containsExactly("resource_patch"));
        for (int i = 1; i <= 6; i++) {
            CkanDataset d = someoneElse.packageShow(String.format("kr-%03d", i));
            assertThat(d.title()).isEqualTo("Оновлена назва " + i);
            assertThat(d.resources()).extracting(CkanResource::name).doesNotHaveDuplicates();
            assertThat(d.resources().get(0).urlType()).isEqualTo("upload");
        }
        assertThat(plan(files).items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
    }

    private void drainUploadFaults() {
        for (int i = 0; i < 40; i++) {
            try {
                client.callTree("resource_patch", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode());
            } catch (ua.opendata.ckan.CkanUnexpectedResponseException fault) {
                continue; // an injected 500
            } catch (RuntimeException portalAnswer) {
                break; // the portal's own validation error: the faults are used up
            }
        }
    }
}
