package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ua.opendata.ckan.CkanClient;
import ua.opendata.ckan.testkit.FakeCkan;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.Severity;
import ua.opendata.core.rules.ValidationReport;
import ua.opendata.passport.Register;

/** Publishing validates unless told not to, and takes the report the caller already has. */
class PublishValidationTest {

    private static final ApplyOptions GO = ApplyOptions.execute().pacing(Duration.ZERO).concurrency(2);
    private static final String BAD = "kr-003";

    private FakeCkan ckan;
    private CkanClient client;
    private CityPublisher city;

    @BeforeEach
    void start() {
        ckan = FakeCkan.builder().dataGovUaSchema(true).start();
        ckan.createOrganization(CityPublisher.ORG, CityPublisher.ORG_TITLE);
        client = CkanClient.builder(ckan.baseUrl()).apiKey(ckan.sysadminKey()).build();
        city = new CityPublisher(5);
        city.replace(city.passports.get(BAD).toBuilder().purpose("Постанова КМУ № 835. ".repeat(30)).build());
    }

    @AfterEach
    void stop() {
        client.close();
        ckan.close();
    }

    private PlanItem item(PublishPlan plan, String identifier) {
        return plan.items().stream().filter(i -> identifier.equals(i.identifier())).findFirst().orElseThrow();
    }

    @Test
    void theDefaultOptionsValidateAndTheBadPassportIsHeldBack() {
        PublishOptions defaults = PublishOptions.of(CityPublisher.ORG);
        assertThat(defaults.validate()).isTrue();

        PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), defaults);

        assertThat(item(plan, BAD).blockingFindings()).extracting(Finding::ruleId).contains("R835-PURPOSE-LENGTH");
        PublishResult result = PortalPublisher.create(client).apply(plan, GO);
        assertThat(result.items().get(plan.items().indexOf(item(plan, BAD))).outcome())
                .isEqualTo(ItemResult.Outcome.BLOCKED);
        long clean = plan.items().stream().filter(i -> i.blockingFindings().isEmpty()).count();
        assertThat(result.count(ItemResult.Outcome.DONE)).isEqualTo(clean);
        assertThat(result.count(ItemResult.Outcome.BLOCKED)).isEqualTo(plan.items().size() - clean);
    }

    @Test
    void validationIsTurnedOffOnlyOnPurpose() {
        PublishOptions unchecked = PublishOptions.builder(CityPublisher.ORG).validate(false).build();

        PublishPlan plan = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(), unchecked);

        assertThat(plan.items()).allSatisfy(i -> assertThat(i.blockingFindings()).isEmpty());
        assertThat(unchecked.toBuilder().validate(true).build().validate()).isTrue();
    }

    @Test
    void theCallersReportIsUsedInsteadOfValidatingAgain() {
        Rulebook rules = Rulebook.create(RulebookConfig.defaults());
        ValidationReport report = rules.validate(city.register(), city.passports);
        PublishPlan withReport = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                PublishOptions.of(CityPublisher.ORG), report);
        assertThat(item(withReport, BAD).blockingFindings())
                .containsExactlyElementsOf(report.findingsFor(BAD).stream()
                        .filter(f -> f.severity() == Severity.ERROR).toList());

        // the planner does not validate again: a report without findings (of an empty register) blocks nothing
        ValidationReport clean = rules.validate(Register.of(List.of()));
        PublishPlan withClean = PortalPublisher.create(client).plan(city.register(), city.passports, Map.of(),
                PublishOptions.of(CityPublisher.ORG), clean);
        assertThat(withClean.items()).allSatisfy(i -> assertThat(i.blockingFindings()).isEmpty());
    }
}
