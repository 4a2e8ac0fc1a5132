package ua.opendata.core.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.CkanException;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanResource;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.passport.Passport;

/**
 * The publish and audit workflows end to end against a real CKAN when {@code CKAN_TEST_URL} and
 * {@code CKAN_TEST_API_KEY} (a sysadmin's key or token) are set, and against the {@link FakeCkan}
 * otherwise: plan, apply with a file upload, a rerun with nothing to do, a field-level update, a
 * change made on the portal between plan and apply (a conflict, never an overwrite), and an audit of
 * the organization compared with the register. It works in an organization of its own, with
 * dataset names carrying a random suffix, and purges them at the end. The stock-CKAN profile is
 * used, as a CKAN without data.gov.ua's schema drops unknown top-level fields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalContractTest {

    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ofMillis(100)).concurrency(2);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String org = "uaod-core-contract-" + suffix;
    private final CityPublisher city = new CityPublisher(0);
    private final Map<String, Path> files = new LinkedHashMap<>();
    private FakeCkan fake;
    private CkanClient client;
    private PublishOptions options;
    private Path dir;

    @BeforeAll
    void connect() throws IOException {
        String url = System.getenv("CKAN_TEST_URL");
        String key = System.getenv("CKAN_TEST_API_KEY");
        if (url == null || url.isBlank() || key == null || key.isBlank()) {
            fake = FakeCkan.start();
            url = fake.baseUrl();
            key = fake.sysadminKey();
        }
        client = CkanClient.builder(url).apiKey(key).build();
        client.callTree("organization_create", JsonNodeFactory.instance.objectNode().put("name", org)
                .put("title", "ua-opendata core contract " + suffix));
        options = PublishOptions.of(org).withProfile(PortalProfile.stockCkan());
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
        return PortalPublisher.plan(client, city.register(), city.passports, files, options);
    }

    @Test
    @Order(1)
    void aFirstApplyCreatesEveryDatasetWithItsFile() {
        PublishPlan plan = plan();
        assertThat(plan.items()).extracting(PlanItem::action).containsOnly(PlanAction.CREATE);

        PublishResult result = PortalPublisher.apply(client, plan, GO);

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
    void aRerunFindsNothingToDo() {
        PublishPlan again = plan();

        assertThat(again.items()).extracting(PlanItem::action).containsOnly(PlanAction.UNCHANGED);
        assertThat(PortalPublisher.apply(client, again, GO).count(ItemResult.Outcome.SKIPPED)).isEqualTo(3);
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
        PublishResult result = PortalPublisher.apply(client, plan, GO);
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

        PublishResult result = PortalPublisher.apply(client, plan, GO);

        assertThat(result.count(ItemResult.Outcome.CONFLICT)).as(result.render(Locale.ENGLISH)).isEqualTo(1);
        CkanDataset now = client.packageShow(name(3));
        assertThat(now.title()).isEqualTo("Змінено на порталі " + suffix);
        assertThat(now.notes()).isEqualTo(onPortal.notes());
    }

    @Test
    @Order(5)
    void theAuditFindsEveryDatasetOfTheRegister() {
        AuditResult audit = PortalAudit.run(client, AuditOptions.organization(org).toBuilder()
                .profile(PortalProfile.stockCkan()).register(city.register(), city.passports).build());

        assertThat(audit.datasets()).extracting(AuditDataset::name)
                .containsExactlyInAnyOrder(name(1), name(2), name(3));
        assertThat(audit.differences(AuditDifference.Kind.MISSING)).isEmpty();
        assertThat(audit.differences(AuditDifference.Kind.EXTRA)).isEmpty();
        // the register still has dataset 1's first title (only its passport changed), and dataset 3's
        // title was changed on the portal: those, and nothing else, differ
        assertThat(audit.differences(AuditDifference.Kind.DIFFERENT))
                .extracting(AuditDifference::datasetName, AuditDifference::field, AuditDifference::portalValue)
                .containsExactlyInAnyOrder(
                        tuple(name(1), "title", "Оновлена назва " + suffix),
                        tuple(name(3), "title", "Змінено на порталі " + suffix));
    }
}
