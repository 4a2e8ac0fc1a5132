package ua.opendata.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import ua.opendata.passport.DataFormat;
import ua.opendata.passport.DataStructure;
import ua.opendata.passport.Distribution;
import ua.opendata.passport.EntryStatus;
import ua.opendata.passport.KnownFormat;
import ua.opendata.passport.Publisher;
import ua.opendata.passport.ResponsiblePerson;
import ua.opendata.passport.Restriction;
import ua.opendata.passport.StructureField;
import ua.opendata.passport.UpdateFrequency;

/**
 * One failing case per rule id, each a single change to a register that passes every rule; and
 * a check that every rule in the catalogue has its case here.
 */
class RuleCasesTest {

    /** A failing case: the change, and the path the finding must point at. */
    record Case(UnaryOperator<Scenario> change, String path) {
    }

    static final Map<String, Case> CASES = new LinkedHashMap<>();

    private static void add(String ruleId, String path, UnaryOperator<Scenario> change) {
        CASES.put(ruleId, new Case(change, path));
    }

    static {
        add("R835-IDENTIFIER-REQUIRED", "identifier", s -> s.entry(e -> e.identifier(" ")));
        add("R835-IDENTIFIER-LENGTH", "identifier", s -> s.entry(e -> e.identifier("x".repeat(255))));
        add("R835-TITLE-REQUIRED", "title", s -> s.entry(e -> e.title(null)));
        add("R835-TITLE-LENGTH", "title", s -> s.entry(e -> e.title("т".repeat(255))));
        add("R835-DESCRIPTION-REQUIRED", "description", s -> s.entry(e -> e.description("")));
        add("R835-DESCRIPTION-LENGTH", "description", s -> s.entry(e -> e.description("о".repeat(4001))));
        add("R835-PURPOSE-REQUIRED", "purpose", s -> s.entry(e -> e.purpose(null)));
        add("R835-PURPOSE-LENGTH", "purpose", s -> s.entry(e -> e.purpose("п".repeat(513))));
        add("R835-LANGUAGE-REQUIRED", "passport.language", s -> s.passport(p -> p.language(null)));
        add("R835-FORMAT-REQUIRED", "distributionFormats", s -> s.entry(e -> e.distributionFormats(List.of())));
        add("R835-FORMAT-UNKNOWN", "distributionFormats[1]", s -> s.entry(e -> e.distributionFormats(
                List.of(DataFormat.of(KnownFormat.CSV), DataFormat.parse("dbf-ish")))));
        add("R835-FORMAT-MACHINE-READABLE", "distributionFormats", s -> s.entry(e -> e.distributionFormats(
                List.of(DataFormat.parse("PDF"), DataFormat.parse("docx")))));
        add("R835-COMPRESSION-REQUIRED", "passport.compression",
                s -> s.passport(p -> p.addFormat(DataFormat.parse("zip"))));
        add("R835-FIRST-PUBLISHED-REQUIRED", "passport.firstPublished", s -> s.passport(p -> p.firstPublished(null)));
        add("R835-DATES-ORDER", "passport.lastModified", s -> s.passport(p -> p.lastModified(
                OffsetDateTime.parse("2023-12-31T23:00:00+02:00")).dataAsOf(null)));
        add("R835-AS-OF-ORDER", "passport.dataAsOf", s -> s.passport(p -> p.dataAsOf(LocalDate.parse("2026-10-02"))));
        add("R835-FREQUENCY-REQUIRED", "accrualPeriodicity",
                s -> s.entry(e -> e.accrualPeriodicity((UpdateFrequency) null)));
        add("R835-FREQUENCY-UNKNOWN", "accrualPeriodicity",
                s -> s.entry(e -> e.accrualPeriodicity(UpdateFrequency.parse("unscheduled"))));
        add("R835-KEYWORDS-REQUIRED", "keywords", s -> s.entry(e -> e.keywords(List.of())));
        add("R835-DATASET-URL-REQUIRED", "passport.datasetUrl", s -> s.passport(p -> p.datasetUrl(null)));
        add("R835-URL-ABSOLUTE", "landingPage", s -> s.entry(e -> e.landingPage("data.gov.ua/dataset/x")));
        add("R835-STRUCTURE-REQUIRED", "passport.structure", s -> s.passport(p -> p.structure(null)));
        add("R835-STRUCTURE-FIELD-NAME", "passport.structure.fields[0].name", s -> s.passport(p -> p.structure(
                new DataStructure(null, List.of(new StructureField(null, "Назва", null, "string", true))))));
        add("R835-PUBLISHER-REQUIRED", "publisher.name",
                s -> s.entry(e -> e.publisher(new Publisher(null, "44591028"))));
        add("R835-PUBLISHER-NAME-LENGTH", "publisher.name",
                s -> s.entry(e -> e.publisher(new Publisher("н".repeat(513), "44591028"))));
        add("R835-EDRPOU-REQUIRED", "publisher.edrpou",
                s -> s.entry(e -> e.publisher(new Publisher("Міська рада", null))));
        add("R835-EDRPOU-CHECK-DIGIT", "publisher.edrpou",
                s -> s.entry(e -> e.publisher(new Publisher("Міська рада", "14360571"))));
        add("R835-PERSON-REQUIRED", "contactPoint.fullName",
                s -> s.entry(e -> e.contactPoint(ResponsiblePerson.of(null, "a@example.org"))));
        add("R835-PERSON-NAME-LENGTH", "contactPoint.fullName",
                s -> s.entry(e -> e.contactPoint(ResponsiblePerson.of("і".repeat(255), "a@example.org"))));
        add("R835-EMAIL-REQUIRED", "contactPoint.email",
                s -> s.entry(e -> e.contactPoint(ResponsiblePerson.of("Іваненко Іван", null))));
        add("R835-EMAIL-FORMAT", "contactPoint.email",
                s -> s.entry(e -> e.contactPoint(ResponsiblePerson.of("Іваненко Іван", "ivan@city,gov.ua"))));
        add("R835-PERSON-DESIGNATED", "contactPoint", s -> s.config(c -> c.designatedPersons(
                List.of(ResponsiblePerson.of("Мельник Андрій Іванович", "a.melnyk@shchastia-sample.gov.ua")))));
        add("R835-PERSON-MATCHES-PASSPORT", "passport.responsiblePerson", s -> s.passport(p -> p.responsiblePerson(
                ResponsiblePerson.of("Мельник Андрій Іванович", "a.melnyk@shchastia-sample.gov.ua"))));
        add("R835-DISTRIBUTION-URL-REQUIRED", "passport.distributions[0].url", s -> s.passport(p -> p.distributions(
                List.of(new Distribution(null, null, DataFormat.of(KnownFormat.CSV), null, null, null)))));
        add("R835-DISTRIBUTION-FORMAT-REQUIRED", "passport.distributions[0].format", s -> s.passport(p ->
                p.distributions(List.of(new Distribution(null, "https://x.example/a.csv", null, null, null, null)))));
        add("R835-DISTRIBUTION-SIZE", "passport.distributions[0].sizeBytes", s -> s.passport(p -> p.distributions(
                List.of(new Distribution(null, "https://x.example/a.csv", DataFormat.of(KnownFormat.CSV), null, null,
                        -1L)))));
        add("R835-LANDING-PAGE-REQUIRED", "landingPage", s -> s.entry(e -> e.landingPage(null)));
        add("R835-RESTRICTION-BASIS", "restriction",
                s -> s.entry(e -> e.status(EntryStatus.RESTRICTED).restriction(null)));
        add("R835-TIMELINESS-LATE", "timeliness", s -> s.passport(p -> p.lastModified(
                OffsetDateTime.parse("2026-08-01T10:00:00+03:00")).dataAsOf(null)));
        add("R835-TIMELINESS-UNCHECKABLE", "timeliness",
                s -> s.entry(e -> e.accrualPeriodicity(ua.opendata.passport.Frequency.IMMEDIATELY_AFTER_CHANGES)));
        add("R835-TIMELINESS-AFTER-AS-OF", "timeliness", s -> s.config(c -> c.asOf(LocalDate.parse("2026-09-30"))));
        add("R835-CREATED-AFTER-AS-OF", "passport.firstPublished", s -> s.config(c -> c.asOf(
                LocalDate.parse("2026-09-30"))).passport(p -> p.firstPublished(
                OffsetDateTime.parse("2026-10-01T09:00:00+03:00"))));
        add("R835-NEXT-UPDATE-OVERDUE", "nextUpdateDue",
                s -> s.entry(e -> e.nextUpdateDue(LocalDate.parse("2026-11-25"))));
        add("R835-REGISTER-ID-UNIQUE", "identifier", s -> s.entryAt(1, e -> e.identifier(s.firstId())));
        add("R835-ANNEX-MISSING", "annex/local-self-government:1", s -> s.withoutAnnexEntry("local-self-government:1"));
        add("R835-ANNEX-PLANNED", "annex/local-self-government:1",
                s -> s.annexEntry("local-self-government:1", e -> e.status(EntryStatus.PLANNED)));
        add("R835-ANNEX-RESTRICTED", "annex/local-self-government:55",
                s -> s.annexEntry("local-self-government:55", e -> e.status(EntryStatus.RESTRICTED)
                        .restriction(new Restriction("Закон України «Про правовий режим воєнного стану»",
                                LocalDate.parse("2022-02-24")))));
        add("R835-ANNEX-REF-UNKNOWN", "annexDataset", s -> s.entry(e -> e.annexDataset("nowhere:99")));
        // a title like two positions (communal property leased, communal property to lease) is proposed, not counted
        add("R835-ANNEX-MATCH-UNSURE", "title", s -> s.entry(e -> e.annexDataset(null).title("Оренда комунального майна")));
        add("R835-REGISTER-DATASET", "annex/all-holders:6",
                s -> s.annexEntry("all-holders:6", e -> e.status(EntryStatus.PLANNED)));
        add("R835-AUDIT-DATASET", "annex/all-holders:16", s -> s.withoutAnnexEntry("all-holders:16"));
    }

