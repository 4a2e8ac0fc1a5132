package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanDatasetWrite;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanResourceWrite;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.ckan.testkit.FakeCkanFault;
import ua.opendata.core.mapping.MappingNote;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.passport.Passport;

/** The stock-CKAN profile end to end, deleted names, resources created by others, refused keywords. */
class PublishEdgeCasesTest {

    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(2);

    @Test
    void stockCkanKeepsOurElementsInExtrasAndARerunIsUnchanged() {
        CityPublisher city = new CityPublisher(8);
        PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).profile(PortalProfile.stockCkan()).build();
        try (FakeCkan ckan = FakeCkan.builder().start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);

            PublishResult result = PortalPublisher.create(client).apply(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options), GO);

            assertThat(result.count(ItemResult.Outcome.DONE)).isEqualTo(8);
            CkanDataset d = client.packageShow("kr-003");
            assertThat(d.extra("r835_identifier")).contains("kr-003");
            assertThat(d.extra("r835_publisher_edrpou")).contains("04055009");
            assertThat(d.extra("r835_purpose")).contains(city.passports.get("kr-003").purpose());
            Passport back = PortalProfile.stockCkan().fromDataset(d).passport();
            assertThat(back.publisher()).isEqualTo(city.passports.get("kr-003").publisher());
            assertThat(back.updateFrequency()).isEqualTo(city.passports.get("kr-003").updateFrequency());
            assertThat(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options).items())
                    .extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        }
    }

    @Test
    void aDeletedDatasetsNameIsTakenAgainByACreate() {
        CityPublisher city = new CityPublisher(3);
        PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            PortalPublisher.create(client).apply(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options), GO);
            client.packageDelete("kr-002");

            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options);

            assertThat(plan.items()).extracting(PlanItem::action)
                    .containsExactly(PlanAction.UNCHANGED, PlanAction.CREATE, PlanAction.UNCHANGED);
            assertThat(PortalPublisher.create(client).apply(plan, GO).items().get(1).calls()).containsExactly("package_create");
            assertThat(client.packageShow("kr-002").state()).isEqualTo("active");
        }
    }

    @Test
    void aResourceSomeoneElseCreatedWithOurLinkIsAdoptedNotDuplicated() {
        CityPublisher city = new CityPublisher(1);
        Passport p = city.passports.get("kr-001");
        PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            // published by hand earlier: same name, our file's link, and a resource of its own
            client.packageCreate(CkanDatasetWrite.builder().name("kr-001").title("Старий заголовок").notes("Старий опис")
                    .ownerOrg(CityPublisher.ORG).field("purpose_of_collecting_information", "Стара мета")
                    .field("update_frequency", "once a year").field("language", "ua").field("tag_string", "старе")
                    .resource(CkanResourceWrite.builder().name("Вручну").url(p.distributions().get(0).url()).format("XLSX").build())
                    .resource(CkanResourceWrite.builder().name("Інфографіка").url("https://kr-rada.gov.ua/info.png").format("PNG").build())
                    .build());

            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options);

            assertThat(plan.items().get(0).action()).isEqualTo(PlanAction.UPDATE);
            assertThat(plan.items().get(0).changes()).extracting(FieldChange::field)
                    .contains("title", "resources[" + p.distributions().get(0).url() + "].name")
                    .doesNotContain("resources[https://kr-rada.gov.ua/info.png].name");

            PortalPublisher.create(client).apply(plan, GO);

            List<CkanResource> resources = client.packageShow("kr-001").resources();
            assertThat(resources).extracting(CkanResource::name).containsExactly("Дані 1", "Інфографіка");
            assertThat(resources.get(0).other().get("r835_distribution").asText()).isEqualTo(p.distributions().get(0).url());
            assertThat(resources.get(1).other()).doesNotContainKey("r835_distribution");
        }
    }

    @Test
    void aKeywordWithACommaIsRefusedOnDataGovUa() {
        CityPublisher city = new CityPublisher(2);
        city.replace(city.passports.get("kr-002").toBuilder().keywords(List.of("освіта, школи")).build());
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);

            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                    PublishOptions.builder(CityPublisher.ORG).validate(false).build());

            assertThat(plan.items().get(1).action()).isEqualTo(PlanAction.CONFLICT);
            assertThat(plan.items().get(1).reason().en()).contains("keywords[0]", "comma");
            assertThat(plan.items().get(1).notes()).extracting(MappingNote::kind).contains(MappingNote.Kind.REFUSED);
            assertThat(PortalProfile.stockCkan().cannotHold(city.passports.get("kr-002")))
                    .noneMatch(n -> n.kind() == MappingNote.Kind.REFUSED);
        }
    }

    @Test
    void anEntryWithoutAPassportIsPublishedFromItsRegisterColumns() {
        CityPublisher city = new CityPublisher(2);
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();

            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), Map.of(), Map.of(), options);
            PublishResult result = PortalPublisher.create(client).apply(plan, GO);

            assertThat(plan.items()).extracting(PlanItem::action).containsOnly(PlanAction.CREATE);
            assertThat(plan.items().get(0).notes()).extracting(MappingNote::element).contains("formats", "publisher.edrpou");
            assertThat(result.count(ItemResult.Outcome.DONE)).as(result.render(Locale.ENGLISH)).isEqualTo(2);
            CkanDataset d = client.packageShow("kr-001");
            assertThat(d.title()).isEqualTo(city.entries.get(0).title());
            assertThat(d.customText("language")).contains("ua");
            assertThat(d.customText("tag_string")).contains(String.join(",", city.entries.get(0).keywords()));
            assertThat(PortalPublisher.create(client).plan(city.register(), Map.of(), Map.of(), options).items())
                    .extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        }
    }

    @Test
    void aCreateWhoseAnswerIsLostLeavesOneDatasetAndARerunSettlesIt() {
        CityPublisher city = new CityPublisher(3);
        PublishOptions options = PublishOptions.builder(CityPublisher.ORG).validate(false).build();
        try (FakeCkan ckan = FakeCkan.builder().dataGovUaSchema(true).start();
             CkanClient client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey())
                     .responseTimeout(Duration.ofMillis(300)).build()) {
            ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
            PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options);
            // the portal does the create, but only after the client has given up waiting for the answer
            ckan.enqueue(FakeCkanFault.delay(Duration.ofMillis(900)).onlyFor("package_create"));

            PublishResult first = PortalPublisher.create(client).apply(plan, GO.concurrency(1));
            PublishResult rerun = PortalPublisher.create(client).apply(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options), GO);

            assertThat(first.items().subList(1, 3)).allSatisfy(r -> assertThat(r.outcome()).isEqualTo(ItemResult.Outcome.DONE));
            assertThat(rerun.count(ItemResult.Outcome.FAILED)).isZero();
            assertThat(client.harvest(ua.opendata.ckan.CkanSearchQuery.builder()
                    .fq("organization:" + CityPublisher.ORG).build()).map(CkanDataset::name).toList())
                    .containsExactlyInAnyOrder("kr-001", "kr-002", "kr-003");
            assertThat(PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), options).items())
                    .extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        }
    }
}
