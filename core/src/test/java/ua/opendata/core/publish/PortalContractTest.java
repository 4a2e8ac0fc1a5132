package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.model.CkanTag;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditDifference;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.mapping.PortalProfile;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Passport;

/**
 * The publish and audit workflows end to end against a real CKAN when {@code CKAN_TEST_URL} and
 * {@code CKAN_TEST_API_KEY} (a sysadmin's key or token) are set, and against the {@link FakeCkan}
 * otherwise: plan, apply with a file upload, a rerun with nothing to do, a field-level update, a
 * change made on the portal between plan and apply (a conflict, never an overwrite), reruns after a
 * write that changed nothing and after tags were reordered (no write), an update after such a write
 * (written, not a conflict), and an audit of the organization compared with the register (profile
 * detected, EDRPOU from the organization, page links on the portal, the verdicts of validate). Each
 * profile works in an organization of its own, with dataset names carrying a random suffix, and
 * purges them at the end. Against a real CKAN, {@code CKAN_TEST_PROFILE=data-gov-ua} selects the
 * data.gov.ua profile (for a portal with data.gov.ua's scheming fields), else the stock profile runs;
 * against the fake both run. It asserts only what a real CKAN 2.10 does: the search index lags writes
 * (own writes are read back with {@code package_show}), and a write that changes nothing still moves
 * {@code metadata_modified}, so "no write" is checked as "no stamp moved" (and, against the fake, by
 * counting the write actions it received).
 */
class PortalContractTest {

    private static final String URL = System.getenv("CKAN_TEST_URL");
    private static final String KEY = System.getenv("CKAN_TEST_API_KEY");
    private static final boolean REAL = URL != null && !URL.isBlank() && KEY != null && !KEY.isBlank();
    private static final boolean REAL_DGUA = "data-gov-ua".equals(System.getenv("CKAN_TEST_PROFILE"));
    /** A made-up EDRPOU code with a correct check digit, kept in the organization's extras. */
    private static final String EDRPOU = "44591028";

    /** The stock-CKAN profile (against a real CKAN unless {@code CKAN_TEST_PROFILE=data-gov-ua}). */
    @Nested
    class StockCkan extends Contract {
        StockCkan() {
            super(false);
        }
    }

