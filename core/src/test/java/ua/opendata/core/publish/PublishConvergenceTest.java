package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.opendata.ckan.model.CkanDataset;
import ua.opendata.ckan.model.CkanTag;

/**
 * Publishing converges: after a clean publish of the bundled sample, reruns plan nothing and send no write
 * at all, on both profiles and on CKAN 2.7 (no {@code package_revise}) and 2.10; tags in another order are
 * no change; the compare-and-swap stamp is the one {@code package_show} gives.
 */
class PublishConvergenceTest {

    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(4);

    @ParameterizedTest(name = "data.gov.ua={0}, CKAN 2.7={1}")
    @CsvSource({"true,false", "true,true", "false,false", "false,true"})
    void aRerunAfterACleanPublishSendsNoWrite(boolean dgua, boolean ckan27) {
        try (SamplePortal portal = new SamplePortal(dgua, ckan27)) {
            PublishResult first = PortalPublisher.create(portal.client).apply(portal.plan(), GO);
            assertThat(first.count(ItemResult.Outcome.DONE)).as(first.render(Locale.ENGLISH)).isGreaterThan(10);

            for (int run = 2; run <= 3; run++) {
                int from = portal.requestCount();
                PublishPlan again = portal.plan();
                PublishResult r = PortalPublisher.create(portal.client).apply(again, GO);
                assertThat(again.items()).as("run %d", run).noneMatch(i -> i.action() == PlanAction.UPDATE);
                assertThat(portal.writesSince(from)).as("run %d: %s", run, r.render(Locale.ENGLISH)).isEmpty();
                assertThat(r.count(ItemResult.Outcome.CONFLICT)).isZero();
                assertThat(r.count(ItemResult.Outcome.DONE)).isZero();
            }
        }
    }

    @ParameterizedTest(name = "data.gov.ua={0}")
    @CsvSource({"true", "false"})
    void tagsInAnotherOrderAreNoChange(boolean dgua) {
        try (SamplePortal portal = new SamplePortal(dgua, false)) {
            PortalPublisher.create(portal.client).apply(portal.plan(), GO);
            CkanDataset d = portal.client.packageShow("shch-register-of-datasets");
            List<String> names = new ArrayList<>(d.tags().stream().map(CkanTag::name).toList());
            assertThat(names).hasSizeGreaterThan(1);
            java.util.Collections.rotate(names, 1); // neither sorted nor the passport's order
            assertThat(names).isNotEqualTo(portal.register.entries().get(0).keywords());
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("id", d.id());
            names.forEach(n -> patch.withArray("tags").addObject().put("name", n));
            if (dgua) {
                patch.put("tag_string", String.join(",", names));
            }
            portal.client.callTree("package_patch", patch);

            PublishPlan again = portal.plan();

            PlanItem item = again.items().get(0);
            assertThat(item.name()).isEqualTo("shch-register-of-datasets");
            assertThat(item.action()).as("%s", item.changes()).isEqualTo(PlanAction.UNCHANGED);
        }
    }

    @ParameterizedTest(name = "data.gov.ua={0}")
    @CsvSource({"true", "false"})
    void theStampOfAPlanIsTheOnePackageShowGives(boolean dgua) {
        try (SamplePortal portal = new SamplePortal(dgua, false)) {
            PortalPublisher.create(portal.client).apply(portal.plan(), GO);
            // an unchanged package_update: a real CKAN moves metadata_modified in package_show (not in search)
            CkanDataset d = portal.client.packageShow("shch-institutions");
            portal.client.packageUpdate(d.toWrite());
            CkanDataset shown = portal.client.packageShow("shch-institutions");

            PublishPlan plan = portal.plan();

            PlanItem item = plan.items().stream().filter(i -> "shch-institutions".equals(i.name())).findFirst()
                    .orElseThrow();
            assertThat(item.portalModified()).isEqualTo(shown.metadataModified().raw());
            assertThat(item.action()).isEqualTo(PlanAction.UNCHANGED);
        }
    }
}