    static Stream<Arguments> cases() {
        return CASES.entrySet().stream().map(e -> Arguments.of(Named.of(e.getKey(), e.getKey()), e.getValue()));
    }

    @Test
    void theBaselinePassesEveryRule() {
        ValidationReport report = Scenario.valid().validate();
        assertThat(report.findings()).isEmpty();
        assertThat(report.kpi()).isEqualTo(1.0);
        assertThat(report.meetsTarget()).isTrue();
        assertThat(report.datasets()).hasSize(16 + 57);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleFindsItsCase(String ruleId, Case c) {
        ValidationReport report = c.change().apply(Scenario.valid()).validate();
        List<Finding> found = report.findingsOf(ruleId);
        assertThat(found.stream().map(Finding::path).distinct().toList())
                .as("paths of %s findings (all findings: %s)", ruleId, report.countByRule())
                .contains(c.path());
        assertThat(found)
                .allSatisfy(f -> {
                    assertThat(f.message().uk()).doesNotContain("{0}").doesNotContain("{1}").isNotBlank();
                    assertThat(f.message().en()).doesNotContain("{0}").doesNotContain("{1}").isNotBlank();
                    assertThat(f.message().uk()).isNotEqualTo(f.message().en());
                });
        Rule rule = RuleCatalogue.standard().find(ruleId).orElseThrow();
        assertThat(report.findingsOf(ruleId)).allSatisfy(f -> assertThat(f.severity()).isEqualTo(rule.severity()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRuleCanBeSwitchedOff(String ruleId, Case c) {
        Scenario s = c.change().apply(Scenario.valid());
        s.config().disable(ruleId);
        assertThat(s.validate().findingsOf(ruleId)).isEmpty();
    }

    @Test
    void everyRuleInTheCatalogueHasACase() {
        assertThat(CASES.keySet()).containsExactlyInAnyOrderElementsOf(
                RuleCatalogue.standard().rules().stream().map(Rule::id).toList());
    }
}
