package ua.opendata.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ua.opendata.core.audit.AuditDataset;
import ua.opendata.core.audit.AuditOptions;
import ua.opendata.core.audit.AuditResult;
import ua.opendata.core.audit.PortalAudit;
import ua.opendata.core.mapping.ProfileDetection;
import ua.opendata.core.report.AuditHtml;
import ua.opendata.core.rules.AnnexCoverage;
import ua.opendata.core.rules.DatasetResult;
import ua.opendata.core.rules.Finding;
import ua.opendata.core.rules.Rulebook;
import ua.opendata.core.rules.RulebookConfig;
import ua.opendata.core.rules.ValidationReport;

/**
 * The audit agrees with publish: the bundled sample, published to a portal of each kind, then audited with
 * the register (profile detected, not given), gets the verdicts {@code validate} gave it; what differs is
 * about the portal and listed apart.
 */
class PublishAuditAgreementTest {

    @ParameterizedTest(name = "data.gov.ua={0}, CKAN 2.7={1}")
    @CsvSource({"true,false", "false,false", "true,true"})
    void anAuditRightAfterAPublishGivesThePublishedDatasetsTheVerdictsOfValidate(boolean dgua, boolean ckan27)
            throws java.io.IOException {
        try (SamplePortal portal = new SamplePortal(dgua, ckan27)) {
            ValidationReport validated = Rulebook.create(RulebookConfig.defaults()).validate(portal.register, Map.of());
            PublishResult published = PortalPublisher.create(portal.client).apply(portal.plan(),
                    ApplyOptions.execute().pacing(Duration.ZERO).concurrency(4));
            Set<String> done = new HashSet<>();
            published.items().stream().filter(r -> r.outcome() == ItemResult.Outcome.DONE)
                    .forEach(r -> done.add(r.name()));
            assertThat(done).as(published.render(Locale.ENGLISH)).hasSizeGreaterThan(10);

            AuditResult audit = PortalAudit.create(portal.client).run(AuditOptions.builder().organization(SamplePortal.ORG)
                    .register(portal.register).build());

            assertThat(audit.profile()).isEqualTo(portal.profile.name());
            assertThat(audit.profileSource()).isNotEqualTo(ProfileDetection.Source.GIVEN);
            assertThat(audit.pageBase()).isEqualTo(portal.fake.baseUrl() + "/dataset/");
            assertThat(audit.datasets()).extracting(AuditDataset::name).containsExactlyInAnyOrderElementsOf(done);
            for (AuditDataset d : audit.datasets()) {
                DatasetResult mine = audit.verdict(d).orElseThrow();
                DatasetResult theirs = validated.datasets().stream()
                        .filter(v -> d.identifier().equals(v.identifier())).findFirst().orElseThrow();
                assertThat(mine.passed()).as("%s: %s", d.identifier(), audit.report().findingsFor(d.identifier()))
                        .isEqualTo(theirs.passed());
            }
            // the EDRPOU code is on the organization (data.gov.ua) or on each dataset (stock): never missing
            assertThat(audit.report().findings()).noneMatch(f -> f.ruleId().startsWith("R835-EDRPOU"));
            assertThat(audit.portalFindings()).noneMatch(f -> f.ruleId().startsWith("R835-EDRPOU"));
            // what is about the portal: elements this profile cannot hold for the dataset's passport
            for (Finding f : audit.portalFindings()) {
                assertThat(done).contains(audit.datasets().stream().filter(d -> d.identifier().equals(f.datasetId()))
                        .findFirst().orElseThrow().name());
            }
            if (dgua) { // formats without resources: data.gov.ua keeps formats only as its resources' formats
                assertThat(audit.portalFindings()).extracting(Finding::ruleId).contains("R835-FORMAT-REQUIRED");
                // named as such in the report's portal section, HTML and JSON
                java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("uaod-agree");
                AuditHtml.of(Locale.ENGLISH).write(audit, dir.resolve("r.html"));
                ua.opendata.core.report.ReportJson.write(audit, dir.resolve("r.json"));
                String html = java.nio.file.Files.readString(dir.resolve("r.html"));
                assertThat(html).contains("Findings about the portal").contains("id=\"portal-profile\"")
                        .contains("detected from the portal&#39;s dataset schema");
                com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(dir.resolve("r.json").toFile());
                assertThat(json.at("/portal/profileSource").asText()).isEqualTo("schema");
                assertThat(json.at("/portal/portalFindings")).hasSize(audit.portalFindings().size());
            } else {
                assertThat(audit.portalFindings()).isEmpty();
            }
            // annex coverage: the register's mapping joined with what is on the portal
            for (AnnexCoverage v : validated.annex()) {
                AnnexCoverage a = audit.report().annex().stream().filter(x -> x.sectionCode().equals(v.sectionCode()))
                        .findFirst().orElseThrow();
                // (publish does not look at the register's status: a planned entry it published is on the portal)
                List<String> onPortal = a.published();
                assertThat(a.planned()).as(v.sectionCode()).isEqualTo(without(v.planned(), onPortal));
                assertThat(a.restricted()).as(v.sectionCode()).isEqualTo(without(v.restricted(), onPortal));
                assertThat(a.missing()).as(v.sectionCode()).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.Stream.concat(v.missing().stream(), without(v.published(), onPortal).stream())
                                .toList());
            }
        }
    }

    private static List<String> without(List<String> refs, List<String> onPortal) {
        return refs.stream().filter(r -> !onPortal.contains(r)).toList();
    }
}