    /** The data.gov.ua profile (against a real CKAN only with {@code CKAN_TEST_PROFILE=data-gov-ua}). */
    @Nested
    class DataGovUa extends Contract {
        DataGovUa() {
            super(true);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Contract {

        private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ofMillis(100)).concurrency(2);

        private final boolean dgua;
        private final String suffix = UUID.randomUUID().toString().substring(0, 8);
        private final String org;
        private final CityPublisher city = new CityPublisher(0);
        private final Map<String, Path> files = new LinkedHashMap<>();
        private @Nullable FakeCkan fake;
        private CkanClient client;
        private PublishOptions options;
        private PortalProfile profile;
        private Path dir;

        Contract(boolean dgua) {
            this.dgua = dgua;
            this.org = "uaod-core-contract-" + (dgua ? "dgua-" : "stock-") + suffix;
        }

        @BeforeAll
        void connect() throws IOException {
            assumeTrue(!REAL || REAL_DGUA == dgua, "against a real CKAN, CKAN_TEST_PROFILE selects one profile");
            String url = URL;
            String key = KEY;
            if (!REAL) {
                fake = FakeCkan.builder().dataGovUaSchema(dgua).start();
                url = fake.baseUrl();
                key = fake.sysadminKey();
            }
            CkanClient.Builder builder = CkanClient.builder(url);
            if (key != null) {
                builder.apiKey(key);
            }
            client = builder.build();
            ObjectNode o = JsonNodeFactory.instance.objectNode().put("name", org)
                    .put("title", "ua-opendata core contract " + suffix);
            o.putArray("extras").addObject().put("key", "edrpou").put("value", EDRPOU);
            client.callTree("organization_create", o);
            profile = dgua ? PortalProfile.dataGovUa() : PortalProfile.stockCkan();
            options = PublishOptions.builder(org).validate(false).profile(profile).build();
            dir = Files.createTempDirectory("uaod-contract");
            for (int i = 1; i <= 3; i++) {
                Passport p = CityPublisher.passport(2 * i); // even numbers: a CSV distribution first
                city.add(p.toBuilder().identifier("uaod-" + suffix + "-" + i).build());
            }
            Passport second = city.passports.get(name(2));
            Path csv = dir.resolve("data.csv");
            Files.writeString(csv, "id,назва\n1,перший\n2,другий\n", StandardCharsets.UTF_8);
            files.put(second.distributions().get(0).url(), csv);
        }

        @AfterAll
        void cleanUp() throws IOException {
            if (client == null) {
                return;
            }
            try {
                for (int i = 1; i <= 3; i++) {
                    try {
                        client.callTree("dataset_purge", JsonNodeFactory.instance.objectNode().put("id", name(i)));
                    } catch (CkanException e) {
                        // not created, or already gone
                    }
                }
                client.callTree("organization_purge", JsonNodeFactory.instance.objectNode().put("id", org));
            } finally {
                client.close();
                if (fake != null) {
                    fake.close();
                }
                try (var paths = Files.walk(dir)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }

        private String name(int i) {
            return "uaod-" + suffix + "-" + i;
        }

        private PublishPlan plan() {
            return PortalPublisher.create(client).plan(city.register(), city.passports, files, options);
        }

        private List<String> stamps() {
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= 3; i++) {
                out.add(client.packageShow(name(i)).metadataModified().raw());
            }
            return out;
        }

        private int requests() {
            return fake == null ? 0 : fake.requests().size();
        }

        /** The write actions the fake received since {@code from}; empty against a real CKAN. */
        private List<String> writesSince(int from) {
            if (fake == null) {
                return List.of();
            }
            return fake.requests().subList(from, fake.requests().size()).stream().map(SamplePortal::action)
                    .filter(SamplePortal.WRITES::contains).toList();
        }

        /** Applies a plan that should write nothing, and checks that nothing was written. */
        private void applyWritesNothing(PublishPlan plan) {
            List<String> before = stamps();
            int from = requests();
            PublishResult r = PortalPublisher.create(client).apply(plan, GO);
            assertThat(r.count(ItemResult.Outcome.DONE) + r.count(ItemResult.Outcome.CONFLICT))
                    .as(r.render(Locale.ENGLISH)).isZero();
            assertThat(writesSince(from)).isEmpty();
            assertThat(stamps()).as("a write, even one changing nothing, moves metadata_modified").isEqualTo(before);
        }

        @Test
        @Order(1)
        void aFirstApplyCreatesEveryDatasetWithItsFile() {
            PublishPlan plan = plan();
            assertThat(plan.items()).extracting(PlanItem::action).containsOnly(PlanAction.CREATE);

            PublishResult result = PortalPublisher.create(client).apply(plan, GO);

            assertThat(result.count(ItemResult.Outcome.DONE)).as(result.render(Locale.ENGLISH)).isEqualTo(3);
            for (int i = 1; i <= 3; i++) {
                CkanDataset d = client.packageShow(name(i));
                assertThat(d.title()).isEqualTo(city.passports.get(name(i)).title());
                assertThat(d.organization().name()).isEqualTo(org);
            }
            assertThat(client.packageShow(name(2)).resources()).anySatisfy(r -> {
                assertThat(r.urlType()).isEqualTo("upload");
                assertThat(r.url()).endsWith("data.csv");
            });
        }

        @Test
        @Order(2)
        void aRerunFindsNothingToDoAndWritesNothing() {
            PublishPlan again = plan();

            assertThat(again.items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
            applyWritesNothing(again);
        }

        @Test
        @Order(3)
        void anUpdateChangesOnlyThatFieldAndKeepsTheRest() {
            CkanDataset before = client.packageShow(name(1));
            city.replace(city.passports.get(name(1)).toBuilder().title("Оновлена назва " + suffix).build());

            PublishPlan plan = plan();

            PlanItem item = plan.items().get(0);
            assertThat(item.action()).isEqualTo(PlanAction.UPDATE);
            assertThat(item.changes()).extracting(FieldChange::field).containsExactly("title");
            PublishResult result = PortalPublisher.create(client).apply(plan, GO);
            assertThat(result.count(ItemResult.Outcome.DONE)).as(result.render(Locale.ENGLISH)).isEqualTo(1);
            CkanDataset after = client.packageShow(name(1));
            assertThat(after.title()).isEqualTo("Оновлена назва " + suffix);
            assertThat(after.notes()).isEqualTo(before.notes());
            assertThat(after.resources()).extracting(CkanResource::url)
                    .containsExactlyElementsOf(before.resources().stream().map(CkanResource::url).toList());
            assertThat(after.extras()).containsExactlyInAnyOrderElementsOf(before.extras());
        }

        @Test
        @Order(4)
        void aChangeOnThePortalBetweenPlanAndApplyIsAConflictNotAnOverwrite() {
            city.replace(city.passports.get(name(3)).toBuilder().description("Новий опис " + suffix).build());
            PublishPlan plan = plan();
            assertThat(plan.items().get(2).action()).isEqualTo(PlanAction.UPDATE);
            CkanDataset onPortal = client.packageShow(name(3));
            client.packagePatch(onPortal.toWrite().toBuilder().title("Змінено на порталі " + suffix).build());

            PublishResult result = PortalPublisher.create(client).apply(plan, GO);

            assertThat(result.count(ItemResult.Outcome.CONFLICT)).as(result.render(Locale.ENGLISH)).isEqualTo(1);
            CkanDataset now = client.packageShow(name(3));
            assertThat(now.title()).isEqualTo("Змінено на порталі " + suffix);
            assertThat(now.notes()).isEqualTo(onPortal.notes());
        }

        @Test
        @Order(5)
        void theAuditFindsEveryDatasetOfTheRegister() {
            AuditResult audit = PortalAudit.create(client).run(AuditOptions.organization(org).toBuilder()
                    .profile(profile).register(city.register(), city.passports).build());

            assertThat(audit.datasets()).extracting(AuditDataset::name)
                    .containsExactlyInAnyOrder(name(1), name(2), name(3));
            assertThat(audit.differences(AuditDifference.Kind.MISSING)).isEmpty();
            assertThat(audit.differences(AuditDifference.Kind.EXTRA)).isEmpty();
            // the register still has dataset 1's first title (only its passport changed), and dataset 3's
            // title was changed on the portal: those, and nothing else, differ
            assertThat(audit.differences(AuditDifference.Kind.DIFFERENT))
                    .filteredOn(d -> d.field().equals("title"))
                    .extracting(AuditDifference::datasetName, AuditDifference::field, AuditDifference::portalValue)
                    .containsExactlyInAnyOrder(
                            tuple(name(1), "title", "Оновлена назва " + suffix),
                            tuple(name(3), "title", "Змінено на порталі " + suffix));
        }

        @Test
        @Order(6)
        void afterAWriteThatChangedNothingARerunWritesNothing() {
            // the dataset written back as it is: package_show's stamp moves, the search index keeps the old one
            CkanDataset d = client.packageShow(name(2));
            client.packageUpdate(d.toWrite());
            city.replace(city.passports.get(name(3)).toBuilder().description(client.packageShow(name(3)).notes())
                    .title("Змінено на порталі " + suffix).build());

            PublishPlan plan = plan();

            assertThat(plan.items()).extracting(PlanItem::action).as("%s", plan.items())
                    .containsOnly(PlanAction.UNCHANGED);
            applyWritesNothing(plan);
        }

        @Test
        @Order(7)
        void aPlanTakesItsStampFromPackageShowSoAnUpdateAfterANoOpWriteIsWritten() {
            CkanDataset d = client.packageShow(name(2));
            client.packageUpdate(d.toWrite()); // moves package_show's stamp only
            String shown = client.packageShow(name(2)).metadataModified().raw();
            city.replace(city.passports.get(name(2)).toBuilder().description("Опис після запису без змін " + suffix)
                    .build());

            PublishPlan plan = plan();

            PlanItem item = plan.items().get(1);
            assertThat(item.action()).isEqualTo(PlanAction.UPDATE);
            assertThat(item.portalModified()).isEqualTo(shown);
            PublishResult result = PortalPublisher.create(client).apply(plan, GO);
            assertThat(result.count(ItemResult.Outcome.DONE)).as(result.render(Locale.ENGLISH)).isEqualTo(1);
            assertThat(client.packageShow(name(2)).notes()).isEqualTo("Опис після запису без змін " + suffix);
        }

        @Test
        @Order(8)
        void tagsInAnotherOrderOnThePortalAreNoChange() {
            CkanDataset d = client.packageShow(name(1));
            List<String> tags = new ArrayList<>(d.tags().stream().filter(t -> t.vocabularyId() == null)
                    .map(CkanTag::name).toList());
            assertThat(tags).hasSizeGreaterThan(1);
            java.util.Collections.rotate(tags, 1);
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("id", d.id());
            tags.forEach(t -> patch.withArray("tags").addObject().put("name", t));
            if (dgua) {
                patch.put("tag_string", String.join(",", tags));
            }
            client.callTree("package_patch", patch);

            PublishPlan plan = plan();

            assertThat(plan.items()).extracting(PlanItem::action).as("%s", plan.items())
                    .containsOnly(PlanAction.UNCHANGED);
            applyWritesNothing(plan);
        }

        @Test
        @Order(9)
        void theAuditDetectsTheProfileAndLinksToThePortalsPages() {
            AuditResult audit = PortalAudit.create(client).run(AuditOptions.organization(org));

            assertThat(audit.profile()).isEqualTo(profile.name());
            assertThat(audit.profileSource()).isIn(ProfileDetection.Source.SCHEMA, ProfileDetection.Source.DATASETS);
            String base = REAL ? URL.replaceAll("/+$", "") : fake.baseUrl();
            assertThat(audit.pageBase()).isEqualTo(base + "/dataset/");
            assertThat(audit.datasets()).allSatisfy(d -> assertThat(d.pageUrl()).isEqualTo(base + "/dataset/" + d.name()));
        }

        @Test
        @Order(10)
        void theAuditReadsTheEdrpouTheOrganizationKeeps() {
            AuditResult audit = PortalAudit.create(client).run(AuditOptions.organization(org).toBuilder()
                    .register(city.register(), city.passports).build());

            assertThat(audit.report().findings()).noneMatch(f -> f.ruleId().startsWith("R835-EDRPOU"));
            assertThat(audit.portalFindings()).noneMatch(f -> f.ruleId().startsWith("R835-EDRPOU"));
        }

        @Test
        @Order(11)
        void theAuditGivesEveryPublishedDatasetTheVerdictOfValidate() {
            ValidationReport validated = Rulebook.create(RulebookConfig.defaults()).validate(city.register(),
                    city.passports);

            AuditResult audit = PortalAudit.create(client).run(AuditOptions.organization(org).toBuilder()
                    .register(city.register(), city.passports).build());

            for (AuditDataset d : audit.datasets()) {
                DatasetResult mine = audit.verdict(d).orElseThrow();
                DatasetResult theirs = validated.datasets().stream()
                        .filter(v -> d.identifier().equals(v.identifier())).findFirst().orElseThrow();
                assertThat(mine.passed()).as("%s: audit %s, portal %s, validate %s", d.identifier(),
                        audit.report().findingsFor(d.identifier()), audit.portalFindings(),
                        validated.findingsFor(d.identifier())).isEqualTo(theirs.passed());
            }
        }

        @Test
        @Order(12)
        void resourcesGivenByLinkHaveNoLastModifiedAndTheAuditSaysWhichDateItUsed() {
            AuditResult audit = PortalAudit.create(client).run(AuditOptions.organization(org).toBuilder()
                    .profile(profile).build());

            AuditDataset first = audit.dataset(name(1)).orElseThrow();
            assertThat(first.files()).isNotEmpty().allSatisfy(f -> {
                assertThat(f.lastModified()).isNull();
                assertThat(f.created()).isNotNull();
            });
            assertThat(first.evidence()).isNotNull();
            assertThat(first.evidence().basis()).isEqualTo(ua.opendata.core.rules.UpdateEvidence.Basis.RESOURCE_CREATED);
        }
    }
}
